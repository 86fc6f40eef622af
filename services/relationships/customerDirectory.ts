/**
 * The partner's customers as the bot searches them: a CustomerSearchIndex filled by paging through
 * Partner Center (E1) and refreshed in the background when older than `refreshMs`. One refresh at a
 * time; a failed refresh keeps the previous index. A full reload of N customers costs ⌈N / pageSize⌉
 * requests (100k customers at 500 per page: 200 requests), well under Partner Center's throttle.
 *
 * After a start, a search or typeahead that would wait for the first load longer than `partialAfterMs`
 * is answered from the customers read so far (partialCustomerList.ts), and `search` says so (`loading`).
 * Resolving a name or an id always waits for the whole list: "not found" must mean not found.
 */
import { randomUUID } from 'node:crypto';
import type { Member } from '../access/partnerRoles';
import { customerActions, refusalWithout } from '../access/policy';
import type { Logger } from '../logging/logger';
import type { PartnerCenterClient } from '../partner-center';
import { PartnerCenterNoRelationshipError, PartnerCenterNotFoundError } from '../partner-center';
import { CustomerSearchIndex, type CustomerSummary, type SearchPage } from './customerSearchIndex';
import { PartialCustomerList } from './partialCustomerList';
import type { Outcome } from './refusal';

export type Resolution =
  | { kind: 'one'; customer: CustomerSummary }
  | { kind: 'many'; matches: CustomerSummary[]; total: number }
  | { kind: 'none' };

export interface CustomerDirectoryOptions {
  /** Reload the list when it is older than this (default 15 minutes). */
  refreshMs?: number;
  /** E1 page size (default 500). */
  pageSize?: number;
  /** While the first load pages, search and typeahead wait this long, then answer from what is read (default 1 s). */
  partialAfterMs?: number;
  now?: () => number;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Customers that appeared since the previous load (a customer accepted an invitation). */
export type NewCustomersListener = (customers: CustomerSummary[]) => Promise<void> | void;

export class CustomerDirectory {
  private index?: CustomerSearchIndex;
  private readonly newCustomerListeners: NewCustomersListener[] = [];
  private loadedAt = 0;
  private loading?: Promise<CustomerSearchIndex>;
  private readonly refreshMs: number;
  private readonly pageSize: number;
  private readonly partialAfterMs: number;
  private readonly now: () => number;
  /** The first load's customers so far, while it pages. */
  private partial?: PartialCustomerList;

  constructor(
    private readonly client: PartnerCenterClient,
    private readonly logger: Logger,
    options: CustomerDirectoryOptions = {},
  ) {
    this.refreshMs = options.refreshMs ?? 15 * 60_000;
    this.pageSize = options.pageSize ?? 500;
    this.partialAfterMs = options.partialAfterMs ?? 1000;
    this.now = options.now ?? Date.now;
  }

  /** The current index; loads it on first use, and refreshes a stale one in the background. */
  async current(): Promise<CustomerSearchIndex> {
    if (!this.index) return this.reload();
    if (this.now() - this.loadedAt > this.refreshMs && !this.loading) {
      this.reload().catch(() => undefined);
    }
    return this.index;
  }

  /** Reloads the whole list now (single flight). */
  reload(): Promise<CustomerSearchIndex> {
    this.loading ??= this.load().finally(() => {
      this.loading = undefined;
    });
    return this.loading;
  }

  /** A page of matches, with what this member may do next with them (invite, remove). */
  async search(
    member: Member | undefined,
    query: string,
    limit: number,
    offset = 0,
  ): Promise<
    Outcome<{
      page: SearchPage;
      actions: { invite: boolean; remove: boolean };
      /** Set while the first load still pages: the page is from this many customers read so far. */
      loading?: { customersSoFar: number };
    }>
  > {
    const notAllowed = refusalWithout(member, 'viewCustomers');
    if (notAllowed) return notAllowed;
    const { index, partialCount } = await this.browsable();
    return {
      ok: true,
      page: index.search(query, limit, offset),
      actions: customerActions(member),
      ...(partialCount !== undefined ? { loading: { customersSoFar: partialCount } } : {}),
    };
  }

  /** Typeahead: the first matches in name order, without a total (see CustomerSearchIndex.suggest). */
  async suggest(
    member: Member | undefined,
    query: string,
    limit: number,
    skip = 0,
  ): Promise<Outcome<{ customers: CustomerSummary[] }>> {
    const notAllowed = refusalWithout(member, 'viewCustomers');
    if (notAllowed) return notAllowed;
    return { ok: true, customers: (await this.browsable()).index.suggest(query, limit, skip) };
  }

