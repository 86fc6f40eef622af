/**
 * In-memory search over the partner's customers, for the picker's typeahead and for resolving
 * `customer <name, domain or tenant id>`.
 *
 * A query matches a customer when every query word is the start of one of the customer's words
 * (company name words, the domain's labels): "con ltd" finds "Contoso Ltd", "fabrikam.com" finds the
 * customer on that domain. Results come in company-name order.
 *
 * Cost: customers are held once, ordered by name. Their words sit in one sorted table, so the
 * customers with a word starting with a query word are one binary-searched range of it (a posting
 * list). Typeahead (`suggest`) reads customers in name order while matches are dense; when they are not
 * (words each common but rarely together, "00 gen01"), it intersects the posting lists from the rarest
 * one in a bitmap over the name order and reads that until the page is full. No keystroke scans every
 * customer's text (docs/performance.md measures it at 100k customers).
 *
 * Long because the index, its word table, its build and its query paths are one data structure whose
 * invariants are easier to keep in one file.
 */
import { foldText } from '../text/foldText';

/** Posting lists up to this long are read as candidates directly (see `suggest`). */
const SELECTIVE_RANGE = 4096;
/** Customers read in name order before typeahead turns to intersecting posting lists (see `suggest`). */
const SCAN_BUDGET = 128;
/** Recent queries' matches kept for paging (least recently used dropped), at most this many ranks in all. */
const MEMO_RANKS = 250_000;
/** A bitmap level per query word, so the bitmap intersects at most this many words (the rest are checked). */
const MAX_MARKED_WORDS = 255;
/** Typeahead leaves a posting list this many times longer than the customers left to per-customer checks. */
const SKIP_FACTOR = 4;

/** The pairs of the word table whose word starts with `word`: entries `from` to `to` (excluded). */
interface PostingList {
  word: string;
  from: number;
  to: number;
}

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

/** The thresholds of `suggest`'s paths; tests lower them to reach every path with a few customers. */
export interface SearchIndexTuning {
  selectiveRange?: number;
  scanBudget?: number;
}

/** Starts a word in `wordText`; no word contains it (letters, digits, and a folded domain). */
const SEP = 1;
const SEP_CHAR = String.fromCharCode(SEP);
const WORD_SPLIT = /[^\p{L}\p{N}]+/u;

/** localeCompare with the default locale, as a reusable collator (the same order, much cheaper). */
const collator = new Intl.Collator();

/** The searchable words of a query: folded, split on anything that is not a letter or a digit, once each. */
function queryWordsOf(query: string): string[] {
  return [...new Set(foldText(query).split(WORD_SPLIT).filter(Boolean))];
}

/**
 * A customer's words: those of its (folded) name and the labels of its domain, each once. The domain
 * itself is not a word of its own: a query word (letters and digits) starts it exactly when it starts
 * its first label. Empty words are left out: a query word is never empty, so they match nothing.
 */
function wordsOf(foldedName: string, domain: string): string[] {
  const words = foldedName.split(WORD_SPLIT);
  for (const label of foldText(domain).split('.')) words.push(label);
  let kept = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word && words.indexOf(word) === i) words[kept++] = word;
  }
  words.length = kept;
  return words;
}

/** 0, 1, …, length − 1 (the identity permutation, to be sorted). */
function identity(length: number): Uint32Array {
  const result = new Uint32Array(length);
  for (let i = 0; i < length; i++) result[i] = i;
  return result;
}

/** Many small strings joined into one without holding them all: parts are joined a chunk at a time. */
class TextBuilder {
  length = 0;
  private readonly parts: string[] = new Array<string>(4096).fill('');
  private used = 0;
  private readonly chunks: string[] = [];

  add(text: string): void {
    this.parts[this.used++] = text;
    this.length += text.length;
    if (this.used === this.parts.length) this.flush();
  }

  text(): string {
    this.flush();
    return this.chunks.join('');
  }

  private flush(): void {
    this.chunks.push(
      (this.used === this.parts.length ? this.parts : this.parts.slice(0, this.used)).join(''),
    );
    this.used = 0;
  }
}

/** A Uint32Array that grows as numbers are added. */
class U32Builder {
  length = 0;
  private data: Uint32Array;

  constructor(capacity: number) {
    this.data = new Uint32Array(Math.max(16, capacity));
  }

  add(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Uint32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  array(): Uint32Array {
    return this.data.subarray(0, this.length);
  }
}

/**
 * Memory (issues 8 and 18): at 100k customers the index is one string per field and per word list plus
 * typed arrays, ~20 MB, instead of an object per customer and a string per (word, customer) pair. Summaries
 * are made on demand, for the few customers a page returns. The build holds no string per word either
 * (the word table is sorted by position in the word text), so a reload's garbage stays small.
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
   * Every (word, customer) pair, sorted by word then rank: `wordPos[i]` is where the word starts in
   * `wordText` (it ends at the next \u0001), `owners[i]` the rank of its customer.
   */
  private readonly wordPos: Uint32Array;
  private readonly owners: Uint32Array;
  private readonly removed = new Set<number>();
  /**
   * The matches of recent queries (by their words), so the next page of the same query (the picker's
   * paging, a repeated `customers <text>`) neither intersects the posting lists nor counts again.
   * Emptied when a customer is removed.
   */
  private readonly recent = new Map<string, Uint32Array>();
  private recentRanks = 0;
  /** The bitmap of `intersect`, reused by every query (search is synchronous). */
  private marks?: Uint8Array;
  private readonly selectiveRange: number;
  private readonly scanBudget: number;

