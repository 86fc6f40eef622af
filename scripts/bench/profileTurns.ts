/**
 * A small driver for profiling turns: starts the real bot (startBenchBot) on one store, counts the
 * RecordStore calls per turn for each case, then sends BENCH_PROFILE_TURNS turns per case (10 in
 * flight) so the run can be taken under `node --cpu-prof`, and prints the process CPU time per turn
 * next to the bare CloudAdapter echo bot's (driver included in both: compare the difference). Usage:
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof dist/scripts/bench/profileTurns.js [sqlite|redis://…] [help|customers|action]
 */
import path from 'node:path';
import { KeyvRecordStore } from '../../services/store/keyvRecordStore';
import { BackendRecordStore } from '../../services/store/backendRecordStore';
import { startEchoBot } from './echoFloor';
import { CountingConnector, startBenchBot } from './harness';
import { tenantFile, turnBodies } from './turnBench';

const counts: Record<string, number> = {};
function countCalls(proto: object, methods: string[]) {
  const target = proto as Record<string, (...args: unknown[]) => unknown>;
  for (const method of methods) {
    const original = target[method];
    target[method] = function (this: unknown, ...args: unknown[]) {
      const key = `${method} ${String(args[0]).split('/')[0]}`;
      counts[key] = (counts[key] ?? 0) + 1;
      return original.apply(this, args);
    };
  }
}
countCalls(KeyvRecordStore.prototype, ['get', 'put', 'compareAndSet', 'delete']);
countCalls(BackendRecordStore.prototype, ['get', 'put', 'compareAndSet', 'delete']);

async function post(url: string, body: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  await response.text();
  if (response.status !== 200) throw new Error(`status ${response.status}`);
}

/** Sends `turns` POSTs, 10 in flight; returns wall ms and process CPU µs per turn. */
async function drive(endpoint: string, body: string, turns: number) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  let sent = 0;
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      while (sent < turns) {
        sent++;
        await post(endpoint, body);
      }
    }),
  );
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - started, cpuUs: (used.user + used.system) / turns };
}

async function main() {
  const storeArg = process.argv[2] ?? 'sqlite';
  const only = process.argv[3];
  const turns = Number(process.env.BENCH_PROFILE_TURNS ?? 2000);
  const connector = new CountingConnector();
  const bodies = turnBodies(await connector.start());
  const say = (line: string) => process.stdout.write(`${line}\n`);
  if (!process.env.BENCH_PROFILE_NO_ECHO) {
    const echo = await startEchoBot();
    for (const [name, body] of [
      ['message', bodies.help],
      ['invoke', bodies.action],
    ] as const) {
      await drive(echo.url, body, 200);
      const run = await drive(echo.url, body, turns);
      say(`echo ${name}: ${run.cpuUs.toFixed(0)} µs CPU/turn, ${((turns / run.ms) * 1000).toFixed(0)}/s`);
    }
    await echo.close();
  }
  const data = tenantFile(1000);
  const url = storeArg === 'sqlite' ? `sqlite://${path.join(path.dirname(data), 'p.sqlite')}` : storeArg;
  const bot = await startBenchBot({ STORE_URL: url, SANDBOX_DATA: data });
  const endpoint = `${bot.url}/api/messages`;
  try {
    for (const [name, body] of Object.entries(bodies)) {
      if (only && name !== only) continue;
      await post(endpoint, body); // first turn of the conversation
      for (const key of Object.keys(counts)) delete counts[key];
      for (let i = 0; i < 10; i++) await post(endpoint, body);
      const perTurn = Object.entries(counts).map(([k, v]) => `${k}=${v / 10}`);
      say(`${name}: store calls per turn: ${perTurn.join(', ') || 'none'}`);
      await drive(endpoint, body, 200);
      const run = await drive(endpoint, body, turns);
      say(`${name}: ${run.cpuUs.toFixed(0)} µs CPU/turn, ${((turns / run.ms) * 1000).toFixed(0)}/s`);
    }
  } finally {
    await bot.stop();
    await connector.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${String((error as Error)?.stack ?? error)}\n`);
    process.exit(1);
  },
);
