/**
 * A bounded in-process cache of the records a single-process store has read or written, so reading a
 * record again costs no round trip to the backend (for SQLite: three hops through libuv's thread pool
 * per query, the main cost of a turn's one read under load).
 *
 * Only for stores one process owns (atomicity 'process', e.g. SQLite): every write goes through this
 * process, so the cache cannot go stale. Records are kept as JSON text and parsed on every hit, so a
 * caller that changes a record it read never changes the cache. A read that overlapped any write (one
 * in flight when it started, or started meanwhile) does not fill the cache, so a slow read never puts
 * back an older value. Least recently used entries are dropped beyond `maxEntries`.
 */
import type { Envelope } from './recordEnvelope';

/** What a cache lookup found: a record, a key known to be absent, or nothing known. */
export type CachedEnvelope<T> = { hit: true; envelope: Envelope<T> | undefined } | { hit: false };

export class RecordReadCache {
  /** key → JSON of the envelope, or null when the key is known to be absent. */
  private readonly entries = new Map<string, string | null>();
  /** Writes started so far, and writes not finished yet (any key). */
  private writesStarted = 0;
  private writesInFlight = 0;
  /** After a failed write (which may still land, e.g. after a time-out) reads fill nothing until then. */
  private noFillUntil = 0;

  constructor(private readonly maxEntries: number) {}

  lookup<T>(key: string): CachedEnvelope<T> {
    const text = this.entries.get(key);
    if (text === undefined) return { hit: false };
    // Most recently used last.
    this.entries.delete(key);
    this.entries.set(key, text);
    return { hit: true, envelope: text === null ? undefined : (JSON.parse(text) as Envelope<T>) };
  }

  /** Call before reading the backend; pass the result to `filled` with what was read. */
  readStarted(): number {
    return this.writesInFlight > 0 || Date.now() < this.noFillUntil ? -1 : this.writesStarted;
  }

  filled<T>(key: string, token: number, envelope: Envelope<T> | undefined): void {
    if (token !== -1 && token === this.writesStarted) this.remember(key, envelope);
  }

  /** Call before writing or deleting a key; then `written` or `writeFailed`, exactly once. */
  writeStarted(key: string): void {
    this.writesStarted++;
    this.writesInFlight++;
    this.entries.delete(key);
  }

  /** The write succeeded: what the backend now holds (undefined after a delete). */
  written<T>(key: string, envelope: Envelope<T> | undefined): void {
    this.writesInFlight--;
    this.remember(key, envelope);
  }

  /**
   * The write failed or timed out: it may still land, so the cache is emptied and reads fill nothing
   * for `settleMs` (longer than the store's operation time-out).
   */
  writeFailed(settleMs: number): void {
    this.writesInFlight--;
    this.writesStarted++;
    this.entries.clear();
    this.noFillUntil = Date.now() + settleMs;
  }

  private remember<T>(key: string, envelope: Envelope<T> | undefined): void {
    this.entries.delete(key);
    this.entries.set(key, envelope === undefined ? null : JSON.stringify(envelope));
    if (this.entries.size > this.maxEntries) {
      this.entries.delete(this.entries.keys().next().value as string);
    }
  }
}
