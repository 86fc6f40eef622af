/**
 * The Graph client against Microsoft's own examples (test/graph/contract/*.json): a loopback server
 * (127.0.0.1, port 0) answers with the documented response; the client must read what a user sees
 * from it and send the documented method, path and body. docs/graph.md §7.
 */
import assert from 'node:assert/strict';
import { failureOf } from '../../services/partner-center/failure';
import { GraphAccessDeniedError, GraphApiError } from '../../services/graph/graphErrors';
import type { GdapClient } from '../../services/graph/gdapClient';
import { graphGdap } from '../../services/relationships/gdapSource';
import { startExampleReplayServer } from '../partner-center/contract/exampleReplayServer';
import type { ExampleReplayServer, ReceivedRequest } from '../partner-center/contract/exampleReplayServer';
import { silentLogger } from '../partner-center/emulatorHarness';
import { graphExample, graphPath } from './contract/graphExample';
import type { GraphExample } from './contract/graphExample';
import { gdapClientAt, graphContext } from './graphHarness';

type Json = Record<string, any>;

const list = graphExample('list-delegatedadminrelationships.json');
const get = graphExample('get-delegatedadminrelationship.json');
const assignments = graphExample('list-accessassignments.json');
const post = graphExample('create-delegatedadminrelationshiprequest.json');
const accessDenied = graphExample('errors.json', 'access denied (403)');
const pageExample = graphExample('errors.json', "the error body (the page's example)");

function body(example: GraphExample): Json {
  return example.response!.body as Json;
}

/** The request went to the documented path (under the base URL's /v1.0) with the documented method. */
function assertDocumented(
  sent: ReceivedRequest,
  example: GraphExample,
  path = graphPath(example.request!),
): void {
  assert.equal(sent.method, example.request!.method, `${example.name}: method`);
  assert.equal(sent.pathname, `/v1.0${path}`, `${example.name}: path`);
  assert.match(String(sent.headers.authorization), /^Bearer \S+$/);
  assert.equal(sent.headers.accept, 'application/json');
  assert.match(String(sent.headers['client-request-id']), /^[0-9a-f-]{36}$/);
}

