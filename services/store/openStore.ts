/** Opens the RecordStore named by a StoreLocation (STORE_URL), through the matching keyv adapter. */
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
  const adapter = await createAdapter(location);
  const keyv = new Keyv({ store: adapter ?? new Map(), namespace: STORE_NAMESPACE, throwOnErrors: true });
  keyv.on('error', (error: unknown) => options.onBackendError?.(error));
  return new KeyvRecordStore(keyv, { operationTimeoutMs: options.operationTimeoutMs });
}
