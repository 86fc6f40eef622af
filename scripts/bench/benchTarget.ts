/**
 * A server under load, in its own process: the HTTP floor, the echo bot or the real bot. The bench
 * (the parent) runs the load generator and the loopback connector, so neither shares this process's
 * event loop, and reads this process's CPU time around each run. Messages over IPC:
 *   → { ready: url }            once listening
 *   ← 'usage' → { usage: { cpuUs, rssBytes } }
 *   ← 'stop'                    stops the server and exits
 * Usage (by harness.startTarget): node benchTarget.js floor|echo|echo-card|bot  (settings in the environment:
 * the bot's STORE_URL and SANDBOX_DATA, echo-card's BENCH_INVOKE_BODY).
 */
import { startEchoBot, startHttpFloor, type Floor } from './echoFloor';
import { startBenchBot, type TargetKind, type TargetUsage } from './harness';

async function start(kind: TargetKind): Promise<Floor> {
  if (kind === 'floor') return startHttpFloor();
  if (kind === 'echo') return startEchoBot();
  if (kind === 'echo-card') return startEchoBot(JSON.parse(process.env.BENCH_INVOKE_BODY ?? 'null'));
  const { STORE_URL = '', SANDBOX_DATA = '' } = process.env;
  const bot = await startBenchBot({ STORE_URL, SANDBOX_DATA });
  return { url: `${bot.url}/api/messages`, close: () => bot.stop() };
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
    } else if (message === 'stop') void stop();
  });
  process.on('disconnect', () => void stop());
  process.send({ ready: server.url });
}

main().catch((error: unknown) => {
  process.stderr.write(`${String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});
