/**
 * SANDBOX_CUSTOMERS: a generated tenant whose customers are made on demand answers exactly as the same
 * tenant held in full (`generateTenant`), through the client, before and after the sandbox changes it.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { generatedId, generateTenant } from '../../services/partner-center/emulator/fixture/generateTenant';
import type { CustomerQuery } from '../../services/partner-center/client/partnerCenterClient';
import { PartnerCenterNotFoundError } from '../../services/partner-center/errors';
import { collect, context, startHarness, type Harness } from './emulatorHarness';

const COUNT = 1200;
const customerId = (n: number) => generatedId(0xc0ffee, n);

describe('A generated tenant made on demand (SANDBOX_CUSTOMERS)', () => {
  let held: Harness;
  let made: Harness;
  beforeEach(async () => {
    held = await startHarness({ fixture: generateTenant(COUNT) });
    made = await startHarness({ generate: COUNT });
  });
  afterEach(async () => {
    await held.close();
    await made.close();
  });

  const pages = async (harness: Harness, query: CustomerQuery) =>
    (await collect(harness.client.listCustomerPages(context(), query))).map((page) => page.items);
  const samePages = async (query: CustomerQuery) => {
    const expected = await pages(held, query);
    assert.deepEqual(await pages(made, query), expected, JSON.stringify(query));
    return expected.flat();
  };

  it('lists the same customers, page by page, in name order and filtered by name or domain', async () => {
    assert.equal(made.emulator.customerCount, COUNT);
    const all = await samePages({ pageSize: 37 });
    assert.equal(all.length, COUNT);
    assert.equal(all[0].companyProfile.companyName, 'Generated Customer 000000');
    const byName = await samePages({ companyNamePrefix: 'generated customer 00111', pageSize: 4 });
    assert.deepEqual(
      byName.map((c) => c.companyProfile.companyName),
      Array.from({ length: 10 }, (_, i) => `Generated Customer 00${1110 + i}`),
    );
    assert.equal((await samePages({ domainPrefix: 'GEN00050' })).length, 10);
    assert.deepEqual(await samePages({ domainPrefix: 'gen9' }), []);
  });

  it('reads a customer and its subscriptions by id in any case, and knows no customer past the last', async () => {
    for (const n of [0, 10, 777, COUNT - 1]) {
      const id = customerId(n).toUpperCase();
      assert.deepEqual(
        await made.client.getCustomer(context(), id),
        await held.client.getCustomer(context(), id),
      );
      assert.deepEqual(
        await made.client.listSubscriptions(context(), id),
        await held.client.listSubscriptions(context(), id),
      );
    }
    assert.equal((await made.client.listSubscriptions(context(), customerId(10))).length, 1);
    for (const harness of [held, made]) {
      await assert.rejects(
        harness.client.getCustomer(context(), customerId(COUNT)),
        PartnerCenterNotFoundError,
      );
    }
  });

  it('lists a removed customer no more, and an accepted new one in its place in name order', async () => {
    for (const harness of [held, made]) {
      await harness.client.removeResellerRelationship(context(randomUUID()), customerId(7));
      const response = await fetch(`${harness.emulator.url}/sandbox/invitations/accept`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          tenantId: generatedId(0xacce97, 1),
          companyName: 'Generated Customer 000500b',
          domain: 'gen000500b.example',
        }),
      });
      assert.equal(response.status, 201);
    }
    const names = (await samePages({ pageSize: 100 })).map((c) => c.companyProfile.companyName);
    assert.equal(names.length, COUNT);
    assert.ok(!names.includes('Generated Customer 000007'));
    assert.equal(names.indexOf('Generated Customer 000500b'), names.indexOf('Generated Customer 000500') + 1);
    const byDomain = (await samePages({ domainPrefix: 'gen0005' })).map((c) => c.companyProfile.domain);
    assert.equal(byDomain[byDomain.indexOf('gen000500.onmicrosoft.com') + 1], 'gen000500b.example');
  });
});
