/**
 * The live client against Microsoft's own examples (test/partner-center/contract/*.json): a loopback
 * server answers with the documented response; the client must read what a user sees from it, and
 * send the documented method, path, query and body. docs/partner-center.md §9.
 */
import assert from 'node:assert/strict';
import { AuditLog } from '../../services/audit/auditLog';
import { staticTokenProvider } from '../../services/partner-center/auth/tokenProvider';
import { createPartnerCenterClient } from '../../services/partner-center/client/httpPartnerCenterClient';
import type { PartnerCenterClient } from '../../services/partner-center/client/partnerCenterClient';
import {
  PartnerCenterNotFoundError,
  PartnerCenterRequestRejectedError,
  PartnerCenterThrottledError,
} from '../../services/partner-center/errors';
import { subscriptionCommerceModel } from '../../services/partner-center/model/subscription';
import { entitlementTypeOf } from '../../services/partner-center/model/entitlement';
import { AcceptanceWatcher } from '../../services/relationships/acceptanceWatcher';
import type { CustomerDirectory } from '../../services/relationships/customerDirectory';
import { handleWebhookEvent } from '../../services/relationships/webhookEvents';
import { openStore } from '../../services/store/openStore';
import { parseStoreUrl } from '../../services/store/storeUrl';
import { compareShapes } from './contract/bodyShape';
import {
  documentedEndpoint,
  documentedExample,
  documentedPath,
  documentedSegment,
  matchesDocumentedPath,
} from './contract/documentedExample';
import type { DocumentedExample, DocumentedResponse } from './contract/documentedExample';
import { startExampleReplayServer } from './contract/exampleReplayServer';
import type { ExampleReplayServer, ReceivedRequest } from './contract/exampleReplayServer';
import { collect, context, silentLogger } from './emulatorHarness';

type Json = Record<string, any>;

function body(example: DocumentedExample): Json {
  return example.response!.body as Json;
}

/** The request the client sent has the documented method and path (placeholders match any segment). */
function assertDocumentedRequest(sent: ReceivedRequest, example: DocumentedExample): void {
  const documented = example.request!;
  assert.equal(sent.method, documented.method, `${example.name}: method`);
  const { pathname } = documentedPath(documented);
  assert.ok(
    matchesDocumentedPath(pathname, sent.pathname),
    `${example.name}: sent ${sent.pathname}, documented ${pathname}`,
  );
  assert.equal(sent.headers.accept, 'application/json');
  assert.match(String(sent.headers.authorization), /^Bearer \S+$/);
  assert.ok(sent.headers['ms-correlationid'], 'MS-CorrelationId');
  assert.ok(sent.headers['ms-requestid'], 'MS-RequestId');
}

