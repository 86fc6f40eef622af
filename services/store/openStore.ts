/**
 * Opens the RecordStore named by a StoreLocation (STORE_URL). memory:// and sqlite:// go through keyv
 * (KeyvRecordStore, atomicity 'process': one bot process). redis:// and postgres:// get stores whose
 * compare-and-set is atomic in the backend (RedisRecordStore / PostgresRecordStore, atomicity
 * 'backend': safe for several replicas), storing the same data format as keyv does there.
 * `openKeyvStore` opens any location through keyv (process-only atomicity), e.g. to compare.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Keyv } from 'keyv';
import type { KeyvStoreAdapter } from 'keyv';
import { KeyvRecordStore } from './keyvRecordStore';
import type { RecordStore } from './recordStore';
import type { StoreLocation } from './storeUrl';

/** keyv namespace for everything Reseller Desk stores. */
export const STORE_NAMESPACE = 'rd';

export interface OpenStoreOptions {
  operationTimeoutMs?: number;
  /** Called with backend errors that keyv reports as events (connection drops and the like). */
  onBackendError?: (error: unknown) => void;
  /** Records kept in memory between reads (KeyvRecordStore; openStore sets it for SQLite). */
  readCacheEntries?: number;
}

async function createAdapter(location: StoreLocation): Promise<KeyvStoreAdapter | undefined> {
  switch (location.kind) {
    case 'memory':
      return undefined;
    case 'sqlite': {
      mkdirSync(path.dirname(location.file ?? '.'), { recursive: true });
      const { KeyvSqlite } = await import('@keyv/sqlite');
      return new KeyvSqlite({ uri: location.url, busyTimeout: 5000 });
    }
    case 'redis': {
      const { default: KeyvRedis } = await import('@keyv/redis');
      return new KeyvRedis(location.url, {
        throwOnConnectError: true,
        throwOnErrors: true,
        connectionTimeout: 5000,
      });
    }
    case 'postgres': {
      const { default: KeyvPostgres } = await import('@keyv/postgres');
      return new KeyvPostgres({ uri: location.url });
    }
  }
}

export async function openStore(
  location: StoreLocation,
  options: OpenStoreOptions = {},
): Promise<RecordStore> {
  const backendOptions = {
    namespace: STORE_NAMESPACE,
    operationTimeoutMs: options.operationTimeoutMs,
    onBackendError: options.onBackendError,
  };
  switch (location.kind) {
    case 'redis': {
      const { RedisRecordStore } = await import('./redisRecordStore.js');
      return new RedisRecordStore(location.url, backendOptions);
    }
    case 'postgres': {
      const { PostgresRecordStore } = await import('./postgresRecordStore.js');
      return new PostgresRecordStore(location.url, backendOptions);
    }
    case 'sqlite':
      // One process owns a SQLite file (see README): its records can be kept in memory between reads.
      return openKeyvStore(location, { ...options, readCacheEntries: 10_000 });
    default:
      return openKeyvStore(location, options);
  }
}

/** The location through its keyv adapter: compare-and-set atomic within this process only. */
export async function openKeyvStore(
  location: StoreLocation,
  options: OpenStoreOptions = {},
): Promise<RecordStore> {
  const adapter = await createAdapter(location);
  const keyv = new Keyv({ store: adapter ?? new Map(), namespace: STORE_NAMESPACE, throwOnErrors: true });
  keyv.on('error', (error: unknown) => options.onBackendError?.(error));
  return new KeyvRecordStore(keyv, {
    operationTimeoutMs: options.operationTimeoutMs,
    readCacheEntries: options.readCacheEntries,
  });
}
