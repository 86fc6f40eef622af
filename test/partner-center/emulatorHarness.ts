/** Starts the emulator on loopback and a client pointed at it, with retry waits shrunk for tests. */
import { randomUUID } from 'node:crypto';
import { createLogger } from '../../services/logging/logger';
import { openStore } from '../../services/store/openStore';
import type { RecordStore } from '../../services/store/recordStore';
import { parseStoreUrl } from '../../services/store/storeUrl';
import { staticTokenProvider } from '../../services/partner-center/auth/tokenProvider';
import { createPartnerCenterClient } from '../../services/partner-center/client/httpPartnerCenterClient';
import type { PartnerCenterClientOptions } from '../../services/partner-center/client/httpPartnerCenterClient';
import type {
  CallContext,
  PartnerCenterClient,
} from '../../services/partner-center/client/partnerCenterClient';
import { startEmulator } from '../../services/partner-center/emulator/startEmulator';
import type { EmulatorOptions, RunningEmulator } from '../../services/partner-center/emulator/startEmulator';
import demoTenant from '../../services/partner-center/emulator/fixture/demoTenant.json';

export const silentLogger = createLogger('silent');

export interface Harness {
  emulator: RunningEmulator;
  client: PartnerCenterClient;
  store: RecordStore;
  close(): Promise<void>;
}

export async function startHarness(
  options: Partial<EmulatorOptions> = {},
  clientOptions: Partial<PartnerCenterClientOptions> = {},
): Promise<Harness> {
  const store = options.store ?? (await openStore(parseStoreUrl('memory://')));
  const emulator = await startEmulator({ store, logger: silentLogger, ...options });
  const client = createPartnerCenterClient({
    baseUrl: emulator.url,
    tokenProvider: staticTokenProvider('test-token'),
    logger: silentLogger,
    timeoutMs: 2000,
    retry: { initialDelayMs: 1, maxDelayMs: 5 },
    ...clientOptions,
  });
  return {
    emulator,
    client,
    store,
    close: async () => {
      await emulator.close();
      if (!options.store) await store.close();
    },
  };
}

export function context(requestId?: string): CallContext {
  return { correlationId: randomUUID(), requestId };
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

type DemoCustomer = (typeof demoTenant.customers)[number];

/** A demo customer by company name (the bundled fixture is the source of truth for its ids). */
export function demoCustomer(companyName: string): DemoCustomer {
  const found = demoTenant.customers.find((c) => c.companyProfile.companyName === companyName);
  if (!found) throw new Error(`No demo customer named ${companyName}`);
  return found;
}

export function demoSubscription(
  companyName: string,
  offerName: string,
): DemoCustomer['subscriptions'][number] {
  const found = demoCustomer(companyName).subscriptions.find((s) => s.offerName === offerName);
  if (!found) throw new Error(`No subscription ${offerName} for ${companyName}`);
  return found;
}

export const demoPartner = demoTenant.partner;
export const listedDemoCustomers = demoTenant.customers.filter((c) => c.relationshipToPartner === 'reseller');
