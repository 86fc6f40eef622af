/**
 * The emulator's customers in two orders for seek-based paging and prefix search: by company name and by
 * domain (both case-insensitive, ties broken by id). The fixture objects themselves are the only copy,
 * held once in each order (their sort keys are computed when compared, not kept); a generated tenant's
 * customers are not held at all but made on demand (GeneratedCustomers), already in both orders. Pages
 * are serialised from them on demand.
 *
 * Customers created by a simulated acceptance are inserted in place (rare, O(n)).
 */
import type { SandboxCustomer } from './fixture/sandboxTenant';
import { GeneratedCustomers } from './fixture/generatedCustomers';

export type CustomerOrder = 'companyName' | 'domain';

/** The sort key of a customer in an order: the lower-cased name or domain, then the id. */
export function sortKey(order: CustomerOrder, customer: SandboxCustomer): string {
  const field =
    order === 'companyName' ? customer.companyProfile.companyName : customer.companyProfile.domain;
  return `${field.toLowerCase()}\u0000${customer.id}`;
}

interface Scanned {
  customer: SandboxCustomer;
  key: string;
}

export class CustomerIndex {
  private readonly byId = new Map<string, SandboxCustomer>();
  /** The held customers in each order. */
  private readonly views: Record<CustomerOrder, SandboxCustomer[]>;

  constructor(
    customers: readonly SandboxCustomer[],
    private readonly generated = new GeneratedCustomers(0),
  ) {
    for (const customer of customers) this.byId.set(customer.id.toLowerCase(), customer);
    this.views = { companyName: sorted(customers, 'companyName'), domain: sorted(customers, 'domain') };
  }

  get size(): number {
    return this.byId.size + this.generated.count;
  }

  get(id: string): SandboxCustomer | undefined {
    const held = this.byId.get(id.toLowerCase());
    if (held) return held;
    const n = this.generated.numberOf(id);
    return n === undefined ? undefined : this.generated.at(n);
  }

  add(customer: SandboxCustomer): void {
    if (this.get(customer.id)) return;
    this.byId.set(customer.id.toLowerCase(), customer);
    for (const order of ['companyName', 'domain'] as const) {
      const view = this.views[order];
      view.splice(this.heldLowerBound(order, sortKey(order, customer)), 0, customer);
    }
  }

  /**
   * Customers in `order` strictly after `afterKey` (or from the first whose key starts with
   * `prefix`), lazily, with each one's sort key (the continuation point).
   */
  *scan(order: CustomerOrder, options: { afterKey?: string; prefix?: string }): Generator<Scanned> {
    const prefix = options.prefix?.toLowerCase() ?? '';
    const after = options.afterKey === undefined ? '' : options.afterKey + '\u0000';
    const from = after > prefix ? after : prefix;
    const held = this.heldFrom(order, from);
    const made = this.generatedFrom(order, from);
    let a = held.next();
    let b = made.next();
    while (!a.done || !b.done) {
      let next: Scanned;
      if (b.done || (!a.done && a.value.key < b.value.key)) {
        next = a.value as Scanned;
        a = held.next();
      } else {
        next = b.value;
        b = made.next();
      }
      // Keys with the prefix are one run in key order: the first key without it ends the scan.
      if (!next.key.startsWith(prefix)) return;
      yield next;
    }
  }

  private *heldFrom(order: CustomerOrder, from: string): Generator<Scanned> {
    const view = this.views[order];
    for (let i = this.heldLowerBound(order, from); i < view.length; i++) {
      yield { customer: view[i], key: sortKey(order, view[i]) };
    }
  }

  private *generatedFrom(order: CustomerOrder, from: string): Generator<Scanned> {
    const { count } = this.generated;
    let low = 0;
    let high = count;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (sortKey(order, this.generated.at(mid)) < from) low = mid + 1;
      else high = mid;
    }
    for (let n = low; n < count; n++) {
      const customer = this.generated.at(n);
      yield { customer, key: sortKey(order, customer) };
    }
  }

  /** The first held position in `order` whose key is not below `key`. */
  private heldLowerBound(order: CustomerOrder, key: string): number {
    const view = this.views[order];
    let low = 0;
    let high = view.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (sortKey(order, view[mid]) < key) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

function sorted(customers: readonly SandboxCustomer[], order: CustomerOrder): SandboxCustomer[] {
  const keys = customers.map((customer) => sortKey(order, customer));
  const positions = customers.map((_, i) => i);
  positions.sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0));
  return positions.map((i) => customers[i]);
}
