/**
 * RecordStore over any keyv adapter. Compare-and-set is a read, compare and write under a per-key
 * mutex of this process: atomic for a single process, not across replicas (see recordStore.ts).
 */
import type { Keyv } from 'keyv';
import { KeyedMutex } from './keyedMutex';
import type { CasResult, RecordStore, StoredRecord } from './recordStore';
import { callBackend, StoreUnavailableError } from './recordStore';
import { newEtag, toRecord, type Envelope } from './recordEnvelope';
import { storedKey } from './storedKey';

/** What is kept under a key: the record plus the original key (stored keys may be hashed). */
export interface KeyvRecordStoreOptions {
  /** An operation slower than this fails with StoreUnavailableError (default 5000 ms). */
  operationTimeoutMs?: number;
  /** Called once when the store is closed, after keyv disconnects (e.g. to stop a client). */
  onClose?: () => Promise<void>;
}

export class KeyvRecordStore implements RecordStore {
  readonly atomicity = 'process' as const;
  private readonly mutex = new KeyedMutex();
  private readonly timeoutMs: number;
  private closed = false;

  constructor(
    private readonly keyv: Keyv,
    private readonly options: KeyvRecordStoreOptions = {},
  ) {
    this.timeoutMs = options.operationTimeoutMs ?? 5000;
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
      await this.call('delete', () => this.keyv.delete(storedKey(key)));
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
    const envelope = await this.call('read', () => this.keyv.get<Envelope<T>>(storedKey(key)));
    // A hashed key could in theory collide; the stored original key settles it.
    return envelope && envelope.key === key ? envelope : undefined;
  }

  private async writeEnvelope<T>(
    key: string,
    value: T,
    current: Envelope<T> | undefined,
  ): Promise<StoredRecord<T>> {
    const envelope: Envelope<T> = {
      key,
      value,
      version: (current?.version ?? 0) + 1,
      etag: newEtag(),
      updatedAt: new Date().toISOString(),
    };
    const written = await this.call('write', () => this.keyv.set(storedKey(key), envelope));
    if (written === false)
      throw new StoreUnavailableError('write', new Error('the backend refused the write'));
    return toRecord(envelope);
  }

  /** Runs a backend call with a time limit, turning any failure into StoreUnavailableError. */
  private call<R>(operation: string, fn: () => Promise<R>): Promise<R> {
    return callBackend(operation, this.closed, this.timeoutMs, fn);
  }
}
