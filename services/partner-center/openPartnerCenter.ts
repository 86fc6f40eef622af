/**
 * The Partner Center the bot runs against, by mode: `sandbox` starts the in-process emulator and
 * points the client at it, or, with `sandboxUrl` (SANDBOX_URL), uses an emulator already running on
 * loopback (several replicas share one Partner Center that way); `live` uses the Secure Application Model against PC_BASE_URL. Both return
 * the same PartnerCenterClient.
 *
 * With it, the Microsoft Graph client for GDAP relationships (services/graph/openGraph.ts): the
 * emulator's Graph routes in the sandbox; Microsoft Graph in live mode when GRAPH_AUTH is set.
 */
import type { Logger } from 'pino';
import type { GdapClient } from '../graph/gdapClient';
import type { GraphSettings } from '../graph/graphSettings';
import { openGdapClient } from '../graph/openGraph';
import type { RecordStore } from '../store/recordStore';
import { createSecureAppModelTokenProvider } from './auth/secureAppModelTokenProvider';
import type { PartnerCenterSettings } from './auth/partnerCenterSettings';
import type { PartnerProfile } from './model/partnerProfile';
import { staticTokenProvider } from './auth/tokenProvider';
import { createPartnerCenterClient } from './client/httpPartnerCenterClient';
import type { PartnerCenterClient } from './client/partnerCenterClient';
import type { AnswerDelay } from './emulator/answerDelay';
import { startEmulator } from './emulator/startEmulator';
import type { RunningEmulator } from './emulator/startEmulator';

export type OpenPartnerCenterOptions =
  | {
      mode: 'sandbox';
      store: RecordStore;
      logger: Logger;
      sandboxData?: string;
      /** A generated tenant of this many customers instead of a fixture (SANDBOX_CUSTOMERS). */
      sandboxCustomers?: number;
      sandboxUrl?: string;
      /** The sandbox clock (SANDBOX_NOW); default the real one. */
      now?: () => Date;
      /** The in-process emulator answers every call after this delay (SANDBOX_DELAY_MS). */
      answerDelay?: AnswerDelay;
    }
  | {
      mode: 'live';
      settings: PartnerCenterSettings;
      /** GRAPH_* settings; without them GDAP relationships are not read. */
      graph?: GraphSettings;
      store: RecordStore;
      logger: Logger;
    };

export interface OpenedPartnerCenter {
  client: PartnerCenterClient;
  /** Microsoft Graph for GDAP relationships: always in the sandbox, in live mode with GRAPH_AUTH. */
  gdap?: GdapClient;
  /** Sandbox only: the in-process emulator (not with SANDBOX_URL). */
  emulator?: RunningEmulator;
  /** Sandbox only: the emulator's URL and partner, in-process or remote (SANDBOX_URL). */
  sandbox?: { url: string; partner: PartnerProfile; remote: boolean };
  close(): Promise<void>;
}

export async function openPartnerCenter(options: OpenPartnerCenterOptions): Promise<OpenedPartnerCenter> {
  const logger = options.logger;
  if (options.mode === 'sandbox' && options.sandboxUrl) {
    const url = options.sandboxUrl.replace(/\/+$/, '');
    const partner = await readRemotePartner(url);
    const client = createPartnerCenterClient({
      baseUrl: url,
      tokenProvider: staticTokenProvider('sandbox'),
      logger,
    });
    const gdap = openGdapClient({ mode: 'sandbox', emulatorUrl: url, logger });
    return { client, gdap, sandbox: { url, partner, remote: true }, close: () => Promise.resolve() };
  }
  if (options.mode === 'sandbox') {
    const emulator = await startEmulator({
      store: options.store,
      logger,
      fixturePath: options.sandboxData,
      generate: options.sandboxCustomers,
      now: options.now,
      anchor: new Date(),
      answerDelay: options.answerDelay,
    });
    const client = createPartnerCenterClient({
      baseUrl: emulator.url,
      tokenProvider: staticTokenProvider('sandbox'),
      logger,
    });
    return {
      client,
      gdap: openGdapClient({ mode: 'sandbox', emulatorUrl: emulator.url, logger }),
      emulator,
      sandbox: { url: emulator.url, partner: emulator.partner, remote: false },
      close: () => emulator.close(),
    };
  }
  const { settings } = options;
  // The rotating refresh token lives in the bot's store (docs/partner-center.md §6); a wrong
  // PC_TOKEN_ENCRYPTION_KEY stops the start here.
  const tokenProvider = createSecureAppModelTokenProvider({ ...settings, store: options.store, logger });
  await tokenProvider.checkStoredToken();
  const client = createPartnerCenterClient({
    baseUrl: settings.baseUrl,
    locale: settings.locale,
    logger,
    tokenProvider,
  });
  const gdap = options.graph
    ? openGdapClient({
        mode: 'live',
        settings: options.graph,
        partnerCenter: settings,
        store: options.store,
        logger,
      })
    : undefined;
  return { client, gdap, close: () => Promise.resolve() };
}

/** The partner profile of a running emulator (GET /sandbox/partner), or a one-line error. */
async function readRemotePartner(url: string): Promise<PartnerProfile> {
  let response: Response;
  try {
    response = await fetch(`${url}/sandbox/partner`, { signal: AbortSignal.timeout(5_000) });
  } catch (error) {
    throw new Error(
      `SANDBOX_URL ${url}: no Partner Center emulator answers there (${(error as Error).message}).`,
    );
  }
  const body = (await response.json().catch(() => undefined)) as Partial<PartnerProfile> | undefined;
  if (!response.ok || !body || typeof body.tenantId !== 'string' || typeof body.type !== 'string') {
    throw new Error(`SANDBOX_URL ${url}: GET /sandbox/partner answered ${response.status}, not a partner.`);
  }
  return body as PartnerProfile;
}
