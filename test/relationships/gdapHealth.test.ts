/**
 * GDAP health over the demo tenant through the sandbox's Graph (docs/graph.md §9): a relationship
 * ending in 20 days (Consolidated Messenger), one holding Global Administrator (Fabrikam Fiber), GDAP
 * of a tenant that is no longer a customer (City Power & Light), and the customers without GDAP — from
 * one listing of Graph, whatever the number of customers; refused to someone not in the roles file;
 * unavailable without Graph. And the report itself over 100,000 customers.
 */
import assert from 'node:assert/strict';
import { SANDBOX_GRAPH_PATH } from '../../services/graph/graphHttp';
import type { GdapRelationship } from '../../services/graph/model/gdapRelationship';
import { customerDetails } from '../../services/relationships/customerDetails';
import { gdapHealthReport, type GdapHealthReport } from '../../services/relationships/gdapHealth';
import { GdapHealthService } from '../../services/relationships/gdapHealthService';
import { demoCustomer, listedDemoCustomers, silentLogger } from '../partner-center/emulatorHarness';
import { allowed, helpdesk, sales, startDesk, type DeskHarness } from '../helpers/deskHarness';
import { eachTest } from '../helpers/eachTest';

const DAY = 86_400_000;
const ACTIVE_GDAP = [
  'Woodgrove Bank',
  'VanArsdel, Ltd.',
  'Tailwind Traders',
  'Consolidated Messenger',
  'Fabrikam Fiber',
];

function graphListings(desk: DeskHarness): number {
  return desk.emulator.requests.filter(
    (r) =>
      r.method === 'GET' &&
      r.path === `${SANDBOX_GRAPH_PATH}/tenantRelationships/delegatedAdminRelationships`,
  ).length;
}

describe('GDAP health on the demo tenant', () => {
  const now = new Date();
  const desk = eachTest(() => startDesk({ now: () => now }));

  async function report(): Promise<GdapHealthReport> {
    const health = allowed(await desk().services.gdapHealth.report(sales)).health;
    assert.ok(health.available, JSON.stringify(health));
    return health.report;
  }

  it('lists a relationship ending within 30 days with its customer, name, end date and roles', async () => {
    const { sections } = await report();
    assert.equal(sections.endingSoon.total, 1);
    const [finding] = sections.endingSoon.findings;
    assert.equal(finding.customerName, 'Consolidated Messenger');
    assert.equal(finding.domain, 'consolidatedmessenger.onmicrosoft.com');
    assert.equal(finding.relationship?.name, 'Fabrikam support consolidatedmessenger');
    assert.equal(finding.relationship?.endsAt, new Date(now.getTime() + 20 * DAY).toISOString());
    assert.equal(finding.relationship?.autoExtend, 'off');
    assert.deepEqual(
      finding.relationship?.roles.map((role) => role.name),
      ['Directory Readers', 'License Administrator', 'Service Support Administrator'],
    );
  });

  it('lists the relationship holding Global Administrator as one that cannot auto-extend', async () => {
    const { sections } = await report();
    assert.deepEqual(
      sections.cannotAutoExtend.findings.map((f) => [
        f.customerName,
        f.relationship?.name,
        f.relationship?.autoExtend,
      ]),
      [['Fabrikam Fiber', 'Fabrikam admin fabrikamfiber', 'notPossible']],
    );
    assert.deepEqual(
      sections.cannotAutoExtend.findings[0].relationship?.roles.map((role) => role.key),
      ['globalAdministrator', 'userAdministrator'],
    );
  });

  it('finds GDAP with a tenant that is not in the customer list, named as Graph names it', async () => {
    const { sections } = await report();
    assert.deepEqual(
      sections.notCustomers.findings.map((f) => [f.tenantId, f.customerName, f.relationship?.name]),
      [[demoCustomer('City Power & Light').id, 'City Power & Light', 'Fabrikam support citypowerlight']],
    );
  });

  it('finds every listed customer without an active GDAP relationship, a pending one included', async () => {
    const { sections, customers, activeRelationships } = await report();
    assert.equal(customers, listedDemoCustomers.length);
    // Woodgrove Bank has three active relationships; City Power & Light's counts too.
    assert.equal(
      activeRelationships,
      ACTIVE_GDAP.length + 2 + 1,
      'Woodgrove’s three, City Power & Light’s too',
    );
    assert.equal(sections.withoutGdap.total, listedDemoCustomers.length - ACTIVE_GDAP.length);
    assert.equal(sections.withoutGdap.findings.length, 10, 'the card’s ten');
    const all = allowed(await desk().services.gdapHealth.report(sales, 100)).health;
    assert.ok(all.available);
    const names = all.report.sections.withoutGdap.findings.map((f) => f.customerName);
    assert.ok(names.includes("Munson's Pickles and Preserves Farm"), 'its relationship awaits approval');
    for (const name of ACTIVE_GDAP) assert.ok(!names.includes(name), name);
  });

  it('lists Graph once for all customers, and reuses the report for the next 15 minutes', async () => {
    await report();
    await report();
    assert.equal(graphListings(desk()), 1, 'one listing, not one per customer');
  });

  it('shows it to every role that views customers, and to nobody else', async () => {
    assert.ok((await desk().services.gdapHealth.report(helpdesk)).ok);
    const refused = await desk().services.gdapHealth.report(undefined);
    assert.deepEqual(refused, { ok: false, reason: 'notAllowed', permission: 'viewCustomers' });
    assert.equal(graphListings(desk()), 1, 'the refusal reads nothing');
  });

  it('is unavailable in live mode without Microsoft Graph, without a call', async () => {
    const service = new GdapHealthService({
      directory: desk().services.directory,
      logger: silentLogger,
      now: () => now,
    });
    assert.equal(service.configured, false);
    assert.deepEqual(allowed(await service.report(sales)).health, { available: false });
  });

  it('carries Graph’s error when the listing fails', async () => {
    desk().emulator.faults.set('listGdapRelationships', {
      next: [{ status: 403, code: 'accessDenied', description: 'Insufficient privileges.' }],
    });
    const health = allowed(await desk().services.gdapHealth.report(sales)).health;
    assert.equal(health.available, false);
    assert.deepEqual(
      !health.available && [health.failure?.code, health.failure?.description, health.failure?.service],
      ['accessDenied', 'Insufficient privileges.', 'graph'],
    );
    assert.ok((await desk().services.gdapHealth.current()).available, 'a failure is not kept');
  });

  it('marks on the customer card a relationship ending soon, and one that cannot auto-extend', async () => {
    const details = async (name: string) =>
      allowed(await customerDetails({ ...desk().services, now: () => now }, sales, demoCustomer(name).id))
        .details.gdap.relationships;
    const [ending] = await details('Consolidated Messenger');
    assert.deepEqual([ending.endsSoon, ending.autoExtend], [true, 'off']);
    const [globalAdmin] = await details('Fabrikam Fiber');
    assert.deepEqual([globalAdmin.endsSoon, globalAdmin.autoExtend], [false, 'notPossible']);
    const [extending] = await details('VanArsdel, Ltd.');
    assert.deepEqual([extending.endsSoon, extending.autoExtend], [false, 'extends']);
  });
});

