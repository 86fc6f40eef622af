/**
 * Process entry point (`npm start`): reads .env and the environment, starts the bot, prints where to
 * chat, and shuts down gracefully on SIGTERM/SIGINT. A configuration problem ends the process with
 * one line per problem and exit code 2, never a stack trace.
 */
import { existsSync } from 'node:fs';
import { ConfigError, loadConfig } from '../services/config/config';
import { createLogger } from '../services/logging/logger';
import { TokenDecryptionError } from '../services/partner-center/auth/tokenEncryption';
import { StoreUnavailableError } from '../services/store/recordStore';

function fail(lines: string[], code: number): never {
  for (const line of lines) process.stderr.write(`reseller-desk: ${line}\n`);
  process.exit(code);
}

async function main(): Promise<void> {
  if (existsSync('.env')) {
    try {
      process.loadEnvFile('.env');
    } catch (error) {
      fail([`.env could not be read: ${(error as Error).message}`], 2);
    }
  }
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) fail(error.problems, 2);
    throw error;
  }
  const logger = createLogger(config.logLevel);
  // Loaded only once the configuration is valid, so a configuration error is reported at once.
  const { startBot } = await import('./startBot.js');
  let bot;
  try {
    bot = await startBot(config, { logger });
  } catch (error) {
    if (error instanceof StoreUnavailableError)
      fail([`STORE_URL ${config.store.redacted}: ${error.message}`], 1);
    if (error instanceof TokenDecryptionError) fail([error.message], 2);
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      fail(
        [`PORT ${config.port} is already in use on ${config.host}: stop the other process or set PORT.`],
        1,
      );
    }
    throw error;
  }

  const endpoint = `${bot.url}/api/messages`;
  const banner = config.credentials
    ? [`Reseller Desk is listening on ${endpoint}`]
    : [
        `Reseller Desk is running in LOCAL MODE (no authentication) on ${endpoint}`,
        `Store: ${config.store.redacted} · Partner Center: ${config.partnerCenter}`,
        'Chat with it: run `npm run playground` in another terminal, then open http://localhost:56150',
      ];
  process.stderr.write(`\n${banner.map((line) => `  ${line}`).join('\n')}\n\n`);

  let signals = 0;
  const shutdown = (signal: string) => {
    signals++;
    if (signals > 1) fail([`second ${signal}: exiting now`], 130);
    logger.info({ signal }, 'shutdown requested');
    bot.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: { message: (error as Error).message } }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  fail([`could not start: ${(error as Error).message ?? String(error)}`], 1);
});
