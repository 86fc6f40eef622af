/**
 * In-memory search over the partner's customers, for the picker's typeahead and for resolving
 * `customer <name, domain or tenant id>`.
 *
 * A query matches a customer when every query word is the start of one of the customer's words
 * (company name words, the domain and its labels): "con ltd" finds "Contoso Ltd", "fabrikam.com"
 * finds the customer on that domain. Results come in company-name order.
 *
 * Cost: customers are held once, ordered by name. Their words sit in one sorted array, so the
 * customers whose words start with a query word are one binary-searched range, marked in a bitmap
 * over the name order; the bitmap is then read from the start until the page is full. No keystroke
 * scans every customer's text (docs/performance.md measures it at 100k customers).
 *
 * Long because the index, its word table and its query cache are one data structure whose invariants are easier to keep in one file.
 */
import { foldText, searchWords } from '../text/foldText';

/** Word-index entries below which a query word's owners are read as candidates (see `suggest`). */
const SELECTIVE_RANGE = 4096;
/** Recent queries' matches kept for paging (least recently used dropped), at most this many ranks in all. */
const MEMO_RANKS = 100_000;

export interface CustomerSummary {
  id: string;
  name: string;
  domain: string;
}

export interface SearchPage {
  items: CustomerSummary[];
  /** All matches, not just this page. */
  total: number;
}

function wordsOf(customer: CustomerSummary): string[] {
  const domain = foldText(customer.domain);
  return [...new Set([...searchWords(customer.name), domain, ...domain.split('.').filter(Boolean)])];
}

/** Starts a word in `wordText`; no word contains it (letters, digits, and a folded domain). */
const SEP = 1;
const SEP_CHAR = String.fromCharCode(SEP);

/** localeCompare with the default locale, as a reusable collator (the same order, much cheaper). */
const collator = new Intl.Collator();

/**
 * Memory (issue 8): at 100k customers the index is one string per field and per word list plus typed
 * arrays, ~20 MB, instead of an object per customer, a string per (word, customer) pair and a Map of
 * ids (~88 MB before). Summaries are made on demand, for the few customers a page returns.
 */
export class CustomerSearchIndex {
  /** Every customer's id, name and domain, in name order, one after the other. */
  private readonly fields: string;
  /** `fields` offsets: customer `rank`'s id is fieldStart[3·rank]…fieldStart[3·rank+1], then name, domain. */
  private readonly fieldStart: Uint32Array;
  private readonly count: number;
  /** Ranks ordered by lower-cased id (then rank), for `get`. */
  private readonly idOrder: Uint32Array;
  /** Each customer's words as `\u0001word\u0001word…`, by rank, one after the other. */
  private readonly wordText: string;
  /** `wordText` offsets: customer `rank`'s words are wordStart[rank]…wordStart[rank+1]. */
  private readonly wordStart: Uint32Array;
  /**
   * Every (word, customer) pair, sorted by word: `wordPos[i]` is where the word starts in `wordText`
   * (it ends at the next \u0001), `owners[i]` the rank of its customer.
   */
  private readonly wordPos: Uint32Array;
  private readonly owners: Uint32Array;
  private readonly removed = new Set<number>();
  /**
   * The matches of recent queries (by their words), so the next page of the same query (the picker's
   * paging, a repeated `customers <text>`) neither rebuilds the bitmap nor scans every customer again.
   * Emptied when a customer is removed.
   */
  private readonly recent = new Map<string, Uint32Array>();
  private recentRanks = 0;

  constructor(customers: Iterable<CustomerSummary>) {
    const list = [...customers];
    const folded = list.map((customer) => foldText(customer.name));
    const order = list.map((_, i) => i);
    order.sort((a, b) => collator.compare(folded[a], folded[b]) || collator.compare(list[a].id, list[b].id));
    const sorted = order.map((i) => list[i]);
    this.count = sorted.length;

    const fieldParts: string[] = [];
    this.fieldStart = new Uint32Array(3 * this.count + 1);
    let at = 0;
    sorted.forEach((customer, rank) => {
      for (const [k, value] of [customer.id, customer.name, customer.domain].entries()) {
        this.fieldStart[3 * rank + k] = at;
        fieldParts.push(value);
        at += value.length;
      }
    });
    this.fieldStart[3 * this.count] = at;
    this.fields = fieldParts.join('');

    // Map semantics of the former id map: the last customer with an id wins.
    const lowerIds = sorted.map((customer) => customer.id.toLowerCase());
    this.idOrder = Uint32Array.from(sorted.keys()).sort((a, b) =>
      lowerIds[a] < lowerIds[b] ? -1 : lowerIds[a] > lowerIds[b] ? 1 : a - b,
    );

    const textParts: string[] = [];
    const positions: number[] = [];
    const pairOwners: number[] = [];
    const words: string[] = [];
    this.wordStart = new Uint32Array(this.count + 1);
    at = 0;
    sorted.forEach((customer, rank) => {
      this.wordStart[rank] = at;
      for (const word of wordsOf(customer)) {
        textParts.push(SEP_CHAR, word);
        positions.push(at + 1);
        pairOwners.push(rank);
        words.push(word);
        at += word.length + 1;
      }
    });
    this.wordStart[this.count] = at;
    this.wordText = textParts.join('');
    const pairs = Uint32Array.from(words.keys()).sort((a, b) =>
      words[a] < words[b] ? -1 : words[a] > words[b] ? 1 : pairOwners[a] - pairOwners[b],
    );
    this.wordPos = pairs.map((i) => positions[i]);
    this.owners = pairs.map((i) => pairOwners[i]);
  }

  get size(): number {
    return this.count - this.removed.size;
  }

  get(id: string): CustomerSummary | undefined {
    const rank = this.rankOf(id.trim().toLowerCase());
    return rank === undefined || this.removed.has(rank) ? undefined : this.summary(rank);
  }

