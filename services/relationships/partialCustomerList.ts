/**
 * The customers read so far while the directory's first load pages through Partner Center (a cold
 * start: 100k customers are 200 sequential E1 pages), so `customers` can answer before the last page
 * comes in, and say that the list is still loading.
 *
 * The search index over them is built when asked, and built again only once the list has grown by half
 * since: all the builds of one load together cost about three full builds, whatever the number of questions.
 */
import { CustomerSearchIndex, type CustomerSummary } from './customerSearchIndex';

export class PartialCustomerList {
  private built?: { index: CustomerSearchIndex; count: number };
  private announceFirstPage!: () => void;
  /** When the load started (real time, for how long a question waits for it). */
  readonly startedAt = Date.now();
  /** Resolves once a first page has arrived. */
  readonly firstPage = new Promise<void>((resolve) => (this.announceFirstPage = resolve));

  /** `customers`: the load's own array, which it appends to; `pageSize`: customers per E1 page. */
  constructor(
    private readonly customers: readonly CustomerSummary[],
    private readonly pageSize: number,
  ) {}

  /** The load appended customers. */
  grew(): void {
    if (this.customers.length >= this.pageSize) this.announceFirstPage();
  }

  /** An index of the customers read so far, and how many it holds. */
  current(): { index: CustomerSearchIndex; count: number } {
    if (!this.built || this.customers.length >= this.built.count * 1.5) {
      this.built = { index: new CustomerSearchIndex(this.customers), count: this.customers.length };
    }
    return this.built;
  }
}
