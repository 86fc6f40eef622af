/**
 * The emulator's customers held once, in sorted arrays for seek-based paging and prefix search:
 * one order by company name and one by domain (both case-insensitive, ties broken by id). The
 * fixture objects themselves are the only copy; pages are serialised from them on demand.
 *
 * Customers created by a simulated acceptance are inserted in place (rare, O(n)).
 */
import type { SandboxCustomer } from './fixture/sandboxTenant';
import { lowerBound } from '../../text/lowerBound';

export type CustomerOrder = 'companyName' | 'domain';

function nameKey(customer: SandboxCustomer): string {
  return `${customer.companyProfile.companyName.toLowerCase()}\u0000${customer.id}`;
}
function domainKey(customer: SandboxCustomer): string {
  return `${customer.companyProfile.domain.toLowerCase()}\u0000${customer.id}`;
}

interface SortedView {
  keys: string[];
  customers: SandboxCustomer[];
}

export class CustomerIndex {
  private readonly byId = new Map<string, SandboxCustomer>();
  private readonly views: Record<CustomerOrder, SortedView>;

  constructor(customers: readonly SandboxCustomer[]) {
    for (const customer of customers) this.byId.set(customer.id.toLowerCase(), customer);
    this.views = { companyName: this.sorted(customers, nameKey), domain: this.sorted(customers, domainKey) };
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): SandboxCustomer | undefined {
    return this.byId.get(id.toLowerCase());
  }

  add(customer: SandboxCustomer): void {
    if (this.byId.has(customer.id.toLowerCase())) return;
    this.byId.set(customer.id.toLowerCase(), customer);
    this.insert(this.views.companyName, customer, nameKey(customer));
    this.insert(this.views.domain, customer, domainKey(customer));
  }

  /**
   * Customers in `order` strictly after `afterKey` (or from the first whose key starts with
   * `prefix`), lazily, with each one's sort key (the continuation point).
   */
  *scan(
    order: CustomerOrder,
    options: { afterKey?: string; prefix?: string },
  ): Generator<{ customer: SandboxCustomer; key: string }> {
    const view = this.views[order];
    const prefix = options.prefix?.toLowerCase() ?? '';
    let start = lowerBound(view.keys, prefix);
    if (options.afterKey !== undefined)
      start = Math.max(start, lowerBound(view.keys, options.afterKey + '\u0000'));
    for (let i = start; i < view.keys.length; i++) {
      const key = view.keys[i];
      if (!key.startsWith(prefix)) return;
      yield { customer: view.customers[i], key };
    }
  }

  private sorted(customers: readonly SandboxCustomer[], keyOf: (c: SandboxCustomer) => string): SortedView {
    const entries = customers.map((customer) => ({ customer, key: keyOf(customer) }));
    entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return { keys: entries.map((entry) => entry.key), customers: entries.map((entry) => entry.customer) };
  }

  private insert(view: SortedView, customer: SandboxCustomer, key: string): void {
    const at = lowerBound(view.keys, key);
    view.keys.splice(at, 0, key);
    view.customers.splice(at, 0, customer);
  }
}
