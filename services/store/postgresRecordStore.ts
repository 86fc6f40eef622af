/**
 * RecordStore on PostgreSQL with compare-and-set atomic in the database: one conditional statement
 * per write (`UPDATE … WHERE etag matches`, or `INSERT … ON CONFLICT DO UPDATE … WHERE` the stored
 * row is not this key's live record). Under READ COMMITTED a concurrent writer of the same row waits
 * for the first and re-checks the condition on the row it committed, so exactly one wins.
 *
 * Table and rows are the ones @keyv/postgres uses, so KeyvRecordStore and this store share data:
 * `public.keyv(key VARCHAR(255) PRIMARY KEY, value TEXT)`, created if missing; key
 * `<ns>:<storedKey(key)>`; value keyv's JSON text. Talks to the server through `pg` (the driver
 * @keyv/postgres depends on, resolved from there), with its own pool.
 */
import { createRequire } from 'node:module';
import { BackendRecordStore } from './backendRecordStore';
import type { BackendRecordStoreOptions, WriteCondition } from './backendRecordStore';
import { storedKey } from './storedKey';

/** The part of pg's API used here (the project has no @types/pg). */
interface PgPool {
  query(
    text: string,
    values?: unknown[],
  ): Promise<{ rows: Record<string, unknown>[]; rowCount: number | null }>;
  on(event: 'error', listener: (error: Error) => void): unknown;
  end(): Promise<void>;
}
interface PgModule {
  Pool: new (config: Record<string, unknown>) => PgPool;
}

function loadPg(): PgModule {
  const requireFromKeyvPostgres = createRequire(require.resolve('@keyv/postgres'));
  return requireFromKeyvPostgres('pg') as PgModule;
}

/** @keyv/postgres's defaults. */
const TABLE = 'public.keyv';
const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS ${TABLE}(key VARCHAR(255) PRIMARY KEY, value TEXT )`;

/** The stored envelope's key / etag, and whether keyv would consider the row expired. */
const ENVELOPE_KEY = `(${TABLE}.value::json -> 'value' ->> 'key')`;
const ENVELOPE_ETAG = `(${TABLE}.value::json -> 'value' ->> 'etag')`;
const EXPIRED = `COALESCE((${TABLE}.value::json ->> 'expires')::numeric < $NOW, false)`;

const UPDATE_IF_ETAG = `UPDATE ${TABLE} SET value = $2
  WHERE key = $1 AND ${ENVELOPE_ETAG} = $3 AND ${ENVELOPE_KEY} = $4 AND NOT ${EXPIRED.replace('$NOW', '$5')}`;
const INSERT_IF_ABSENT = `INSERT INTO ${TABLE} (key, value) VALUES ($1, $2)
  ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value
  WHERE ${ENVELOPE_KEY} IS DISTINCT FROM $3 OR ${EXPIRED.replace('$NOW', '$4')}`;

export interface PostgresRecordStoreOptions extends BackendRecordStoreOptions {
  /** keyv namespace (openStore uses 'rd'). */
  namespace: string;
  /** Errors of idle pooled connections (server restarts and the like). */
  onBackendError?: (error: unknown) => void;
}

export class PostgresRecordStore extends BackendRecordStore {
  private readonly pool: PgPool;
  private readonly namespace: string;
  private tableReady: Promise<void> | undefined;

  constructor(url: string, options: PostgresRecordStoreOptions) {
    super(options);
    this.namespace = options.namespace;
    const { Pool } = loadPg();
    this.pool = new Pool({
      connectionString: url,
      connectionTimeoutMillis: options.operationTimeoutMs ?? 5000,
      max: 10,
    });
    this.pool.on('error', (error) => options.onBackendError?.(error));
  }

  protected rawKey(key: string): string {
    return `${this.namespace}:${storedKey(key)}`;
  }

  protected async readRaw(rawKey: string): Promise<string | undefined> {
    const { rows } = await this.query(`SELECT value FROM ${TABLE} WHERE key = $1`, [rawKey]);
    const value = rows[0]?.value;
    return typeof value === 'string' ? value : undefined;
  }

  protected async writeIf(rawKey: string, condition: WriteCondition, text: string): Promise<boolean> {
    const result =
      condition.kind === 'etag'
        ? await this.query(UPDATE_IF_ETAG, [
            rawKey,
            text,
            condition.etag,
            condition.storedEnvelopeKey,
            condition.nowMs,
          ])
        : await this.query(INSERT_IF_ABSENT, [rawKey, text, condition.storedEnvelopeKey, condition.nowMs]);
    return result.rowCount === 1;
  }

  protected async deleteRaw(rawKey: string): Promise<void> {
    await this.query(`DELETE FROM ${TABLE} WHERE key = $1`, [rawKey]);
  }

  protected async pingBackend(): Promise<void> {
    await this.query('SELECT 1');
  }

  protected async closeBackend(): Promise<void> {
    await this.pool.end();
  }

  private async query(text: string, values?: unknown[]) {
    await this.ensureTable();
    return this.pool.query(text, values);
  }

  private ensureTable(): Promise<void> {
    this.tableReady ??= this.pool.query(CREATE_TABLE).then(
      () => undefined,
      (error: unknown) => {
        // Another process creating the table at the same moment is fine (what @keyv/postgres does).
        const code = (error as { code?: string }).code;
        if (code === '23505' || code === '42P07') return;
        this.tableReady = undefined;
        throw error;
      },
    );
    return this.tableReady;
  }
}