  constructor(customers: Iterable<CustomerSummary>, tuning: SearchIndexTuning = {}) {
    this.selectiveRange = tuning.selectiveRange ?? SELECTIVE_RANGE;
    this.scanBudget = tuning.scanBudget ?? SCAN_BUDGET;
    const list = Array.isArray(customers) ? (customers as CustomerSummary[]) : [...customers];
    const count = list.length;
    this.count = count;
    const folded = list.map((customer) => foldText(customer.name));
    const order = identity(count).sort(
      (a, b) => collator.compare(folded[a], folded[b]) || collator.compare(list[a].id, list[b].id),
    );

    // Fields: the summaries' own strings, joined once.
    const fieldParts = new Array<string>(3 * count);
    this.fieldStart = new Uint32Array(3 * count + 1);
    let at = 0;
    const field = (slot: number, value: string) => {
      this.fieldStart[slot] = at;
      fieldParts[slot] = value;
      at += value.length;
    };
    for (let rank = 0; rank < count; rank++) {
      const { id, name, domain } = list[order[rank]];
      field(3 * rank, id);
      field(3 * rank + 1, name);
      field(3 * rank + 2, domain);
    }
    this.fieldStart[3 * count] = at;
    this.fields = fieldParts.join('');

    const words = new TextBuilder();
    this.wordStart = new Uint32Array(count + 1);
    const positions = new U32Builder(8 * count);
    for (let rank = 0; rank < count; rank++) {
      const i = order[rank];
      this.wordStart[rank] = words.length;
      for (const word of wordsOf(folded[i], list[i].domain)) {
        words.add(SEP_CHAR);
        positions.add(words.length);
        words.add(word);
      }
    }
    this.wordStart[count] = words.length;
    this.wordText = words.text();

    // Map semantics of the former id map: the last customer with an id wins.
    const lowerIds = Array.from(order, (i) => list[i].id.toLowerCase());
    this.idOrder = identity(count).sort((a, b) =>
      lowerIds[a] < lowerIds[b] ? -1 : lowerIds[a] > lowerIds[b] ? 1 : a - b,
    );

    this.wordPos = this.sortedByWord(positions.array());
    this.owners = this.wordPos.map((position) => this.ownerOf(position));
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
    if (queryWordsOf(text).length === 0) return [];
    return this.search(text, Number.MAX_SAFE_INTEGER).items.filter(
      (customer) => foldText(customer.name) === folded || foldText(customer.domain) === folded,
    );
  }

