/**
 * RecordStore over any keyv adapter. Compare-and-set is a read, compare and write under a per-key
 * mutex of this process: atomic for a single process, not across replicas (see recordStore.ts).
 */
import type { Keyv } from 'keyv';
import { KeyedMutex } from './keyedMutex';
import type { CasResult, RecordStore, StoredRecord } from './recordStore';
import { callBackend, StoreUnavailableError } from './recordStore';
import { nextEnvelope, toRecord, type Envelope } from './recordEnvelope';
import { RecordReadCache } from './recordReadCache';
import { storedKey } from './storedKey';

/** What is kept under a key: the record plus the original key (stored keys may be hashed). */
export interface KeyvRecordStoreOptions {
  /** An operation slower than this fails with StoreUnavailableError (default 5000 ms). */
  operationTimeoutMs?: number;
  /** Called once when the store is closed, after keyv disconnects (e.g. to stop a client). */
  onClose?: () => Promise<void>;
  /**
   * Keep up to this many records in memory (see RecordReadCache). Only when this process is the
   * backend's only user (SQLite): another process's writes would not be seen.
   */
  readCacheEntries?: number;
}

export class KeyvRecordStore implements RecordStore {
  readonly atomicity = 'process' as const;
  private readonly mutex = new KeyedMutex();
  private readonly cache?: RecordReadCache;
  private readonly timeoutMs: number;
  private closed = false;

  constructor(
    private readonly keyv: Keyv,
    private readonly options: KeyvRecordStoreOptions = {},
  ) {
    this.timeoutMs = options.operationTimeoutMs ?? 5000;
    if (options.readCacheEntries) this.cache = new RecordReadCache(options.readCacheEntries);
  }

  async get<T>(key: string): Promise<StoredRecord<T> | undefined> {
    const envelope = await this.readEnvelope<T>(key);
    return envelope ? toRecord(envelope) : undefined;
  }

  put<T>(key: string, value: T): Promise<StoredRecord<T>> {
    return this.mutex.run(key, async () => {
      const current = await this.readEnvelope<T>(key);
      return this.writeEnvelope(key, value, current);
    });
  }

  compareAndSet<T>(key: string, expectedEtag: string | null, value: T): Promise<CasResult<T>> {
    return this.mutex.run(key, async () => {
      const current = await this.readEnvelope<T>(key);
      const matches = expectedEtag === null ? current === undefined : current?.etag === expectedEtag;
      if (!matches) return { ok: false, current: current ? toRecord(current) : undefined };
      return { ok: true, record: await this.writeEnvelope(key, value, current) };
    });
  }

  delete(key: string): Promise<void> {
    return this.mutex.run(key, async () => {
      await this.writing(
        key,
        () => this.call('delete', () => this.keyv.delete(storedKey(key))),
        () => undefined,
      );
    });
  }

  async ping(): Promise<void> {
    await this.call('ping', () => this.keyv.get('__ping__'));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.keyv.disconnect();
    await this.options.onClose?.();
  }

  private async readEnvelope<T>(key: string): Promise<Envelope<T> | undefined> {
    const cached = this.cache?.lookup<T>(key);
    if (cached?.hit) return cached.envelope;
    const token = this.cache?.readStarted();
    const stored = await this.call('read', () => this.keyv.get<Envelope<T>>(storedKey(key)));
    // A hashed key could in theory collide; the stored original key settles it.
    const envelope = stored && stored.key === key ? stored : undefined;
    if (token !== undefined) this.cache?.filled(key, token, envelope);
    return envelope;
  }

  /** Runs a write of `key` keeping the read cache in step: `after` is what the key then holds. */
  private async writing<R>(
    key: string,
    write: () => Promise<R>,
    after: (result: R) => Envelope<unknown> | undefined,
  ): Promise<R> {
    this.cache?.writeStarted(key);
    let result: R;
    try {
      result = await write();
    } catch (error) {
      this.cache?.writeFailed(2 * this.timeoutMs);
      throw error;
    }
    this.cache?.written(key, after(result));
    return result;
  }

  private async writeEnvelope<T>(
    key: string,
    value: T,
    current: Envelope<T> | undefined,
  ): Promise<StoredRecord<T>> {
    const envelope = nextEnvelope(key, value, current);
    await this.writing(
      key,
      async () => {
        const written = await this.call('write', () => this.keyv.set(storedKey(key), envelope));
        if (written === false)
          throw new StoreUnavailableError('write', new Error('the backend refused the write'));
      },
      () => envelope,
    );
    return toRecord(envelope);
  }

  /** Runs a backend call with a time limit, turning any failure into StoreUnavailableError. */
  private call<R>(operation: string, fn: () => Promise<R>): Promise<R> {
    return callBackend(operation, this.closed, this.timeoutMs, fn);
  }
}
