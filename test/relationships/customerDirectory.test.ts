/** Resolving what a partner types into a customer, over the emulator's demo tenant. */
import assert from 'node:assert/strict';
import { CustomerDirectory } from '../../services/relationships/customerDirectory';
import { allowed, helpdesk } from '../helpers/deskHarness';
import { until } from '../helpers/until';
import { demoCustomer, silentLogger, startHarness, type Harness } from '../partner-center/emulatorHarness';

describe('customer directory', () => {
  let harness: Harness;
  let directory: CustomerDirectory;
  let clock: number;
  beforeEach(async () => {
    harness = await startHarness();
    clock = 1_000_000;
    directory = new CustomerDirectory(harness.client, silentLogger, {
      pageSize: 7,
      refreshMs: 60_000,
      now: () => clock,
    });
  });
  afterEach(() => harness.close());

  // Every agent role may search; a Helpdesk agent is the least of them.
  const search = async (query: string, limit: number) =>
    allowed(await directory.search(helpdesk, query, limit)).page;
  const resolve = async (text: string) => allowed(await directory.resolve(helpdesk, text)).resolution;

  it('refuses a user who is not in the roles file, before reading Partner Center', async () => {
    const refused = { ok: false, reason: 'notAllowed', permission: 'viewCustomers' };
    assert.deepEqual(await directory.search(undefined, 'contoso', 15), refused);
    assert.deepEqual(await directory.suggest(undefined, 'contoso', 15), refused);
    assert.deepEqual(await directory.resolve(undefined, 'contoso'), refused);
    assert.equal(harness.emulator.requests.length, 0);
  });

  it('pages through the whole customer list once and searches it', async () => {
    const page = await search('contoso', 15);
    assert.deepEqual(
      page.items.map((c) => c.name),
      ['Contoso Bank', 'Contoso Ltd', 'Contoso Pharmaceuticals', 'Contoso Suites'],
    );
    const listCalls = harness.emulator.requests.filter(
      (r) => r.path.startsWith('/v1/customers?') || r.path === '/v1/customers',
    );
    assert.ok(listCalls.length >= 5, 'several pages of 7');
    await search('fabrikam', 15);
    assert.equal(
      harness.emulator.requests.filter(
        (r) => r.path.startsWith('/v1/customers?') || r.path === '/v1/customers',
      ).length,
      listCalls.length,
      'no reload while fresh',
    );
  });

  it('resolves an exact name, a domain, a tenant id, a unique partial name', async () => {
    const contoso = demoCustomer('Contoso Ltd');
    assert.deepEqual(await resolve('contoso ltd'), {
      kind: 'one',
      customer: { id: contoso.id, name: 'Contoso Ltd', domain: contoso.companyProfile.domain },
    });
    assert.equal(
      ((await resolve(contoso.companyProfile.domain)) as { customer: { id: string } }).customer.id,
      contoso.id,
    );
    assert.equal(
      ((await resolve(contoso.id.toUpperCase())) as { customer: { id: string } }).customer.id,
      contoso.id,
    );
    assert.equal(
      ((await resolve('pharma')) as { customer: { name: string } }).customer.name,
      'Contoso Pharmaceuticals',
    );
  });

  it('asks to choose when several match, and says none when nothing does', async () => {
    const many = await resolve('contoso');
    assert.equal(many.kind, 'many');
    assert.equal(many.kind === 'many' && many.total, 4);
    assert.deepEqual(await resolve('zzz-nobody'), { kind: 'none' });
  });

  it('does not resolve a customer without a reseller relationship (Blue Yonder has none)', async () => {
    assert.deepEqual(await resolve('Blue Yonder Airlines'), { kind: 'none' });
  });

  it('reloads in the background once the list is older than the refresh interval', async () => {
    await search('', 1);
    const before = harness.emulator.requests.length;
    clock += 61_000;
    await search('', 1);
    await until('a reload in the background', () => harness.emulator.requests.length > before);
  });
});
