/**
 * The store backends the contract tests run against: memory and SQLite always; Redis and Postgres
 * when TEST_REDIS_URL / TEST_POSTGRES_URL name a server (.ci/run starts both and sets them).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

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
