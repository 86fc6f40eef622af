/** Composition root: wires config, store, Partner Center, adapter, application and HTTP server into a running bot. */
import type { AddressInfo } from 'node:net';
import type { ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import type { Config } from '../services/config/config';
import { describeConfig } from '../services/config/config';
import type { Logger } from '../services/logging/logger';
import { createDeskServices, type DeskServices } from '../services/deskServices';
import { openPartnerCenter, type OpenedPartnerCenter } from '../services/partner-center';
import { openStore } from '../services/store/openStore';
import type { RecordStore } from '../services/store/recordStore';
import { TurnStateStorage } from '../services/store/turnStateStorage';
import { createAdapter } from './adapter';
import { createApplication } from './app';
import { createHttpServer } from './server';

export interface StartOptions {
  logger: Logger;
  authOverrides?: Partial<ConfigurationBotFrameworkAuthenticationOptions>;
}

export interface RunningBot {
  address: AddressInfo;
  /** http://host:port of the bot. */
  url: string;
  store: RecordStore;
  partnerCenter: OpenedPartnerCenter;
  services: DeskServices;
  stop(graceMs?: number): Promise<void>;
}

/** Things to close on stop, in reverse order of opening. */
class Closers {
  private readonly closers: (() => Promise<void>)[] = [];
  add(close: () => Promise<void>): void {
    this.closers.unshift(close);
  }
  async closeAll(): Promise<void> {
    for (const close of this.closers.splice(0)) await close();
  }
}

export async function startBot(config: Config, { logger, authOverrides }: StartOptions): Promise<RunningBot> {
  logger.info({ config: describeConfig(config) }, 'starting');
  if (!config.credentials) {
    logger.warn(
      'LOCAL MODE: no MicrosoftAppId is set, so requests are NOT authenticated. ' +
        'This is for the Agents Playground on this machine only: never expose this process to a network.',
    );
  }
  const closers = new Closers();
  try {
    const store = await openStore(config.store, {
      onBackendError: (error) =>
        logger.warn({ err: { message: String((error as Error)?.message ?? error) } }, 'store error'),
    });
    closers.add(() => store.close());
    await store.ping();

    const partnerCenter = await openPartnerCenter(
      config.partnerCenterSettings
        ? { mode: 'live', settings: config.partnerCenterSettings, logger }
        : { mode: 'sandbox', store, logger, sandboxData: config.sandboxData },
    );
    closers.add(() => partnerCenter.close());
    if (partnerCenter.emulator) {
      const { url, partner, customerCount } = partnerCenter.emulator;
      logger.info(
        { url, partner: partner.companyName, customers: customerCount },
        'sandbox Partner Center started',
      );
    }

    const profile = partnerCenter.emulator?.partner ?? config.partnerProfile;
    if (!profile) throw new Error('live mode needs the partner profile (PARTNER_TYPE, PARTNER_NAME)');
    const services = await createDeskServices({
      client: partnerCenter.client,
      store,
      logger,
      profile,
      emulatorUrl: partnerCenter.emulator?.url,
      // Channel notifications come with the approvals work; until then the request is recorded only.
      providerChannel: { deliver: () => Promise.resolve('noChannel') },
    });
    // Fill the customer list in the background so the first search is fast; failures surface on use.
    services.directory.current().catch((error: unknown) => {
      logger.warn({ err: { message: (error as Error).message } }, 'customer list not loaded yet');
    });

    const adapter = createAdapter({ credentials: config.credentials, authOverrides, logger });
    const app = createApplication({
      adapter,
      storage: new TurnStateStorage(store),
      logger,
      services,
      roles: config.roles,
      botAppId: config.credentials?.appId,
    });
    const http = createHttpServer({ adapter, app, store, logger });
    const address = await http.listen(config.port, config.host);
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    logger.info({ port: address.port, host: address.address }, 'listening');

    let stopping: Promise<void> | undefined;
    return {
      address,
      url: `http://${host}:${address.port}`,
      store,
      partnerCenter,
      services,
      stop(graceMs) {
        stopping ??= (async () => {
          logger.info({ inFlight: http.inFlight }, 'stopping');
          await http.close(graceMs);
          await closers.closeAll();
          logger.info('stopped');
        })();
        return stopping;
      },
    };
  } catch (error) {
    await closers.closeAll().catch(() => undefined);
    throw error;
  }
}
