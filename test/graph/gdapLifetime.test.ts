/**
 * How long a GDAP relationship lasts (docs/graph.md §9): Global Administrator is never auto-extended,
 * P180D extends, PT0S and P0D expire; "ends soon" is active and within 30 days. And the one listing of
 * every relationship the health report reads: every page, customers without a reseller relationship
 * included, one request per page.
 */
import assert from 'node:assert/strict';
import { GLOBAL_ADMINISTRATOR_ROLE_ID, namedRole } from '../../services/graph/entraRoles';
import { autoExtendOf, endsSoon, holdsGlobalAdministrator } from '../../services/graph/gdapLifetime';
import { SANDBOX_GRAPH_PATH } from '../../services/graph/graphHttp';
import type { GdapRole } from '../../services/graph/model/gdapRelationship';
import demoTenant from '../../services/partner-center/emulator/fixture/demoTenant.json';
import { demoCustomer } from '../partner-center/emulatorHarness';
import { graphContext, startGraphHarness, type GraphHarness } from './graphHarness';

const HELPDESK: GdapRole = { roleDefinitionId: '729827e3-9c14-49f7-bb1b-9608f156bbb8' };
const GLOBAL_ADMIN: GdapRole = { roleDefinitionId: GLOBAL_ADMINISTRATOR_ROLE_ID.toUpperCase() };
const NOW = new Date('2026-03-04T12:00:00Z');
const DAY = 86_400_000;
const inDays = (days: number) => new Date(NOW.getTime() + days * DAY).toISOString();

describe('GDAP lifetime rules', () => {
  it('never auto-extends a relationship holding Global Administrator, whatever it asks', () => {
    assert.equal(holdsGlobalAdministrator({ roles: [HELPDESK, GLOBAL_ADMIN] }), true);
    assert.equal(
      autoExtendOf({ roles: [HELPDESK, GLOBAL_ADMIN], autoExtendDuration: 'P180D' }),
      'notPossible',
    );
    assert.equal(autoExtendOf({ roles: [GLOBAL_ADMIN], autoExtendDuration: 'PT0S' }), 'notPossible');
  });

  it('reads P180D as extending, PT0S, P0D or nothing as expiring', () => {
    assert.equal(autoExtendOf({ roles: [HELPDESK], autoExtendDuration: 'P180D' }), 'extends');
    for (const duration of ['PT0S', 'P0D', undefined])
      assert.equal(
        autoExtendOf({ roles: [HELPDESK], autoExtendDuration: duration }),
        'off',
        String(duration),
      );
  });

  it('says an active relationship ends soon from now to 30 days ahead, and nothing else', () => {
    assert.equal(endsSoon({ status: 'active', endDateTime: inDays(20) }, NOW), true);
    assert.equal(endsSoon({ status: 'active', endDateTime: inDays(30) }, NOW), true);
    assert.equal(endsSoon({ status: 'active', endDateTime: inDays(31) }, NOW), false);
    assert.equal(endsSoon({ status: 'active', endDateTime: inDays(-1) }, NOW), false, 'already past');
    assert.equal(endsSoon({ status: 'expiring', endDateTime: inDays(3) }, NOW), false);
    assert.equal(endsSoon({ status: 'active' }, NOW), false, 'no end date');
  });

  it('names a known role by key and English name, an unknown one by its id', () => {
    assert.deepEqual(namedRole(GLOBAL_ADMINISTRATOR_ROLE_ID), {
      key: 'globalAdministrator',
      name: 'Global Administrator',
    });
    assert.deepEqual(namedRole('00000000-1111-2222-3333-444444444444'), {
      name: '00000000-1111-2222-3333-444444444444',
    });
  });
});

describe('listing every GDAP relationship of the partner', () => {
  let harness: GraphHarness;
  beforeEach(async () => {
    harness = await startGraphHarness({ now: () => NOW });
  });
  afterEach(() => harness.close());

  const everyRelationship = demoTenant.customers.flatMap((customer) =>
    customer.gdapRelationships.map((relationship) => relationship.displayName),
  );

  it('follows every page, one request per page, customers without a reseller relationship included', async () => {
    const found = await harness.gdap.allRelationships(graphContext(), { pageSize: 2 });
    assert.deepEqual(found.map((r) => r.displayName).sort(), [...everyRelationship].sort());
    const cityPower = found.find((r) => r.customerTenantId === demoCustomer('City Power & Light').id);
    assert.equal(cityPower?.status, 'active', 'GDAP of a customer that is not in the customer list');
    const pages = harness.emulator.requests.filter(
      (r) => r.method === 'GET' && r.path.startsWith(`${SANDBOX_GRAPH_PATH}/tenantRelationships`),
    );
    assert.equal(pages.length, Math.ceil(everyRelationship.length / 2));
  });

  it('reads the demo tenant in one request by default', async () => {
    await harness.gdap.allRelationships(graphContext());
    const pages = harness.emulator.requests.filter((r) => r.path.startsWith(SANDBOX_GRAPH_PATH));
    assert.equal(pages.length, 1);
  });
});