  /** Whether the customer was in the list this index was built from (removed or not). */
  knows(id: string): boolean {
    return this.rankOf(id.trim().toLowerCase()) !== undefined;
  }

  /** Drops a customer from results (after its relationship was removed). */
  remove(id: string): void {
    const rank = this.rankOf(id.toLowerCase());
    if (rank === undefined) return;
    this.removed.add(rank);
    this.recent.clear();
    this.recentRanks = 0;
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
    if (queryWords.length === 0) {
      // Every customer matches: no need to count them.
      const items: CustomerSummary[] = [];
      let seen = 0;
      for (let rank = 0; rank < this.count && items.length < limit; rank++) {
        if (this.removed.has(rank)) continue;
        if (seen++ >= offset) items.push(this.summary(rank));
      }
      return { items, total: this.size };
    }
    const ranks = this.matching(queryWords);
    const items: CustomerSummary[] = [];
    for (const rank of ranks.subarray(offset, offset + limit)) items.push(this.summary(rank));
    return { items, total: ranks.length };
  }

  /** The ranks (name order) of the customers having every word, removed ones left out; memoized. */
  private matching(queryWords: string[]): Uint32Array {
    const key = [...queryWords].sort().join(SEP_CHAR);
    const known = this.recent.get(key);
    if (known) {
      this.recent.delete(key);
      this.recent.set(key, known);
      return known;
    }
    const marks = this.match(queryWords) as Uint8Array;
    // Removed customers are rare: unmark them once rather than ask the set for every match.
    for (const rank of this.removed) marks[rank] = 0;
    let total = 0;
    for (let rank = 0; rank < this.count; rank++) total += marks[rank];
    const ranks = new Uint32Array(total);
    for (let rank = 0, at = 0; at < total; rank++) if (marks[rank]) ranks[at++] = rank;
    if (ranks.length <= MEMO_RANKS) {
      this.recent.set(key, ranks);
      this.recentRanks += ranks.length;
      for (const [oldest, dropped] of this.recent) {
        if (this.recentRanks <= MEMO_RANKS) break;
        this.recent.delete(oldest);
        this.recentRanks -= dropped.length;
      }
    }
    return ranks;
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
      !this.removed.has(rank) && queryWords.every((word) => this.hasWordStartingWith(rank, word));
    let smallest: [number, number] | undefined;
    for (const word of queryWords) {
      const range: [number, number] = [this.lowerBound(word), this.lowerBound(`${word}\uffff`)];
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
      for (let rank = 0; rank < this.count && found.length < wanted; rank++) {
        if (matches(rank)) found.push(rank);
      }
    }
    return found.slice(skip).map((rank) => this.summary(rank));
  }

  private summary(rank: number): CustomerSummary {
    const at = 3 * rank;
    const starts = this.fieldStart;
    return {
      id: this.fields.slice(starts[at], starts[at + 1]),
      name: this.fields.slice(starts[at + 1], starts[at + 2]),
      domain: this.fields.slice(starts[at + 2], starts[at + 3]),
    };
  }

  /** The rank of the (last) customer whose lower-cased id is `lowerId`. */
  private rankOf(lowerId: string): number | undefined {
    const idOf = (rank: number) =>
      this.fields.slice(this.fieldStart[3 * rank], this.fieldStart[3 * rank + 1]).toLowerCase();
    let low = 0;
    let high = this.count;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (idOf(this.idOrder[mid]) <= lowerId) low = mid + 1;
      else high = mid;
    }
    return low > 0 && idOf(this.idOrder[low - 1]) === lowerId ? this.idOrder[low - 1] : undefined;
  }

  /** Whether one of the customer's words starts with `word` (a \u0001 then `word` in its word text). */
  private hasWordStartingWith(rank: number, word: string): boolean {
    const end = this.wordStart[rank + 1];
    for (let at = this.wordStart[rank]; at < end; at = this.wordText.indexOf(SEP_CHAR, at + 1)) {
      if (at < 0) return false;
      if (at + 1 + word.length <= end && this.wordText.startsWith(word, at + 1)) return true;
    }
    return false;
  }

  /** String order (`<`) between the word at `pos` in `wordText` and `key`. */
  private compareWord(pos: number, key: string): number {
    const text = this.wordText;
    for (let i = 0; ; i++) {
      const c = pos + i < text.length ? text.charCodeAt(pos + i) : SEP;
      if (i === key.length) return c === SEP ? 0 : 1;
      if (c === SEP) return -1;
      const k = key.charCodeAt(i);
      if (c !== k) return c - k;
    }
  }

  /** The first word-index entry whose word is not below `key`. */
  private lowerBound(key: string): number {
    let low = 0;
    let high = this.wordPos.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.compareWord(this.wordPos[mid], key) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** A bitmap over ranks of the customers matching every word; undefined when there is no word (all match). */
  private match(queryWords: string[]): Uint8Array | undefined {
    if (queryWords.length === 0) return undefined;
    let marks: Uint8Array | undefined;
    for (const word of queryWords) {
      const next = new Uint8Array(this.count);
      // The words starting with `word` are one range of the sorted word index: both ends binary-searched
      // (a word going on with U+FFFF sorts after the end, hence the check past it).
      let i = this.lowerBound(word);
      const end = this.lowerBound(`${word}\uffff`);
      for (; i < end; i++) {
        const rank = this.owners[i];
        if (!marks || marks[rank]) next[rank] = 1;
      }
      for (; i < this.wordPos.length && this.wordText.startsWith(word, this.wordPos[i]); i++) {
        const rank = this.owners[i];
        if (!marks || marks[rank]) next[rank] = 1;
      }
      marks = next;
    }
    return marks;
  }
}
