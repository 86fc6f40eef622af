/** Composition root: wires config, store, adapter, application and HTTP server into a running bot. */
import type { AddressInfo } from 'node:net';
import type { ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import type { Config } from '../services/config/config';
import { describeConfig } from '../services/config/config';
import type { Logger } from '../services/logging/logger';
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
  stop(graceMs?: number): Promise<void>;
}

export async function startBot(config: Config, { logger, authOverrides }: StartOptions): Promise<RunningBot> {
  logger.info({ config: describeConfig(config) }, 'starting');
  if (!config.credentials) {
    logger.warn(
      'LOCAL MODE: no MicrosoftAppId is set, so requests are NOT authenticated. ' +
        'This is for the Agents Playground on this machine only: never expose this process to a network.',
    );
  }
  const store = await openStore(config.store, {
    onBackendError: (error) =>
      logger.warn({ err: { message: String((error as Error)?.message ?? error) } }, 'store error'),
  });
  try {
    return await serve(config, store, { logger, authOverrides });
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
}

async function serve(
  config: Config,
  store: RecordStore,
  { logger, authOverrides }: StartOptions,
): Promise<RunningBot> {
  await store.ping();
  const adapter = createAdapter({ credentials: config.credentials, authOverrides, logger });
  const app = createApplication({
    adapter,
    storage: new TurnStateStorage(store),
    logger,
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
    stop(graceMs) {
      stopping ??= (async () => {
        logger.info({ inFlight: http.inFlight }, 'stopping');
        await http.close(graceMs);
        await store.close();
        logger.info('stopped');
      })();
      return stopping;
    },
  };
}
