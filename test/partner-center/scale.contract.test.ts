import assert from 'node:assert/strict';
import { generateTenant } from '../../services/partner-center/emulator/fixture/generateTenant';
import { context, startHarness } from './emulatorHarness';
import type { Harness } from './emulatorHarness';

describe('Paging a generated tenant of 100,000 customers', function () {
  this.timeout(60_000);
  let harness: Harness;
  before(async () => {
    harness = await startHarness({ fixture: generateTenant(100_000) });
  });
  after(() => harness.close());

  it('reaches every customer once, one page at a time', async () => {
    let count = 0;
    let pages = 0;
    let previous = '';
    let largestPage = 0;
    for await (const page of harness.client.listCustomerPages(context(), { pageSize: 1000 })) {
      pages++;
      largestPage = Math.max(largestPage, page.items.length);
      for (const customer of page.items) {
        const name = customer.companyProfile.companyName!;
        assert.ok(name > previous, `${name} after ${previous}`);
        previous = name;
        count++;
      }
    }
    assert.equal(count, 100_000);
    // 1000 asked, 500 sent: Partner Center's maximum page size (docs/partner-center.md §8).
    assert.equal(pages, 200);
    assert.equal(largestPage, 500, 'the client never holds more than one page of at most 500');
  });

  it('finds customers by company name prefix without scanning from the start', async () => {
    const found = [];
    for await (const customer of harness.client.listCustomers(context(), {
      companyNamePrefix: 'Generated Customer 09999',
    })) {
      found.push(customer.companyProfile.companyName);
    }
    assert.equal(found.length, 10);
    assert.equal(found[0], 'Generated Customer 099990');
  });
});