describe('the GDAP health report over 100,000 customers', () => {
  it('keeps the totals and only the first findings of each section, in order', () => {
    const now = new Date('2026-03-04T12:00:00Z');
    const customers = Array.from({ length: 100_000 }, (_, i) => ({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      name: `Customer ${String(i).padStart(6, '0')}`,
      domain: `c${i}.onmicrosoft.com`,
    }));
    const byId = new Map(customers.map((c) => [c.id, c]));
    // Every other customer has GDAP; one in a thousand ends within 30 days, in reverse order of index.
    const relationships: GdapRelationship[] = customers
      .filter((_, i) => i % 2 === 0)
      .map((c, k) => ({
        id: `rel-${k}`,
        displayName: `Support ${k}`,
        status: 'active',
        customerTenantId: c.id,
        endDateTime: new Date(now.getTime() + (k % 1000 === 0 ? 25 - k / 10_000 : 400) * DAY).toISOString(),
        autoExtendDuration: 'PT0S',
        roles: [],
        reseller: false,
      }));
    const started = process.hrtime.bigint();
    const report = gdapHealthReport(
      relationships,
      { get: (id) => byId.get(id), all: () => customers, size: customers.length },
      now,
      10,
    );
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    assert.equal(report.sections.endingSoon.total, 50);
    assert.equal(report.sections.endingSoon.findings.length, 10);
    assert.equal(report.sections.endingSoon.findings[0].relationship?.name, 'Support 49000', 'soonest first');
    assert.equal(report.sections.withoutGdap.total, 50_000);
    assert.deepEqual(
      report.sections.withoutGdap.findings.slice(0, 2).map((f) => f.customerName),
      ['Customer 000001', 'Customer 000003'],
    );
    assert.equal(report.sections.notCustomers.total, 0);
    assert.ok(ms < 2000, `${ms} ms`);
  });
});