describe("The live client reads Microsoft's documented examples", () => {
  let server: ExampleReplayServer;
  let client: PartnerCenterClient;

  before(async () => {
    server = await startExampleReplayServer();
    client = createPartnerCenterClient({
      baseUrl: server.url,
      tokenProvider: staticTokenProvider('documented-token'),
      logger: silentLogger,
      retry: { maxAttempts: 1 },
    });
  });
  beforeEach(() => server.received.splice(0));
  after(() => server.close());

  function answer(...responses: DocumentedResponse[]): void {
    server.answerWith(...responses);
  }

  it('E1: lists the documented customers page with size=40', async () => {
    const example = documentedExample('e1-list-customers.json', 'list customers, size=40');
    answer(example.response!);
    const pages = await collect(client.listCustomerPages(context(), { pageSize: 40 }));
    assert.equal(pages.length, 1);
    assert.equal(pages[0].totalCount, 2);
    assert.deepEqual(
      pages[0].items.map((c) => [c.id, c.companyProfile.companyName, c.relationshipToPartner]),
      body(example).items.map((c: Json) => [c.id, c.companyProfile.companyName, 'reseller']),
    );
    assertDocumentedRequest(server.received[0], example);
    assert.equal(server.received[0].query.get('size'), documentedPath(example.request!).query.get('size'));
  });

  for (const [name, query] of [
    ['customers whose company name starts with "Cont"', { companyNamePrefix: 'Cont' }],
    ['customers of an indirect reseller', { indirectResellerId: '484e548c-f5f3-4528-93a9-c16c6373cb59' }],
  ] as const) {
    it(`E1f: ${name}: sends the documented filter and reads the companies`, async () => {
      const example = documentedExample('e1f-filtered-customers.json', name);
      answer(example.response!);
      const customers = await collect(client.listCustomers(context(), query));
      assert.deepEqual(
        customers.map((c) => [c.id, c.companyProfile.companyName, c.companyProfile.domain]),
        body(example).items.map((c: Json) => [c.id, c.companyProfile.companyName, c.companyProfile.domain]),
      );
      assertDocumentedRequest(server.received[0], example);
      const documentedFilter = documentedPath(example.request!).query.get('filter')!;
      assert.deepEqual(JSON.parse(server.received[0].query.get('filter')!), JSON.parse(documentedFilter));
    });
  }

  it('E2: reads the documented customer, address and custom domains', async () => {
    const example = documentedExample('e2-get-customer.json', 'customer by id');
    answer(example.response!);
    const documented = body(example);
    const customer = await client.getCustomer(context(), documented.id);
    assert.equal(customer.id, documented.id);
    assert.equal(customer.companyProfile.companyName, documented.companyProfile.companyName);
    assert.equal(customer.companyProfile.domain, documented.companyProfile.domain);
    assert.equal(customer.companyProfile.address?.city, documented.companyProfile.address.city);
    assert.equal(customer.companyProfile.email, documented.companyProfile.email);
    assert.equal(customer.relationshipToPartner, 'reseller');
    assert.equal(customer.allowDelegatedAccess, true);
    assert.deepEqual(customer.customDomains, documented.customDomains);
    assertDocumentedRequest(server.received[0], example);
  });

  it('E3: reads the documented invitation link', async () => {
    const example = documentedExample('e3-relationship-request.json', 'reseller relationship request link');
    answer(example.response!);
    const request = await client.getRelationshipRequest(context());
    assert.equal(request.url, body(example).url);
    assertDocumentedRequest(server.received[0], example);
    assert.equal(server.received[0].pathname, documentedPath(example.request!).pathname);
  });

  it('E4: sends the documented body and reads the PascalCase answer', async () => {
    const example = documentedExample(
      'e4-remove-reseller-relationship.json',
      'remove the reseller relationship',
    );
    answer(example.response!);
    const result = await client.removeResellerRelationship(
      context('req-e4'),
      'c0ffee00-0000-4000-8000-000000000001',
    );
    assert.equal(result.relationshipToPartner, 'none');
    assertDocumentedRequest(server.received[0], example);
    assert.deepEqual(server.received[0].body, example.request!.body);
    assert.match(String(server.received[0].headers['content-type']), /^application\/json/);
  });

  it('E8: reads both documented subscription lists (legacy and new commerce)', async () => {
    const legacy = documentedExample('e8-list-subscriptions.json', 'legacy subscriptions');
    answer(legacy.response!);
    const [first] = await client.listSubscriptions(context(), 'c0ffee00-0000-4000-8000-000000000002');
    const documented = body(legacy).items[0];
    assert.equal(first.id, documented.id);
    assert.equal(first.friendlyName, documented.friendlyName);
    assert.equal(first.status, 'active');
    assert.equal(first.quantity, documented.quantity);
    assert.equal(subscriptionCommerceModel(first), 'legacy');
    assertDocumentedRequest(server.received[0], legacy);

    const nce = documentedExample('e8-list-subscriptions.json', 'new commerce subscriptions');
    answer(nce.response!);
    const [subscription] = await client.listSubscriptions(context(), 'c0ffee00-0000-4000-8000-000000000002');
    const item = body(nce).items[0];
    assert.equal(subscription.offerName, item.offerName);
    assert.equal(subscription.cancellationAllowedUntilDate, item.cancellationAllowedUntilDate);
    assert.equal(subscription.termDuration, 'P3Y');
    assert.equal(subscriptionCommerceModel(subscription), 'software');
  });

  for (const [name, model] of [
    ['Azure (legacy) subscription', 'legacy'],
    ['add-on subscription', 'legacy'],
    ['new commerce subscription', 'nce'],
  ] as const) {
    it(`E9: reads the documented ${name}`, async () => {
      const example = documentedExample('e9-get-subscription.json', name);
      answer(example.response!);
      const documented = body(example);
      const subscription = await client.getSubscription(
        context(),
        documentedSegment(example.request!, 2),
        documentedSegment(example.request!, 4),
      );
      assert.equal(subscription.id, documented.id);
      assert.equal(subscription.friendlyName, documented.friendlyName);
      assert.equal(subscription.status, documented.status.toLowerCase());
      assert.equal(subscription.attributes?.etag ?? undefined, documented.attributes.etag);
      assert.equal(subscriptionCommerceModel(subscription), model);
      assertDocumentedRequest(server.received[0], example);
    });
  }

  it('E10: cancels by PATCHing the full resource read just before, with its etag quoted in If-Match', async () => {
    const read = documentedExample('e9-get-subscription.json', 'Azure (legacy) subscription');
    const cancel = documentedExample(
      'e10-change-subscription-status.json',
      'cancel a new commerce / marketplace subscription (status deleted)',
    );
    answer(read.response!, cancel.response!);
    const resource = body(read);
    const result = await client.changeSubscriptionStatus(
      context('req-e10'),
      'customer',
      resource.id,
      'deleted',
    );
    assert.equal(result.status, 'deleted');
    assert.equal(result.offerName, body(cancel).offerName);
    const patch = server.received[1];
    assertDocumentedRequest(patch, cancel);
    assert.equal(patch.headers['if-match'], `"${resource.attributes.etag}"`);
    const sent = patch.body as Json;
    assert.equal(sent.status, 'deleted');
    // Every field of the resource read is sent back (the documented "full resource").
    const difference = compareShapes(resource, sent);
    assert.deepEqual(difference.missing, []);
  });

  it('E10: the documented cancel request carries the fields the client sends back', async () => {
    const nce = documentedExample('e9-get-subscription.json', 'new commerce subscription');
    const cancel = documentedExample(
      'e10-change-subscription-status.json',
      'cancel a new commerce / marketplace subscription (status deleted)',
    );
    answer(nce.response!, cancel.response!);
    await client.changeSubscriptionStatus(context('req-e10b'), 'customer', body(nce).id, 'deleted');
    const sent = server.received[1].body as Json;
    // The documented request's fields, except those the new commerce GET example does not carry.
    const difference = compareShapes(cancel.request!.body, sent, {
      mayOmit: {
        hasPurchasableAddons: 'not in the get-a-subscription-by-id new commerce example the client read',
        isMicrosoftProduct: 'not in the get-a-subscription-by-id new commerce example the client read',
      },
      mayAdd: Object.fromEntries(Object.keys(sent).map((key) => [key, 'sent back as read'])),
    });
    assert.deepEqual(difference.missing, []);
    assert.equal(server.received[1].headers['if-match'], undefined, 'no etag in the NCE example, none sent');
  });

  for (const name of [
    'all entitlements (a reservation and software)',
    'software entitlements with expiry dates',
  ]) {
    it(`E11: reads the documented ${name}`, async () => {
      const example = documentedExample('e11-list-entitlements.json', name);
      answer(example.response!);
      const entitlements = await client.listEntitlements(context(), documentedSegment(example.request!, 2), {
        type: name.startsWith('software') ? 'software' : undefined,
        showExpiry: name.startsWith('software'),
      });
      const documented = body(example).items as Json[];
      assert.deepEqual(
        entitlements.map((e) => [
          e.entitlementType,
          e.productId,
          e.skuId,
          e.referenceOrder?.id,
          e.expiryDate ?? undefined,
        ]),
        // The type as the product reads it: every reservation spelling is a reservation.
        documented.map((e) => [
          entitlementTypeOf(e.entitlementType),
          e.productId,
          e.skuId,
          e.referenceOrder.id,
          e.expiryDate,
        ]),
      );
      assertDocumentedRequest(server.received[0], example);
      const documentedQuery = documentedPath(example.request!).query;
      for (const [key, value] of documentedQuery) {
        const sent = [...server.received[0].query].find(([k]) => k.toLowerCase() === key.toLowerCase());
        assert.equal(sent?.[1], value, `query ${key}`);
      }
    });
  }

  it('E16: cancels an order with the documented method and path, and reads the order', async () => {
    const example = documentedExample('e16-cancel-software-order.json', 'cancel a software order line');
    answer(example.response!);
    const documented = body(example);
    const requested = example.request!.body as Json;
    const order = await client.cancelSoftwareOrder(
      context('req-e16'),
      'customer',
      documented.id,
      requested.lineItems as { lineItemNumber: number; offerId: string }[],
    );
    assert.equal(order.id, documented.id);
    assert.equal(order.status, documented.status);
    assert.deepEqual(
      order.lineItems?.map((line) => [line.lineItemNumber, line.offerId, line.quantity]),
      documented.lineItems.map((line: Json) => [line.lineItemNumber, line.offerId, line.quantity]),
    );
    assertDocumentedRequest(server.received[0], example);
    const sent = server.received[0].body as Json;
    assert.equal(sent.id, documented.id);
    assert.equal(sent.status, requested.status);
    assert.deepEqual(sent.lineItems, requested.lineItems, 'the documented line items, and only them');
  });

  it('E7: reads the documented indirect resellers', async () => {
    const example = documentedExample(
      'e7-list-partner-relationships.json',
      "an indirect provider's resellers",
    );
    answer(example.response!);
    const relationships = await client.listPartnerRelationships(
      context(),
      'IsIndirectCloudSolutionProviderOf',
    );
    assert.deepEqual(
      relationships.map((r) => [r.id, r.name, r.relationshipType, r.state, r.mpnId, r.location]),
      body(example).items.map((r: Json) => [r.id, r.name, r.relationshipType, 'active', r.mpnId, r.location]),
    );
    assertDocumentedRequest(server.received[0], example);
    assert.equal(
      server.received[0].query.get('relationship_type'),
      documentedPath(example.request!).query.get('relationship_type'),
    );
  });

  it("E6: reads the documented customer's indirect resellers (no state, no location)", async () => {
    const example = documentedExample(
      'e6-customer-partner-relationships.json',
      "a customer's indirect resellers",
    );
    answer(example.response!);
    const relationships = await client.listCustomerPartnerRelationships(
      context(),
      'c501c3c4-d776-40ef-9ecf-9cefb59442c1',
    );
    assert.deepEqual(
      relationships.map((r) => [r.id, r.name, r.relationshipType, r.mpnId]),
      body(example).items.map((r: Json) => [r.id, r.name, r.relationshipType, r.mpnId]),
    );
    assertDocumentedRequest(server.received[0], example);
  });

  it('webhook: the documented acceptance event is acted on, the documented test event ignored', async () => {
    const customer = documentedExample('e2-get-customer.json', 'customer by id');
    answer(customer.response!);
    const store = await openStore(parseStoreUrl('memory://'));
    const acceptances = new AcceptanceWatcher(store, new AuditLog(store), silentLogger);
    const reported: string[] = [];
    acceptances.onAccepted((acceptance) => {
      reported.push(`${acceptance.name} (${acceptance.domain}) via ${acceptance.source}`);
    });
    let reloads = 0;
    const directory = {
      reload: () => {
        reloads++;
        return Promise.resolve();
      },
    } as unknown as CustomerDirectory;
    const deps = { client, acceptances, directory, logger: silentLogger };
    const events = documentedEndpoint('webhook-events.json');
    const accepted = events.examples.find((e) => e.name === 'reseller-relationship-accepted-by-customer')!;
    const test = events.examples.find((e) => e.name === 'test-created event as posted')!;

    assert.equal(await handleWebhookEvent(deps, test.request!.body), 'ignored');
    assert.equal(await handleWebhookEvent(deps, accepted.request!.body), 'accepted');
    const documented = body(customer);
    assert.deepEqual(reported, [
      `${documented.companyProfile.companyName} (${documented.companyProfile.domain}) via webhook`,
    ]);
    assert.equal(server.received[0].pathname, '/v1/customers/4b2a6e33-8791-4386-bd2b-0d55baf25039');
    assert.equal(reloads, 1, 'the customer directory is refreshed');
    await store.close();
  });

  describe('documented error bodies', () => {
    const errors = documentedEndpoint('errors.json');
    const named = (name: string): DocumentedExample => errors.examples.find((e) => e.name.startsWith(name))!;

    it('numeric code: shown verbatim as a rejected request', async () => {
      answer(named('numeric code').response!);
      await assert.rejects(client.getSubscription(context(), 'c', 's'), (error: unknown) => {
        assert.ok(error instanceof PartnerCenterRequestRejectedError);
        assert.equal(error.code, 800090);
        assert.equal(error.description, 'Subscription quantity cannot be decreased.');
        assert.equal(error.source, 'PartnerFD');
        return true;
      });
    });

    it('string code: a 404 with code "1000" is a not-found error', async () => {
      answer(named('string code').response!);
      await assert.rejects(client.getCustomer(context(), 'c'), (error: unknown) => {
        assert.ok(error instanceof PartnerCenterNotFoundError);
        assert.equal(error.code, '1000');
        assert.equal(error.description, 'Not found');
        return true;
      });
    });

    it('extended body: code and description read, extra fields ignored', async () => {
      answer(named('extended body').response!);
      await assert.rejects(client.getCustomer(context(), 'c'), (error: unknown) => {
        assert.ok(error instanceof PartnerCenterRequestRejectedError);
        assert.equal(error.code, 600061);
        assert.equal(error.description, 'A partner confirmed agreement already exists for the customer.');
        return true;
      });
    });

    it('429: the message-only body and Retry-After reach the user', async () => {
      answer(named('429 throttled').response!);
      await assert.rejects(client.getCustomer(context(), 'c'), (error: unknown) => {
        assert.ok(error instanceof PartnerCenterThrottledError);
        assert.equal(error.retryAfterSeconds, 57);
        assert.equal(error.description, 'Rate limit is exceeded. Try again in 57 seconds.');
        return true;
      });
    });
  });
});
