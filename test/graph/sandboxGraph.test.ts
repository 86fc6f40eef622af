/**
 * The sandbox's Graph routes through the same Graph client as live mode (docs/graph.md §6): the demo
 * tenant's GDAP data, paging, throttling, terminate and its status over time, a terminate that
 * survives a restart and a removal of the reseller relationship that leaves GDAP in place.
 */
import assert from 'node:assert/strict';
import { SANDBOX_GRAPH_PATH } from '../../services/graph/graphHttp';
import { openStore } from '../../services/store/openStore';
import { parseStoreUrl } from '../../services/store/storeUrl';
import { graphGdap } from '../../services/relationships/gdapSource';
import demoTenant from '../../services/partner-center/emulator/fixture/demoTenant.json';
import type { SandboxTenantInput } from '../../services/partner-center/emulator/fixture/sandboxTenant';
import { context, demoCustomer, silentLogger } from '../partner-center/emulatorHarness';
import { sandboxRequest } from '../partner-center/sandboxRequest';
import { startGraphHarness, graphContext } from './graphHarness';
import type { GraphHarness } from './graphHarness';

const RELATIONSHIPS = `${SANDBOX_GRAPH_PATH}/tenantRelationships/delegatedAdminRelationships`;
const woodgrove = demoCustomer('Woodgrove Bank');
const vanArsdel = demoCustomer('VanArsdel, Ltd.');
const munsons = demoCustomer("Munson's Pickles and Preserves Farm");
const START = new Date('2026-03-02T10:00:00Z');

function graphRequests(harness: GraphHarness, method: string) {
  return harness.emulator.requests.filter(
    (r) => r.path.startsWith(SANDBOX_GRAPH_PATH) && r.method === method,
  );
}

