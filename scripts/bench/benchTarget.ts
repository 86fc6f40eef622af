/**
 * A server under load, in its own process: the HTTP floor, the echo bot or the real bot. The bench
 * (the parent) runs the load generator and the loopback connector, so neither shares this process's
 * event loop, and reads this process's CPU time around each run. Messages over IPC:
 *   → { ready: url }            once listening
 *   ← 'usage' → { usage: { cpuUs, rssBytes } }
 *   ← 'storeCalls' → { storeCalls: { 'get users': n, … } }  (counted with BENCH_COUNT_STORE_CALLS=1)
 *   ← 'profileStart' → { profiling: true }; ← { profileStop: file } → { profiled: file }: a CPU profile
 *     (the V8 profiler `node --cpu-prof` uses) of just the requests in between, written to `file`
 *   ← 'stop'                    stops the server and exits
 * Usage (by harness.startTarget): node benchTarget.js floor|echo|echo-card|bot  (settings in the environment:
 * the bot's STORE_URL, SANDBOX_DATA and ROLES_FILE, echo-card's BENCH_ECHO_ANSWERS, echoFloor.EchoAnswers
 * as JSON). The bots log at the product's default level (LOG_LEVEL unset) to stdout, which the bench drains.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadConfig } from '../../services/config/config';
import { createLogger } from '../../services/logging/logger';
import { startEchoBot, startHttpFloor, type EchoAnswers, type Floor } from './echoFloor';
import { startBenchBot, type TargetKind, type TargetUsage } from './harness';
import { countStoreCalls, type StoreCalls } from './storeCallCounter';

const storeCalls: StoreCalls = process.env.BENCH_COUNT_STORE_CALLS === '1' ? countStoreCalls() : {};

async function start(kind: TargetKind): Promise<Floor> {
  if (kind === 'floor') return startHttpFloor();
  const { STORE_URL = '', SANDBOX_DATA = '', ROLES_FILE = '' } = process.env;
  const settings = { STORE_URL, SANDBOX_DATA, ROLES_FILE };
  // The product's default level: the configuration read without LOG_LEVEL.
  const logger = createLogger(loadConfig(settings).logLevel);
  if (kind === 'echo') return startEchoBot(logger);
  if (kind === 'echo-card') {
    const answers = JSON.parse(process.env.BENCH_ECHO_ANSWERS ?? 'null') as EchoAnswers | null;
    if (!answers) throw new Error('echo-card needs BENCH_ECHO_ANSWERS');
    return startEchoBot(logger, answers);
  }
  const bot = await startBenchBot(settings, logger);
  return { url: `${bot.url}/api/messages`, close: () => bot.stop() };
}

let profiler: Session | undefined;

async function profileStart(): Promise<void> {
  profiler = new Session();
  profiler.connect();
  await profiler.post('Profiler.enable');
  await profiler.post('Profiler.start');
}

async function profileStop(file: string): Promise<void> {
  if (!profiler) throw new Error('profileStop without profileStart');
  const { profile } = await profiler.post('Profiler.stop');
  writeFileSync(file, JSON.stringify(profile));
  profiler.disconnect();
  profiler = undefined;
}

async function main() {
  const kind = process.argv[2] as TargetKind;
  if (!['floor', 'echo', 'echo-card', 'bot'].includes(kind)) throw new Error(`unknown target ${kind}`);
  if (!process.send) throw new Error('run by the bench (needs an IPC channel)');
  const server = await start(kind);
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.on('message', (message) => {
    if (message === 'usage') {
      const cpu = process.cpuUsage();
      const usage: TargetUsage = { cpuUs: cpu.user + cpu.system, rssBytes: process.memoryUsage().rss };
      process.send?.({ usage });
    } else if (message === 'storeCalls') process.send?.({ storeCalls });
    else if (message === 'profileStart') void profileStart().then(() => process.send?.({ profiling: true }));
    else if (typeof message === 'object' && message && 'profileStop' in message) {
      const file = String(message.profileStop);
      void profileStop(file).then(() => process.send?.({ profiled: file }));
    } else if (message === 'stop') void stop();
  });
  process.on('disconnect', () => void stop());
  process.send({ ready: server.url });
}

main().catch((error: unknown) => {
  process.stderr.write(`${String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});