  /**
   * The index to browse: the current one, or on a first load slower than `partialAfterMs` (once a first
   * page is in), an index of the customers read so far with their number.
   */
  private async browsable(): Promise<{ index: CustomerSearchIndex; partialCount?: number }> {
    if (this.index) return { index: await this.current() };
    const full = this.reload();
    const partial = this.partial;
    // Patience is counted from the load's start: once it ran out, every question is answered at once.
    const wait = Math.max(0, this.partialAfterMs - (partial ? Date.now() - partial.startedAt : 0));
    let timer: NodeJS.Timeout | undefined;
    const patience = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), wait);
    });
    try {
      const loaded = await Promise.race([full, patience]);
      if (loaded) return { index: loaded };
    } finally {
      clearTimeout(timer);
    }
    if (partial) await Promise.race([full, partial.firstPage]);
    if (this.index || !partial) return { index: await full };
    const { index, count } = partial.current();
    return { index, partialCount: count };
  }

  /**
   * What a user means by `customer <text>`: a tenant id, an exact name or domain, or a search. Blank
   * text names nobody (and reads nothing).
   */
  async resolve(
    member: Member | undefined,
    text: string,
    limit = 10,
  ): Promise<Outcome<{ resolution: Resolution }>> {
    const notAllowed = refusalWithout(member, 'viewCustomers');
    if (notAllowed) return notAllowed;
    if (!text.trim()) return { ok: true, resolution: { kind: 'none' } };
    return { ok: true, resolution: await this.resolveText(text, limit) };
  }

  private async resolveText(text: string, limit: number): Promise<Resolution> {
    const index = await this.current();
    const exact = index.exact(text);
    if (exact.length === 1) return { kind: 'one', customer: exact[0] };
    if (exact.length > 1) return { kind: 'many', matches: exact.slice(0, limit), total: exact.length };
    if (GUID.test(text.trim())) {
      const fetched = await this.fetchById(text.trim());
      if (fetched) return { kind: 'one', customer: fetched };
    }
    const found = index.search(text, limit);
    if (found.total === 1) return { kind: 'one', customer: found.items[0] };
    if (found.total > 1) return { kind: 'many', matches: found.items, total: found.total };
    return { kind: 'none' };
  }

  /** A customer by tenant id, from the index or (if it is newer than the index) from Partner Center. */
  async byId(customerId: string): Promise<CustomerSummary | undefined> {
    return (await this.current()).get(customerId) ?? this.fetchById(customerId);
  }

  /** Called after a reload with the customers the previous load did not have (never on the first load). */
  onNewCustomers(listener: NewCustomersListener): void {
    this.newCustomerListeners.push(listener);
  }

  /** Drops a customer whose relationship ended, without waiting for the next refresh. */
  forget(customerId: string): void {
    this.index?.remove(customerId);
  }

  private async fetchById(customerId: string): Promise<CustomerSummary | undefined> {
    try {
      const customer = await this.client.getCustomer({ correlationId: randomUUID() }, customerId);
      if (customer.relationshipToPartner !== 'reseller') return undefined;
      return summarize(customer.id, customer.companyProfile.companyName, customer.companyProfile.domain);
    } catch (error) {
      if (error instanceof PartnerCenterNoRelationshipError || error instanceof PartnerCenterNotFoundError)
        return undefined;
      throw error;
    }
  }

  private async load(): Promise<CustomerSearchIndex> {
    const started = this.now();
    const summaries: CustomerSummary[] = [];
    const partial = this.index ? undefined : new PartialCustomerList(summaries, this.pageSize);
    this.partial = partial;
    try {
      // Page by page (one page's customers in memory at a time, read without a promise per customer).
      for await (const page of this.client.listCustomerPages(
        { correlationId: randomUUID() },
        { pageSize: this.pageSize },
      )) {
        for (const customer of page.items) {
          summaries.push(
            summarize(customer.id, customer.companyProfile.companyName, customer.companyProfile.domain),
          );
        }
        partial?.grew();
      }
    } finally {
      if (this.partial === partial) this.partial = undefined;
    }
    const previous = this.index;
    this.index = new CustomerSearchIndex(summaries);
    this.loadedAt = this.now();
    this.logger.info({ customers: summaries.length, ms: this.loadedAt - started }, 'customer list loaded');
    if (previous) {
      const added = summaries.filter((customer) => !previous.knows(customer.id));
      for (const listener of added.length ? this.newCustomerListeners : []) {
        try {
          await listener(added);
        } catch (error) {
          this.logger.warn({ err: { message: (error as Error).message } }, 'new-customer listener failed');
        }
      }
    }
    return this.index;
  }
}

function summarize(
  id: string,
  name: string | null | undefined,
  domain: string | null | undefined,
): CustomerSummary {
  return { id, name: name || domain || id, domain: domain ?? '' };
}