describe('The sandbox Graph (GDAP) through the Graph client', () => {
  let harness: GraphHarness;
  let clock: Date;

  beforeEach(async () => {
    clock = START;
    harness = await startGraphHarness({ now: () => clock });
  });
  afterEach(() => harness.close());

  it('serves the GDAP data the demo tenant describes, roles named', async () => {
    const lookup = graphGdap(harness.gdap, silentLogger);
    const wood = await lookup.relationships(woodgrove.id);
    assert.equal(wood.available, true);
    assert.deepEqual(
      wood.relationships.map((r) => [r.name, r.status, r.roles]),
      [
        ['Fabrikam support woodgrovebank', 'active', ['Helpdesk Administrator', 'User Administrator']],
        ['Fabrikam security woodgrovebank', 'active', ['Security Reader']],
        ['Fabrikam licensing woodgrovebank', 'active', ['License Administrator']],
      ],
    );
    assert.equal(wood.relationships[0].endsAt, new Date(START.getTime() + 500 * 86_400_000).toISOString());
    const van = await lookup.relationships(vanArsdel.id);
    assert.deepEqual(van.relationships[0].relationship?.roles, [
      { roleDefinitionId: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451', role: 'globalReader' },
    ]);
    assert.equal(van.relationships[0].relationship?.autoExtendDuration, 'P180D');
    const pending = await lookup.relationships(munsons.id);
    assert.equal(pending.relationships[0].status, 'approvalPending');
    assert.equal(pending.relationships[0].endsAt, undefined, 'no end date before activation, as documented');
    assert.deepEqual((await lookup.relationships(demoCustomer('Contoso Suites').id)).relationships, []);
  });

  it('reads the security groups of the access assignments', async () => {
    const [relationship] = await harness.gdap.customerRelationships(graphContext(), woodgrove.id, {
      accessAssignments: true,
    });
    const [assignment] = relationship.accessAssignments!;
    assert.equal(assignment.status, 'active');
    assert.equal(assignment.containerType, 'securityGroup');
    const written = woodgrove.gdapRelationships[0] as { accessAssignments: { securityGroupId: string }[] };
    assert.equal(assignment.securityGroupId, written.accessAssignments[0].securityGroupId);
    assert.deepEqual(
      assignment.roles.map((r) => r.role),
      ['helpdeskAdministrator', 'userAdministrator'],
    );
  });

  it('pages with @odata.nextLink and a $skiptoken across several pages', async () => {
    await harness.close();
    const tenant = structuredClone(demoTenant) as unknown as SandboxTenantInput;
    const customer = tenant.customers.find((c) => c.id === woodgrove.id)!;
    const relationships = customer.gdapRelationships!;
    const [first] = relationships;
    relationships.push({
      ...first,
      id: `${first.id.slice(0, -1)}2`,
      displayName: 'Fabrikam expired woodgrovebank',
      status: 'expired',
    });
    harness = await startGraphHarness({ fixture: tenant, now: () => clock });
    const found = await harness.gdap.customerRelationships(graphContext(), woodgrove.id, { pageSize: 1 });
    assert.deepEqual(
      found.map((r) => [r.displayName, r.status]),
      [
        ['Fabrikam support woodgrovebank', 'active'],
        ['Fabrikam security woodgrovebank', 'active'],
        ['Fabrikam licensing woodgrovebank', 'active'],
        ['Fabrikam expired woodgrovebank', 'expired'],
      ],
    );
    const pages = graphRequests(harness, 'GET');
    assert.equal(pages.length, 4, 'four pages of one');
    // The raw answer: the next link repeats the query and adds a $skiptoken.
    const raw = await sandboxRequest(harness.emulator.url, {
      method: 'GET',
      path: `${RELATIONSHIPS}?$top=2&$filter=${encodeURIComponent(`customer/tenantId eq '${woodgrove.id}'`)}`,
    });
    const next = new URL(raw.body['@odata.nextLink']);
    assert.equal(next.origin, harness.emulator.url);
    assert.equal(next.searchParams.get('$top'), '2');
    assert.equal(next.searchParams.get('$filter'), `customer/tenantId eq '${woodgrove.id}'`);
    assert.ok(next.searchParams.get('$skiptoken'));
  });

  it('answers 429 with Retry-After when asked to, and the client waits and retries', async () => {
    harness.emulator.faults.set('listGdapRelationships', { next: [429, 503], retryAfterSeconds: 0 });
    const found = await harness.gdap.customerRelationships(graphContext(), woodgrove.id);
    assert.equal(found.length, 3);
    assert.deepEqual(
      graphRequests(harness, 'GET').map((r) => r.status),
      [429, 503, 200],
    );
    const throttled = await sandboxRequest(harness.emulator.url, { method: 'GET', path: RELATIONSHIPS });
    assert.equal(throttled.status, 200);
    harness.emulator.faults.set('listGdapRelationships', { next: [429], retryAfterSeconds: 7 });
    const answer = await sandboxRequest(harness.emulator.url, { method: 'GET', path: RELATIONSHIPS });
    assert.equal(answer.status, 429);
    assert.equal(answer.headers.get('Retry-After'), '7');
    assert.equal(answer.body.error.code, 'TooManyRequests');
  });

  it('terminates once: terminationRequested, then terminating, then terminated; a second terminate sends nothing', async () => {
    const id = vanArsdel.gdapRelationships[0].id;
    const first = await harness.gdap.terminate(graphContext(), id);
    assert.equal(first.kind, 'requested');
    assert.equal(first.kind === 'requested' && first.request?.status, 'created');
    assert.equal(first.relationship?.status, 'terminationRequested');
    const second = await harness.gdap.terminate(graphContext(), id);
    assert.equal(second.kind, 'alreadyRequested');
    assert.equal(graphRequests(harness, 'POST').length, 1, 'one terminate request in all');

    clock = new Date(START.getTime() + 1_000);
    assert.equal((await harness.gdap.relationship(graphContext(), id)).status, 'terminating');
    assert.equal((await harness.gdap.accessAssignments(graphContext(), id))[0].status, 'deleting');
    clock = new Date(START.getTime() + 2_000);
    const ended = await harness.gdap.relationship(graphContext(), id);
    assert.equal(ended.status, 'terminated');
    assert.equal(ended.endDateTime, clock.toISOString(), 'endDateTime is when it ended');
    assert.equal(ended.autoExtendDuration, 'PT0S');
    assert.equal((await harness.gdap.accessAssignments(graphContext(), id))[0].status, 'deleted');
    const requestId = first.kind === 'requested' ? first.request?.id : undefined;
    const request = await sandboxRequest(harness.emulator.url, {
      method: 'GET',
      path: `${RELATIONSHIPS}/${id}/requests/${requestId}`,
    });
    assert.equal(request.body.status, 'succeeded');
    assert.equal((await harness.gdap.terminate(graphContext(), id)).kind, 'alreadyRequested');
  });

  it('refuses to terminate what is not active, in Graph’s error shape', async () => {
    const answer = await sandboxRequest(harness.emulator.url, {
      method: 'POST',
      path: `${RELATIONSHIPS}/${munsons.gdapRelationships[0].id}/requests`,
      body: { action: 'terminate' },
    });
    assert.equal(answer.status, 400);
    assert.equal(answer.body.error.code, 'notAllowed');
    assert.equal(answer.body.error.innerError['request-id'], answer.headers.get('request-id'));
    assert.equal(
      (await harness.gdap.terminate(graphContext(), munsons.gdapRelationships[0].id)).kind,
      'notActive',
    );
  });

  it('retries a terminate that the sandbox failed (503) and terminates once', async () => {
    harness.emulator.faults.set('createGdapRequest', { next: [503] });
    const outcome = await harness.gdap.terminate(graphContext(), woodgrove.gdapRelationships[0].id);
    assert.equal(outcome.kind, 'requested');
    assert.deepEqual(
      graphRequests(harness, 'POST').map((r) => r.status),
      [503, 201],
    );
  });

  it('keeps a terminate across a restart, and GDAP across the removal of the reseller relationship', async () => {
    await harness.close();
    const store = await openStore(parseStoreUrl('memory://'));
    try {
      harness = await startGraphHarness({ store, now: () => clock, gdapTerminationDelayMs: 0 });
      await harness.client.removeResellerRelationship(context('remove-woodgrove'), woodgrove.id);
      const kept = await harness.gdap.customerRelationships(graphContext(), woodgrove.id);
      assert.equal(kept[0].status, 'active', 'removing the reseller relationship leaves GDAP');
      await harness.gdap.terminate(graphContext(), woodgrove.gdapRelationships[0].id);
      await harness.close();
      harness = await startGraphHarness({ store, now: () => clock, gdapTerminationDelayMs: 0 });
      const after = await harness.gdap.relationship(graphContext(), woodgrove.gdapRelationships[0].id);
      assert.equal(after.status, 'terminated');
    } finally {
      await harness.close();
      harness = await startGraphHarness();
      await store.close();
    }
  });

  it('asks for a bearer token, and refuses what it cannot answer as Graph would', async () => {
    const anonymous = await sandboxRequest(harness.emulator.url, {
      method: 'GET',
      path: RELATIONSHIPS,
      anonymous: true,
    });
    assert.equal(anonymous.status, 401);
    assert.equal(anonymous.body.error.code, 'InvalidAuthenticationToken');
    const tooMany = await sandboxRequest(harness.emulator.url, {
      method: 'GET',
      path: `${RELATIONSHIPS}?$top=301`,
    });
    assert.equal(tooMany.status, 400);
    const filter = await sandboxRequest(harness.emulator.url, {
      method: 'GET',
      path: `${RELATIONSHIPS}?$filter=${encodeURIComponent("displayName eq 'x'")}`,
    });
    assert.equal(filter.status, 400);
    assert.equal(filter.body.error.code, 'invalidRequest');
    const unknown = await sandboxRequest(harness.emulator.url, {
      method: 'GET',
      path: `${RELATIONSHIPS}/nope`,
    });
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.error.code, 'itemNotFound');
  });
});
