/**
 * Variants of the documented bodies (PascalCase keys, enum values in any case, null answers, paging
 * links without /v1) served by a loopback stub, and the mapping of error codes to typed errors.
 * Microsoft's verbatim examples are replayed by documentedExamples.test.ts.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { staticTokenProvider } from '../../services/partner-center/auth/tokenProvider';
import { createPartnerCenterClient } from '../../services/partner-center/client/httpPartnerCenterClient';
import type { PartnerCenterClient } from '../../services/partner-center/client/partnerCenterClient';
import {
  PartnerCenterAccessDeniedError,
  PartnerCenterNoRelationshipError,
  PartnerCenterNotFoundError,
  PartnerCenterRequestRejectedError,
} from '../../services/partner-center/errors';
import { subscriptionCommerceModel } from '../../services/partner-center/model/subscription';
import { collect, context, silentLogger } from './emulatorHarness';

type Reply = { status: number; body: unknown; headers?: Record<string, string> };

describe('Reading documented Partner Center bodies', () => {
  let server: http.Server;
  let replies: Map<string, Reply>;
  let seen: http.IncomingHttpHeaders[];
  let client: PartnerCenterClient;

  before(async () => {
    server = http.createServer((req, res) => {
      seen.push(req.headers);
      const reply = replies.get(`${req.method} ${req.url}`) ?? {
        status: 404,
        body: { code: 'x', description: 'no stub' },
      };
      res.writeHead(reply.status, { 'Content-Type': 'application/json', ...reply.headers });
      res.end(JSON.stringify(reply.body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    client = createPartnerCenterClient({
      baseUrl: `http://127.0.0.1:${port}`,
      tokenProvider: staticTokenProvider('doc-token'),
      logger: silentLogger,
      locale: 'fr-FR',
      retry: { maxAttempts: 1 },
    });
  });
  beforeEach(() => {
    replies = new Map();
    seen = [];
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('reads the PascalCase E4 response and sends the documented headers', async () => {
    replies.set('PATCH /v1/customers/c1', {
      status: 200,
      body: {
        Id: null,
        CommerceId: null,
        CompanyProfile: null,
        BillingProfile: null,
        RelationshipToPartner: 'None',
        AllowDelegatedAccess: null,
        UserCredentials: null,
        CustomDomains: null,
        AssociatedPartnerId: null,
        Attributes: { ObjectType: 'Customer' },
      },
    });
    const result = await client.removeResellerRelationship(
      { correlationId: 'corr-1', requestId: 'req-1' },
      'c1',
    );
    assert.equal(result.relationshipToPartner, 'none');
    const headers = seen[0];
    assert.equal(headers.authorization, 'Bearer doc-token');
    assert.equal(headers['ms-correlationid'], 'corr-1');
    assert.equal(headers['ms-requestid'], 'req-1');
    assert.equal(headers.accept, 'application/json');
    assert.equal(headers['x-locale'], 'fr-FR');
  });

  it('reads a PascalCase customer with enum values in any case', async () => {
    replies.set('GET /v1/customers/eebd', {
      status: 200,
      body: {
        Id: 'eebd',
        CompanyProfile: { TenantId: 'eebd', Domain: 'x.onmicrosoft.com', CompanyName: 'X' },
        RelationshipToPartner: 'Reseller',
        AllowDelegatedAccess: true,
      },
    });
    const customer = await client.getCustomer(context(), 'eebd');
    assert.equal(customer.relationshipToPartner, 'reseller');
    assert.equal(customer.allowDelegatedAccess, true);
    assert.equal(customer.companyProfile.companyName, 'X');
  });

  it('follows links.next with its MS-ContinuationToken header, adding /v1 when the link lacks it', async () => {
    replies.set('GET /v1/customers?size=40', {
      status: 200,
      body: {
        totalCount: 1,
        items: [
          {
            id: 'a',
            companyProfile: { tenantId: 'a', domain: 'a.com', companyName: 'A' },
            relationshipToPartner: 'reseller',
          },
        ],
        links: {
          next: {
            uri: '/customers?size=40&seekOperation=Next',
            method: 'GET',
            headers: [{ key: 'MS-ContinuationToken', value: 'tok' }],
          },
        },
      },
    });
    replies.set('GET /v1/customers?size=40&seekOperation=Next', {
      status: 200,
      body: {
        TotalCount: 1,
        Items: [{ Id: 'b', CompanyProfile: { TenantId: 'b' }, RelationshipToPartner: 'reseller' }],
      },
    });
    const ids = (await collect(client.listCustomers(context(), { pageSize: 40 }))).map((c) => c.id);
    assert.deepEqual(ids, ['a', 'b']);
    assert.equal(seen[1]['ms-continuationtoken'], 'tok');
  });

  it('treats a null E6 answer as no relationships', async () => {
    replies.set('GET /v1/customers/c1/relationships', { status: 200, body: null });
    assert.deepEqual(await client.listCustomerPartnerRelationships(context(), 'c1'), []);
  });

  it('reads entitlement and subscription enums lowercase and tells NCE from legacy', async () => {
    replies.set('GET /v1/customers/c1/subscriptions', {
      status: 200,
      body: {
        Items: [
          {
            Id: 's1',
            OfferId: 'CFQ7TTC0LH18:0001',
            Quantity: 1,
            Status: 'Active',
            CancellationAllowedUntilDate: '2030-01-01T00:00:00Z',
          },
          { Id: 's2', OfferId: '796B6B5F-613C-4E24-A17C-EBA730D49C02', Quantity: 1, Status: 'Suspended' },
        ],
      },
    });
    const [nce, legacy] = await client.listSubscriptions(context(), 'c1');
    assert.equal(nce.status, 'active');
    assert.equal(subscriptionCommerceModel(nce), 'nce');
    assert.equal(legacy.status, 'suspended');
    assert.equal(subscriptionCommerceModel(legacy), 'legacy');
  });

  it('maps the observed numeric 20002 body to a no-relationship error, verbatim', async () => {
    replies.set('GET /v1/customers/gone', {
      status: 403,
      body: {
        code: 20002,
        description: 'No relationship between caller and account.',
        data: [],
        source: 'PartnerFD',
      },
    });
    await assert.rejects(client.getCustomer({ correlationId: 'corr-9' }, 'gone'), (error: unknown) => {
      assert.ok(error instanceof PartnerCenterNoRelationshipError);
      assert.equal(error.code, 20002);
      assert.equal(error.description, 'No relationship between caller and account.');
      assert.equal(error.correlationId, 'corr-9');
      assert.equal(error.status, 403);
      return true;
    });
  });

  it('maps 3000 to a rejected request whatever its text says, and other codes by status', async () => {
    replies.set('PATCH /v1/customers/c2', {
      status: 400,
      body: { code: '3000', description: 'The relationship between the partner and customer does not exist' },
    });
    await assert.rejects(
      client.removeResellerRelationship(context('r'), 'c2'),
      (error: unknown) =>
        error instanceof PartnerCenterRequestRejectedError &&
        !(error instanceof PartnerCenterNoRelationshipError),
    );
    replies.set('GET /v1/customers/c3/subscriptions/s', {
      status: 404,
      body: { code: 20003, description: 'Subscription with ID s not found.' },
    });
    await assert.rejects(client.getSubscription(context(), 'c3', 's'), PartnerCenterNotFoundError);
    replies.set('GET /v1/customers/relationshiprequests', {
      status: 403,
      body: { code: '900329', description: 'App-only token on an App+User-only API' },
    });
    await assert.rejects(client.getRelationshipRequest(context()), PartnerCenterAccessDeniedError);
    replies.set('PATCH /v1/customers/c4', {
      status: 400,
      body: { code: 800063, description: 'This order cannot be cancelled.' },
    });
    await assert.rejects(
      client.removeResellerRelationship(context('r2'), 'c4'),
      PartnerCenterRequestRejectedError,
    );
  });
});
