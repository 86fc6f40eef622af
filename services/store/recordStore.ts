/**
 * The store port: versioned records under string keys, with an explicit compare-and-set.
 *
 * Every write gives a record a new `etag` (an opaque token compared by compare-and-set, so a record
 * deleted and created again never matches a stale etag) and bumps its `version` (a counter people
 * can read in audit trails).
 *
 * Atomicity, honestly: `KeyvRecordStore` (store/keyvRecordStore.ts) reads, compares and writes under
 * a per-key mutex held in this process. That is atomic for one bot process on any backend. It is NOT
 * atomic across processes: two replicas sharing Redis or Postgres could both pass the compare. A
 * multi-replica deployment needs a RecordStore whose compareAndSet uses the backend's own primitive
 * (Redis WATCH/MULTI or a Lua script; Postgres `UPDATE … WHERE etag = $1`). `atomicity` says which
 * kind a store is, so the app can refuse a multi-replica setting on a process-only store.
 */

export interface StoredRecord<T> {
  value: T;
  /** Increments on every write of this key; starts at 1. */
  version: number;
  /** Opaque token, new on every write; what compare-and-set compares. */
  etag: string;
  /** ISO time of the last write. */
  updatedAt: string;
}

export type CasResult<T> =
  { ok: true; record: StoredRecord<T> } | { ok: false; current: StoredRecord<T> | undefined };

export type Atomicity = 'process' | 'backend';

export interface RecordStore {
  readonly atomicity: Atomicity;
  get<T>(key: string): Promise<StoredRecord<T> | undefined>;
  /** Unconditional write. */
  put<T>(key: string, value: T): Promise<StoredRecord<T>>;
  /**
   * Writes only if the stored etag equals `expectedEtag`; `null` means "only if the key is absent".
   * On a mismatch nothing is written and the current record (if any) is returned.
   */
  compareAndSet<T>(key: string, expectedEtag: string | null, value: T): Promise<CasResult<T>>;
  delete(key: string): Promise<void>;
  /** Resolves when the backend answers; rejects with StoreUnavailableError otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** The backend could not be reached or failed; the operation did not happen (or its outcome is unknown). */
export class StoreUnavailableError extends Error {
  constructor(operation: string, cause: unknown) {
    super(
      `The store is unavailable (${operation}): ${cause instanceof Error ? cause.message : String(cause)}`,
    );
    this.name = 'StoreUnavailableError';
    this.cause = cause;
  }
}

/**
 * Runs one backend call for a store: refused when the store is closed, failed after `timeoutMs`, and
 * any failure surfaced as StoreUnavailableError naming the operation.
 */
export async function callBackend<R>(
  operation: string,
  closed: boolean,
  timeoutMs: number,
  fn: () => Promise<R>,
): Promise<R> {
  if (closed) throw new StoreUnavailableError(operation, new Error('the store is closed'));
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([fn(), timeout]);
  } catch (error) {
    throw error instanceof StoreUnavailableError ? error : new StoreUnavailableError(operation, error);
  } finally {
    clearTimeout(timer);
  }
}