describe("The Graph client reads Microsoft's documented examples", () => {
  let server: ExampleReplayServer;
  let client: GdapClient;

  before(async () => {
    server = await startExampleReplayServer();
    client = gdapClientAt(`${server.url}/v1.0`, { retry: { maxAttempts: 1 } });
  });
  beforeEach(() => server.received.splice(0));
  after(() => server.close());

  it("lists a customer's relationships with the customer filter, and keeps only that customer's", async () => {
    server.answerWith(list.response!);
    const contoso = '52eaad04-13a2-4a2f-9ce8-93a294fadf36';
    const found = await client.customerRelationships(graphContext(), contoso);
    assertDocumented(server.received[0], list);
    assert.equal(server.received[0].query.get('$filter'), `customer/tenantId eq '${contoso}'`);
    // The replay ignores the filter: the client's own filter drops the subsidiary's relationship.
    assert.deepEqual(
      found.map((r) => [r.id, r.displayName, r.status, r.customerName, r.reseller]),
      [
        [body(list).value[0].id, 'Contoso admin relationship', 'active', 'Contoso Inc', false],
        [body(list).value[2].id, 'Fabrikam admin relationship', 'approvalPending', 'Fabrikam Inc.', true],
      ],
    );
    const [active, pending] = found;
    assert.equal(active.duration, 'P730D');
    assert.equal(active.autoExtendDuration, 'P180D');
    assert.equal(active.createdDateTime, '2022-02-10T11:24:42.3148266Z');
    assert.equal(active.activatedDateTime, '2022-02-10T11:26:44.9941884Z');
    assert.equal(active.endDateTime, '2024-02-10T11:24:42.3148266Z');
    // A role Microsoft's table does not list stays its template id.
    assert.deepEqual(active.roles, [{ roleDefinitionId: 'dd4db9a0-cc4a-4213-9f9f-70242232d97e' }]);
    assert.equal(pending.activatedDateTime, undefined);
    assert.equal(pending.endDateTime, undefined);
    assert.deepEqual(
      pending.roles.map((r) => r.role),
      [
        'privilegedAuthenticationAdministrator',
        'privilegedRoleAdministrator',
        'userAdministrator',
        'helpdeskAdministrator',
        'licenseAdministrator',
        'serviceSupportAdministrator',
        'directoryWriters',
        'directoryReaders',
        'globalReader',
      ],
    );
  });

  it('reads one relationship, its roles named', async () => {
    server.answerWith(get.response!);
    const relationship = await client.relationship(graphContext(), body(get).id);
    assertDocumented(server.received[0], get);
    assert.equal(relationship.displayName, 'Contoso admin relationship');
    assert.equal(relationship.customerTenantId, '4fdbff88-9d6b-42e0-9713-45c922ba8001');
    assert.equal(relationship.status, 'active');
    assert.deepEqual(
      relationship.roles.map((r) => r.role),
      ['helpdeskAdministrator', 'userAdministrator', 'complianceDataAdministrator'],
    );
  });

  it("reads a relationship's access assignments: security groups and roles", async () => {
    server.answerWith(assignments.response!);
    const id = graphPath(assignments.request!).split('/')[3];
    const found = await client.accessAssignments(graphContext(), id);
    assertDocumented(server.received[0], assignments);
    assert.deepEqual(
      found.map((a) => [a.id, a.status, a.securityGroupId, a.containerType]),
      [
        [
          '84c586df-0943-416e-b95f-7289cb8d3bd5',
          'active',
          '227a2f44-2682-4831-a021-f8d69a34bcba',
          'securityGroup',
        ],
        [
          '8d56bce3-440f-4b4f-b5c2-cc0bcbd0199c',
          'active',
          '869713c9-0b28-4d08-8949-ae07ae1bf528',
          'securityGroup',
        ],
      ],
    );
    assert.deepEqual(
      found[0].roles.map((r) => r.role),
      ['directoryReaders', 'dynamics365Administrator', 'exchangeAdministrator', 'globalAdministrator'],
    );
  });

  it('terminates: reads the relationship, posts {"action":"terminate"} to its requests, reads it again', async () => {
    server.answerWith(get.response!, post.response!, get.response!);
    const outcome = await client.terminate(graphContext(), body(get).id);
    assert.equal(outcome.kind, 'requested');
    assert.equal(outcome.kind === 'requested' && outcome.request?.id, body(post).id);
    assert.equal(outcome.kind === 'requested' && outcome.request?.status, 'created');
    assert.deepEqual(
      server.received.map((r) => r.method),
      ['GET', 'POST', 'GET'],
    );
    const sent = server.received[1];
    assertDocumented(sent, post);
    assert.deepEqual(sent.body, { action: 'terminate' }, 'the documented body with the terminate action');
    assert.match(String(sent.headers['content-type']), /^application\/json/);
  });

  it('follows @odata.nextLink as sent, across pages, until it is absent', async () => {
    const items = body(list).value as Json[];
    const page = (value: Json[], next?: string) => ({
      status: 200,
      headers: { 'Content-Type': 'application/json' },
      body: {
        '@odata.context': body(list)['@odata.context'],
        ...(next ? { '@odata.nextLink': next } : {}),
        value,
      },
    });
    const link = (token: string) =>
      `${server.url}/v1.0/tenantRelationships/delegatedAdminRelationships?%24filter=x&%24skiptoken=${token}`;
    server.answerWith(page([items[0]], link('A')), page([], link('B')), page([items[2]]));
    const found = await client.customerRelationships(graphContext(), '52eaad04-13a2-4a2f-9ce8-93a294fadf36');
    assert.equal(server.received.length, 3, 'three pages, one of them empty');
    assert.equal(server.received[1].query.get('$skiptoken'), 'A');
    assert.equal(server.received[2].query.get('$skiptoken'), 'B');
    assert.deepEqual(
      found.map((r) => r.displayName),
      ['Contoso admin relationship', 'Fabrikam admin relationship'],
    );
  });

  it('never follows a next link to another host with the token', async () => {
    server.answerWith({
      status: 200,
      headers: { 'Content-Type': 'application/json' },
      body: { '@odata.nextLink': 'https://attacker.example/v1.0/x', value: [] },
    });
    await assert.rejects(
      client.customerRelationships(graphContext(), '52eaad04-13a2-4a2f-9ce8-93a294fadf36'),
      /outside Microsoft Graph/,
    );
    assert.equal(server.received.length, 1);
  });

  it('turns a 403 error body into the failure with code, message and request id', async () => {
    server.answerWith(accessDenied.response!);
    const context = graphContext();
    const error: unknown = await client.relationship(context, 'some-id').catch((e: unknown) => e);
    assert.ok(error instanceof GraphAccessDeniedError);
    assert.equal(error.status, 403);
    assert.deepEqual(failureOf(error), {
      code: 'accessDenied',
      description: "The caller doesn't have permission to perform the action.",
      correlationId: '2f0b7c1e-6a3d-4f8e-9b1a-0c2d3e4f5a6b',
      requestId: 'c8b4d1a4-07d3-4c5d-9a5e-1e2f3a4b5c6d',
      service: 'graph',
    });
    // The customer's GDAP lookup says it could not read them, and why.
    const lookup = await graphGdap(client, silentLogger).relationships(
      '52eaad04-13a2-4a2f-9ce8-93a294fadf36',
    );
    assert.equal(lookup.available, false);
    assert.equal(lookup.failure?.code, 'accessDenied');
    assert.equal(lookup.failure?.requestId, 'c8b4d1a4-07d3-4c5d-9a5e-1e2f3a4b5c6d');
  });

  it("reads the errors page's own example body", async () => {
    server.answerWith(pageExample.response!);
    const error: unknown = await client.relationship(graphContext(), 'x').catch((e: unknown) => e);
    assert.ok(error instanceof GraphApiError);
    assert.equal(error.status, 416);
    assert.equal(error.code, 'invalidRange');
    assert.equal(error.graphMessage, 'Uploaded fragment overlaps with existing data.');
    assert.equal(error.requestId, 'request-id');
    assert.equal(error.date, 'date-time');
  });
});
