/**
 * The store backends the contract tests run against: memory and SQLite always; Redis and Postgres
 * when TEST_REDIS_URL / TEST_POSTGRES_URL name a server (.ci/run starts both and sets them).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore } from '../../services/store/openStore';
import type { RecordStore } from '../../services/store/recordStore';
import { parseStoreUrl } from '../../services/store/storeUrl';

export interface StoreBackend {
  name: string;
  /** A STORE_URL for this backend; SQLite gets a fresh file unless one is given. */
  url(file?: string): string;
  /** Why the backend cannot run here, or undefined when it can. */
  unavailable?: string;
}

export function tempSqliteFile(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'rd-test-')), `${randomUUID()}.sqlite`);
}

export function storeBackends(): StoreBackend[] {
  const redis = process.env.TEST_REDIS_URL;
  const postgres = process.env.TEST_POSTGRES_URL;
  return [
    { name: 'memory', url: () => 'memory://' },
    { name: 'sqlite', url: (file) => `sqlite://${file ?? tempSqliteFile()}` },
    {
      name: 'redis',
      url: () => redis ?? '',
      unavailable: redis ? undefined : 'TEST_REDIS_URL is not set (CI starts redis-server and sets it)',
    },
    {
      name: 'postgres',
      url: () => postgres ?? '',
      unavailable: postgres ? undefined : 'TEST_POSTGRES_URL is not set (CI starts PostgreSQL and sets it)',
    },
  ];
}

/** Skips the enclosing suite with a reason printed in the report when the backend is missing. */
export function skipUnlessAvailable(context: Mocha.Context, backend: StoreBackend): void {
  if (backend.unavailable) {
    process.stdout.write(`      skipped ${backend.name}: ${backend.unavailable}\n`);
    context.skip();
  }
}

/**
 * Opens `backend`'s store once for the enclosing suite (skipping the suite when the backend is
 * missing) and closes it after; the returned function gives the open store.
 */
export function storeForSuite(backend: StoreBackend): () => RecordStore {
  let store: RecordStore | undefined;
  before(async function () {
    skipUnlessAvailable(this, backend);
    store = await openStore(parseStoreUrl(backend.url()));
  });
  after(async () => {
    await store?.close();
  });
  return () => {
    if (!store) throw new Error(`storeForSuite: the ${backend.name} store is not open`);
    return store;
  };
}
