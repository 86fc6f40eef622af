/**
 * The customer search index as it was before its storage was compacted (one object per customer, one
 * string per word): kept as the reference the compact index must agree with, result for result
 * (customerSearchIndex.test.ts).
 */
import { foldText, searchWords } from '../../services/text/foldText';
import { lowerBound } from '../../services/text/lowerBound';

/** Word-index entries below which a query word's owners are read as candidates (see `suggest`). */
const SELECTIVE_RANGE = 4096;

interface CustomerSummary {
  id: string;
  name: string;
  domain: string;
}

interface SearchPage {
  items: CustomerSummary[];
  /** All matches, not just this page. */
  total: number;
}

function wordsOf(customer: CustomerSummary): string[] {
  const domain = foldText(customer.domain);
  return [...new Set([...searchWords(customer.name), domain, ...domain.split('.').filter(Boolean)])];
}

export class ReferenceSearchIndex {
  /** Customers in company-name order; a customer's position is its rank. */
  private readonly customers: CustomerSummary[];
  private readonly rankById = new Map<string, number>();
  /** Every (word, customer) pair, sorted by word; `owners[i]` is the rank of the customer of `words[i]`. */
  private readonly words: string[];
  private readonly owners: Uint32Array;
  private readonly removed = new Set<number>();
  /** Each customer's words joined as `\u0001word\u0001word…`, by rank: a prefix test is one `includes`. */
  private readonly wordText: string[];

  constructor(customers: Iterable<CustomerSummary>) {
    this.customers = [...customers].sort(
      (a, b) => foldText(a.name).localeCompare(foldText(b.name)) || a.id.localeCompare(b.id),
    );
    const pairs: [string, number][] = [];
    this.wordText = new Array<string>(this.customers.length);
    this.customers.forEach((customer, rank) => {
      this.rankById.set(customer.id.toLowerCase(), rank);
      const words = wordsOf(customer);
      this.wordText[rank] = words.map((word) => `\u0001${word}`).join('');
      for (const word of words) pairs.push([word, rank]);
    });
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    this.words = pairs.map(([word]) => word);
    this.owners = Uint32Array.from(pairs, ([, rank]) => rank);
  }

  get size(): number {
    return this.customers.length - this.removed.size;
  }

  get(id: string): CustomerSummary | undefined {
    const rank = this.rankById.get(id.trim().toLowerCase());
    return rank === undefined || this.removed.has(rank) ? undefined : this.customers[rank];
  }

  /** Whether the customer was in the list this index was built from (removed or not). */
  knows(id: string): boolean {
    return this.rankById.has(id.trim().toLowerCase());
  }

  /** Drops a customer from results (after its relationship was removed). */
  remove(id: string): void {
    const rank = this.rankById.get(id.toLowerCase());
    if (rank !== undefined) this.removed.add(rank);
  }

  /** Customers whose name, domain or tenant id equals the text (folded), e.g. a picked choice. */
  exact(text: string): CustomerSummary[] {
    const folded = foldText(text);
    const byId = this.get(folded);
    if (byId) return [byId];
    const first = searchWords(text)[0];
    if (!first) return [];
    return this.search(text, Number.MAX_SAFE_INTEGER).items.filter(
      (customer) => foldText(customer.name) === folded || foldText(customer.domain) === folded,
    );
  }

  search(query: string, limit: number, offset = 0): SearchPage {
    const queryWords = [...new Set(searchWords(query))];
    const marks = this.match(queryWords);
    const items: CustomerSummary[] = [];
    let total = 0;
    for (let rank = 0; rank < this.customers.length; rank++) {
      if (marks && !marks[rank]) continue;
      if (this.removed.has(rank)) continue;
      if (total >= offset && items.length < limit) items.push(this.customers[rank]);
      total++;
    }
    return { items, total };
  }

  /**
   * The first `limit` matches after `skip`, in name order, without counting them all: what typeahead
   * needs on every keystroke. When the rarest query word is selective, its few owners are the
   * candidates; when every word is common (a short prefix), customers are read in name order until the
   * page is full, which takes few reads precisely because matches are dense.
   */
  suggest(query: string, limit: number, skip = 0): CustomerSummary[] {
    const queryWords = [...new Set(searchWords(query))];
    const wanted = skip + limit;
    const matches = (rank: number) =>
      !this.removed.has(rank) && queryWords.every((word) => this.wordText[rank].includes(`\u0001${word}`));
    let smallest: [number, number] | undefined;
    for (const word of queryWords) {
      const range: [number, number] = [lowerBound(this.words, word), lowerBound(this.words, `${word}\uffff`)];
      if (!smallest || range[1] - range[0] < smallest[1] - smallest[0]) smallest = range;
    }
    const found: number[] = [];
    if (smallest && smallest[1] - smallest[0] <= SELECTIVE_RANGE) {
      const candidates = [...new Set(this.owners.subarray(smallest[0], smallest[1]))].sort((a, b) => a - b);
      for (const rank of candidates) {
        if (matches(rank)) found.push(rank);
        if (found.length >= wanted) break;
      }
    } else {
      for (let rank = 0; rank < this.customers.length && found.length < wanted; rank++) {
        if (matches(rank)) found.push(rank);
      }
    }
    return found.slice(skip).map((rank) => this.customers[rank]);
  }

  /** A bitmap over ranks of the customers matching every word; undefined when there is no word (all match). */
  private match(queryWords: string[]): Uint8Array | undefined {
    if (queryWords.length === 0) return undefined;
    let marks: Uint8Array | undefined;
    for (const word of queryWords) {
      const next = new Uint8Array(this.customers.length);
      const start = lowerBound(this.words, word);
      for (let i = start; i < this.words.length && this.words[i].startsWith(word); i++) {
        const rank = this.owners[i];
        if (!marks || marks[rank]) next[rank] = 1;
      }
      marks = next;
    }
    return marks;
  }
}
