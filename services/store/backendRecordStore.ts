/**
 * RecordStore whose compare-and-set is atomic in the backend (atomicity 'backend'), for stores shared
 * by several replicas. Subclasses (redisRecordStore.ts, postgresRecordStore.ts) supply one primitive,
 * `writeIf`: "replace the stored text only if the stored record still has this etag (or is absent)",
 * done by the backend in one atomic step (a Lua script; a conditional UPDATE / INSERT … ON CONFLICT).
 *
 * Stored data is byte-for-byte what KeyvRecordStore writes through keyv, so either store reads what
 * the other wrote: keyv's serialization (@keyv/serialize, taken from a Keyv instance) of
 * `{ value: envelope }`, where envelope = { key, value, version, etag, updatedAt }.
 *
 * compareAndSet: read; if the etag (or absence) does not match, refuse with the record read; else
 * write version+1 with `writeIf`. The version computed from the read is right whenever `writeIf`
 * succeeds, because etags are unique per write: a matching etag means the same record we read.
 * put: the same in a loop (read, conditional write, retry if someone wrote in between).
 */
import { Keyv } from 'keyv';
import type { Deserialize, Serialize } from 'keyv';
import type { CasResult, RecordStore, StoredRecord } from './recordStore';
import { callBackend, StoreUnavailableError } from './recordStore';
import { nextEnvelope, toRecord, type Envelope } from './recordEnvelope';

/** What is kept under a key: the record plus the original key (stored keys may be hashed). */
/** What the stored envelope must match for `writeIf` to write. */
export type WriteCondition =
  /** The stored envelope has this etag and `key` equal to `storedEnvelopeKey`, and is not expired. */
  | { kind: 'etag'; etag: string; storedEnvelopeKey: string; nowMs: number }
  /** Nothing is stored, or it belongs to another key (a hash collision), or it has expired. */
  | { kind: 'absent'; storedEnvelopeKey: string; nowMs: number };

export interface BackendRecordStoreOptions {
  /** An operation slower than this fails with StoreUnavailableError (default 5000 ms). */
  operationTimeoutMs?: number;
}

/** put retries this often when other writers keep changing the key between its read and its write. */
const MAX_PUT_ATTEMPTS = 100;

/** keyv's own codec (@keyv/serialize), so the text is exactly what keyv would store and read. */
const keyvCodec = new Keyv();
const serialize: Serialize = keyvCodec.serialize ?? ((data) => JSON.stringify(data));
const deserialize: Deserialize = keyvCodec.deserialize ?? ((text) => JSON.parse(text) as never);

export abstract class BackendRecordStore implements RecordStore {
  readonly atomicity = 'backend' as const;
  private readonly timeoutMs: number;
  private closed = false;

  protected constructor(options: BackendRecordStoreOptions = {}) {
    this.timeoutMs = options.operationTimeoutMs ?? 5000;
  }

  /** The backend key for a RecordStore key (namespace prefixes, hashed long keys). */
  protected abstract rawKey(key: string): string;
  /** The stored text, or undefined when the key is absent. */
  protected abstract readRaw(rawKey: string): Promise<string | undefined>;
  /** Atomically writes `text` under `rawKey` if `condition` holds; true when written. */
  protected abstract writeIf(rawKey: string, condition: WriteCondition, text: string): Promise<boolean>;
  protected abstract deleteRaw(rawKey: string): Promise<void>;
  protected abstract pingBackend(): Promise<void>;
  protected abstract closeBackend(): Promise<void>;

  async get<T>(key: string): Promise<StoredRecord<T> | undefined> {
    const envelope = await this.readEnvelope<T>(key);
    return envelope ? toRecord(envelope) : undefined;
  }

  async put<T>(key: string, value: T): Promise<StoredRecord<T>> {
    for (let attempt = 0; attempt < MAX_PUT_ATTEMPTS; attempt++) {
      const current = await this.readEnvelope<T>(key);
      const written = await this.writeEnvelope(key, value, current);
      if (written) return written;
    }
    throw new StoreUnavailableError(
      'write',
      new Error(`the key kept changing under ${MAX_PUT_ATTEMPTS} write attempts`),
    );
  }

  async compareAndSet<T>(key: string, expectedEtag: string | null, value: T): Promise<CasResult<T>> {
    const current = await this.readEnvelope<T>(key);
    const matches = expectedEtag === null ? current === undefined : current?.etag === expectedEtag;
    if (!matches) return { ok: false, current: current ? toRecord(current) : undefined };
    const written = await this.writeEnvelope(key, value, current);
    if (written) return { ok: true, record: written };
    const now = await this.readEnvelope<T>(key);
    return { ok: false, current: now ? toRecord(now) : undefined };
  }

  async delete(key: string): Promise<void> {
    await this.call('delete', () => this.deleteRaw(this.rawKey(key)));
  }

  async ping(): Promise<void> {
    await this.call('ping', () => this.pingBackend());
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.closeBackend();
  }

  /** The envelope's `key` as keyv's serializer writes it (strings starting with ':' get one more). */
  private static storedEnvelopeKey(key: string): string {
    return key.startsWith(':') ? `:${key}` : key;
  }

  private async readEnvelope<T>(key: string): Promise<Envelope<T> | undefined> {
    const text = await this.call('read', () => this.readRaw(this.rawKey(key)));
    if (text === undefined) return undefined;
    const data = await this.call('read', async () => deserialize<Envelope<T>>(text));
    if (typeof data?.expires === 'number' && data.expires < Date.now()) return undefined;
    const envelope = data?.value;
    // A hashed key could in theory collide; the stored original key settles it.
    return envelope && envelope.key === key ? envelope : undefined;
  }

  /** Writes version+1 if the key still holds `current` (or is still absent); undefined when it does not. */
  private async writeEnvelope<T>(
    key: string,
    value: T,
    current: Envelope<T> | undefined,
  ): Promise<StoredRecord<T> | undefined> {
    const envelope = nextEnvelope(key, value, current);
    const text = await serialize<Envelope<T>>({ value: envelope, expires: undefined });
    const storedEnvelopeKey = BackendRecordStore.storedEnvelopeKey(key);
    const nowMs = Date.now();
    const condition: WriteCondition = current
      ? { kind: 'etag', etag: current.etag, storedEnvelopeKey, nowMs }
      : { kind: 'absent', storedEnvelopeKey, nowMs };
    const written = await this.call('write', () => this.writeIf(this.rawKey(key), condition, text));
    return written ? toRecord(envelope) : undefined;
  }

  /** Runs a backend call with a time limit, turning any failure into StoreUnavailableError. */
  protected call<R>(operation: string, fn: () => Promise<R>): Promise<R> {
    return callBackend(operation, this.closed, this.timeoutMs, fn);
  }
}
