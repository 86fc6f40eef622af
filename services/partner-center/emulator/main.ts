/**
 * Runs the Partner Center emulator alone (tests, demos, benchmarks):
 *
 *   node dist/services/partner-center/emulator/main.js [--port 0] [--data tenant.json | --generate 100000]
 *
 * Env: SANDBOX_DATA (fixture path), PC_EMULATOR_PORT, LOG_LEVEL, SANDBOX_NOW (the sandbox clock: give
 * the bot the same value), SANDBOX_DELAY_MS and SANDBOX_DELAY_JITTER_MS (every call answered after that
 * delay, ± the jitter). State lives in memory (one run) unless --store names a store.
 * Prints the base URL on stdout; logs go to stderr.
 */
import { parseArgs } from 'node:util';
import pino from 'pino';
import { openStore } from '../../store/openStore';
import { parseStoreUrl } from '../../store/storeUrl';
import { MAX_ANSWER_DELAY_MS, type AnswerDelay } from './answerDelay';
import { sandboxClock } from '../../config/sandboxClock';
import { startEmulator } from './startEmulator';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      data: { type: 'string' },
      generate: { type: 'string' },
      store: { type: 'string' },
    },
  });
  const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' }, pino.destination(2));
  const store = await openStore(parseStoreUrl(values.store ?? 'memory://'));
  const generate = values.generate ? Number(values.generate) : undefined;
  if (generate !== undefined && (!Number.isInteger(generate) || generate < 0)) {
    throw new Error('--generate takes a number of customers.');
  }
  const sandboxNow = process.env.SANDBOX_NOW ? new Date(process.env.SANDBOX_NOW) : undefined;
  if (sandboxNow && Number.isNaN(sandboxNow.getTime()))
    throw new Error('SANDBOX_NOW must be an ISO date-time.');
  const emulator = await startEmulator({
    answerDelay: answerDelayFromEnv(),
    store,
    logger,
    now: sandboxNow ? sandboxClock(sandboxNow) : undefined,
    anchor: new Date(),
    generate,
    fixturePath: values.data ?? process.env.SANDBOX_DATA,
    port: Number(values.port ?? process.env.PC_EMULATOR_PORT ?? 0),
  });
  process.stdout.write(`${emulator.url}\n`);
  const stop = (): void => {
    void emulator
      .close()
      .then(() => store.close())
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function answerDelayFromEnv(): AnswerDelay | undefined {
  const ms = Number(process.env.SANDBOX_DELAY_MS ?? 0);
  const jitterMs = Number(process.env.SANDBOX_DELAY_JITTER_MS ?? 0);
  if (!Number.isInteger(ms) || ms < 0 || ms > MAX_ANSWER_DELAY_MS)
    throw new Error(
      `SANDBOX_DELAY_MS must be a whole number of milliseconds from 0 to ${MAX_ANSWER_DELAY_MS}.`,
    );
  if (!Number.isInteger(jitterMs) || jitterMs < 0 || jitterMs > ms)
    throw new Error(
      'SANDBOX_DELAY_JITTER_MS must be a whole number of milliseconds from 0 to SANDBOX_DELAY_MS.',
    );
  return ms > 0 ? { ms, jitterMs } : undefined;
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Partner Center emulator failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