  search(query: string, limit: number, offset = 0): SearchPage {
    const queryWords = queryWordsOf(query);
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

  /**
   * The first `limit` matches after `skip`, in name order, without counting them all: what typeahead
   * needs on every keystroke. Three paths, by the query words' posting lists (the pairs of the word
   * table whose word starts with a query word):
   * - the rarest list is short (and names few of the customers): its customers are the candidates,
   *   checked in name order;
   * - otherwise customers are read in name order, which fills a page after a few reads when matches
   *   are dense (a short prefix);
   * - and when that has not filled the page after `scanBudget` reads (common words rarely together),
   *   the lists are intersected from the rarest in a bitmap over the name order (a list much longer than
   *   the customers left is checked per customer instead), which is read from where the scan stopped
   *   until the page is full.
   */
  suggest(query: string, limit: number, skip = 0): CustomerSummary[] {
    const queryWords = queryWordsOf(query);
    const wanted = skip + limit;
    const found: number[] = [];
    const matches = (rank: number) =>
      !this.removed.has(rank) && queryWords.every((word) => this.hasWordStartingWith(rank, word));
    const lists = this.postingLists(queryWords);
    const rarest = lists[0];
    // A short list of few customers (at most a quarter of them: otherwise reading in name order fills
    // the page sooner, "c" among 1,000 customers).
    if (rarest && rarest.to - rarest.from <= Math.min(this.selectiveRange, this.count / 4)) {
      const candidates = [...new Set(this.owners.subarray(rarest.from, rarest.to))].sort((a, b) => a - b);
      for (const rank of candidates) {
        if (found.length >= wanted) break;
        if (matches(rank)) found.push(rank);
      }
      return found.slice(skip).map((rank) => this.summary(rank));
    }
    let rank = 0;
    for (; rank < this.count && found.length < wanted && rank < this.scanBudget; rank++) {
      if (matches(rank)) found.push(rank);
    }
    if (found.length < wanted && rank < this.count) {
      const { marks, level, unmarked } = this.intersect(lists, true);
      for (; found.length < wanted; rank++) {
        rank = marks.indexOf(level, rank);
        if (rank < 0) break;
        if (this.removed.has(rank)) continue;
        if (unmarked.every((word) => this.hasWordStartingWith(rank, word))) found.push(rank);
      }
    }
    return found.slice(skip).map((rank) => this.summary(rank));
  }

  /** Each query word's range in the word table (its posting list), shortest first. */
  private postingLists(queryWords: string[]): PostingList[] {
    return queryWords
      .map((word) => ({ word, from: this.lowerBound(word), to: this.lowerBound(`${word}\uffff`) }))
      .sort((a, b) => a.to - a.from - (b.to - b.from));
  }

  /**
   * The customers having every query word, as a bitmap over ranks: `marks[rank] === level` for those
   * having the `level` marked words, the rarest ones; the `unmarked` rest must be checked per customer.
   * Stops early once no customer is left. With `skipLong`, a list longer than SKIP_FACTOR times the
   * customers left is not marked but left to those checks (typeahead checks only until its page is full).
   */
  private intersect(
    lists: PostingList[],
    skipLong: boolean,
  ): { marks: Uint8Array; level: number; unmarked: string[] } {
    const marks = (this.marks ??= new Uint8Array(this.count));
    marks.fill(0);
    const unmarked: string[] = [];
    let level = 0;
    let left = this.count;
    for (const { word, from, to } of lists) {
      if (level === MAX_MARKED_WORDS || (skipLong && to - from > SKIP_FACTOR * left)) {
        unmarked.push(word);
        continue;
      }
      let kept = 0;
      for (let i = from; i < to; i++) {
        const owner = this.owners[i];
        if (marks[owner] === level) {
          marks[owner] = level + 1;
          kept++;
        }
      }
      level++;
      left = kept;
      if (kept === 0) break;
    }
    return { marks, level, unmarked };
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
    const { marks, level, unmarked } = this.intersect(this.postingLists(queryWords), false);
    const found = new U32Builder(64);
    for (let rank = marks.indexOf(level); rank >= 0; rank = marks.indexOf(level, rank + 1)) {
      if (!this.removed.has(rank) && unmarked.every((word) => this.hasWordStartingWith(rank, word)))
        found.add(rank);
    }
    const ranks = found.array().slice();
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

  /**
   * Word positions ordered by their word, then position (which is rank order: ranks' words follow each
   * other in the word text). No string is made: a word's first two characters and its index are packed
   * in one number, those numbers sorted natively, and only runs with the same first two characters are
   * sorted further, on the word text itself.
   */
  private sortedByWord(positions: Uint32Array): Uint32Array {
    const text = this.wordText;
    const charAt = (at: number) => (at < text.length ? text.charCodeAt(at) : SEP);
    // Comparisons answer -1 or 1 (positions differ): a fraction would be a heap number per call.
    const byWord = (a: number, b: number) => {
      for (let k = 0; ; k++) {
        const ca = charAt(a + k);
        const cb = charAt(b + k);
        if (ca !== cb) return ca === SEP || (cb !== SEP && ca < cb) ? -1 : 1;
        if (ca === SEP) return a < b ? -1 : 1;
      }
    };
    const INDEX = 2 ** 21;
    if (positions.length >= INDEX) return positions.slice().sort(byWord);
    // A unit: 0 once the word has ended, else its character + 1 (at most 65535: 0xFFFF shares it with
    // 0xFFFE, and byWord tells them apart). Two units, then the index: 32 + 21 bits, exact in a double.
    const unit = (position: number, k: number) => {
      for (let j = 0; j <= k; j++) if (charAt(position + j) === SEP) return 0;
      return Math.min(charAt(position + k) + 1, 0xffff);
    };
    const keys = new Float64Array(positions.length);
    for (let p = 0; p < positions.length; p++) {
      keys[p] = (unit(positions[p], 0) * 0x10000 + unit(positions[p], 1)) * INDEX + p;
    }
    keys.sort();
    const sorted = new Uint32Array(positions.length);
    for (let i = 0; i < keys.length; i++) sorted[i] = positions[keys[i] % INDEX];
    for (let from = 0; from < keys.length;) {
      const head = Math.floor(keys[from] / INDEX);
      let to = from + 1;
      while (to < keys.length && Math.floor(keys[to] / INDEX) === head) to++;
      // A run of one word ended within its first unit is in position order already.
      if (to - from > 1 && head % 0x10000 !== 0) sorted.subarray(from, to).sort(byWord);
      from = to;
    }
    return sorted;
  }

  /** The rank whose words hold the word at `position`. */
  private ownerOf(position: number): number {
    let low = 0;
    let high = this.count;
    while (high - low > 1) {
      const mid = (low + high) >>> 1;
      if (this.wordStart[mid] < position) low = mid;
      else high = mid;
    }
    return low;
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
}
