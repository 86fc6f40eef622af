/** Starts the real bot (restify, adapter, teams-ai, store) on an ephemeral loopback port for a test. */
import { loadConfig, type Config } from '../../services/config/config';
import { startBot, type RunningBot, type StartOptions } from '../../bot/startBot';
import { captureLogger, type CapturedLogger } from './logCapture';

export interface Harness {
  bot: RunningBot;
  log: CapturedLogger;
  config: Config;
}

export async function startTestBot(
  env: Record<string, string> = {},
  overrides: Partial<Config> = {},
  options: Partial<StartOptions> = {},
): Promise<Harness> {
  const config: Config = {
    ...loadConfig({ STORE_URL: 'memory://', ...env }),
    port: 0,
    host: '127.0.0.1',
    ...overrides,
  };
  const log = captureLogger();
  const bot = await startBot(config, { logger: log.logger, ...options });
  return { bot, log, config };
}
