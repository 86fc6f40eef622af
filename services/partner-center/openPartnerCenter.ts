/**
 * The Partner Center the bot runs against, by mode: `sandbox` starts the in-process emulator and
 * points the client at it; `live` uses the Secure Application Model against PC_BASE_URL. Both return
 * the same PartnerCenterClient.
 */
import type { Logger } from 'pino';
import type { RecordStore } from '../store/recordStore';
import { createSecureAppModelTokenProvider } from './auth/secureAppModelTokenProvider';
import type { PartnerCenterSettings } from './auth/partnerCenterSettings';
import { staticTokenProvider } from './auth/tokenProvider';
import { createPartnerCenterClient } from './client/httpPartnerCenterClient';
import type { PartnerCenterClient } from './client/partnerCenterClient';
import { startEmulator } from './emulator/startEmulator';
import type { RunningEmulator } from './emulator/startEmulator';

export type OpenPartnerCenterOptions =
  | { mode: 'sandbox'; store: RecordStore; logger: Logger; sandboxData?: string }
  | { mode: 'live'; settings: PartnerCenterSettings; logger: Logger };

export interface OpenedPartnerCenter {
  client: PartnerCenterClient;
  /** Sandbox only. */
  emulator?: RunningEmulator;
  close(): Promise<void>;
}

export async function openPartnerCenter(options: OpenPartnerCenterOptions): Promise<OpenedPartnerCenter> {
  const logger = options.logger;
  if (options.mode === 'sandbox') {
    const emulator = await startEmulator({
      store: options.store,
      logger,
      fixturePath: options.sandboxData,
    });
    const client = createPartnerCenterClient({
      baseUrl: emulator.url,
      tokenProvider: staticTokenProvider('sandbox'),
      logger,
    });
    return { client, emulator, close: () => emulator.close() };
  }
  const { settings } = options;
  const client = createPartnerCenterClient({
    baseUrl: settings.baseUrl,
    locale: settings.locale,
    logger,
    tokenProvider: createSecureAppModelTokenProvider({ ...settings, logger }),
  });
  return { client, close: () => Promise.resolve() };
}
