/**
 * A typed collection of domain records in the RecordStore, under `<collection>/<id>` keys.
 *
 * Records read back are validated against the collection's schema, so a corrupted or outdated record
 * is reported instead of flowing into a workflow. Writes are either explicit compare-and-set
 * (`replace`, `create`) or a read-modify-write loop built on it (`update`). See recordStore.ts for
 * where compare-and-set is atomic.
 */
import type { ZodType, ZodTypeDef } from 'zod';
import type { CasResult, RecordStore, StoredRecord } from './recordStore';

export class RecordConflictError extends Error {
  constructor(
    readonly collection: string,
    readonly id: string,
    readonly current: StoredRecord<unknown> | undefined,
  ) {
    super(`${collection}/${id} was changed by someone else.`);
    this.name = 'RecordConflictError';
  }
}

export class InvalidRecordError extends Error {
  constructor(collection: string, id: string, detail: string) {
    super(`${collection}/${id} holds an invalid record: ${detail}`);
    this.name = 'InvalidRecordError';
  }
}

export class Repository<T> {
  constructor(
    private readonly store: RecordStore,
    readonly collection: string,
    private readonly schema: ZodType<T, ZodTypeDef, unknown>,
  ) {
    if (!/^[a-zA-Z][\w-]*$/.test(collection)) throw new Error(`Invalid collection name "${collection}".`);
  }

  async get(id: string): Promise<StoredRecord<T> | undefined> {
    const record = await this.store.get<unknown>(this.key(id));
    return record ? { ...record, value: this.validate(id, record.value) } : undefined;
  }

  /** Stores a new record; throws RecordConflictError if the id is taken. */
  async create(id: string, value: T): Promise<StoredRecord<T>> {
    const result = await this.replace(id, null, value);
    if (!result.ok) throw new RecordConflictError(this.collection, id, result.current);
    return result.record;
  }

  /** Compare-and-set: writes only if the stored record still has `expectedEtag` (null: is absent). */
  async replace(id: string, expectedEtag: string | null, value: T): Promise<CasResult<T>> {
    const checked = this.validate(id, value);
    const result = await this.store.compareAndSet<unknown>(this.key(id), expectedEtag, checked);
    if (result.ok) return { ok: true, record: { ...result.record, value: checked } };
    return {
      ok: false,
      current: result.current
        ? { ...result.current, value: this.validate(id, result.current.value) }
        : undefined,
    };
  }

  /**
   * Read-modify-write with compare-and-set, retried on conflict. `change` gets the current value
   * (undefined if absent) and returns the next one, or undefined to leave the record as it is.
   */
  async update(
    id: string,
    change: (current: T | undefined) => T | undefined,
    maxAttempts = 5,
  ): Promise<StoredRecord<T> | undefined> {
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const current = await this.get(id);
      const next = change(current?.value);
      if (next === undefined) return current;
      const result = await this.replace(id, current?.etag ?? null, next);
      if (result.ok) return result.record;
    }
    throw new RecordConflictError(this.collection, id, await this.store.get(this.key(id)));
  }

  async delete(id: string): Promise<void> {
    await this.store.delete(this.key(id));
  }

  private key(id: string): string {
    if (!id) throw new Error(`An empty id is not allowed in ${this.collection}.`);
    return `${this.collection}/${id}`;
  }

  private validate(id: string, value: unknown): T {
    const parsed = this.schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InvalidRecordError(
        this.collection,
        id,
        `${issue?.path.join('.') || '(root)'}: ${issue?.message}`,
      );
    }
    return parsed.data;
  }
}
