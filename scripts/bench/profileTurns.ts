/**
 * Profiles turns as the bench runs them: the bot and the echo bot answering the bot's own card (floor
 * b) each in their own process (benchTarget.ts, the bot logging at its default level to a drained
 * pipe), driven by autocannon with the bench's varied workload (turnWorkload.ts). Prints, per case, the
 * RecordStore calls per turn of the bot and the CPU per turn and req/s of both; with
 * BENCH_PROFILE_DIR set, a CPU profile of each measured run (the V8 profiler `node --cpu-prof` uses,
 * started and stopped around the run: no start-up, no warm-up) is written there as
 * <case>-<bot|echo>.cpuprofile, to open in Chrome DevTools or summarize. Usage:
 *   BENCH_PROFILE_DIR=/tmp/prof node dist/scripts/bench/profileTurns.js [sqlite|redis://…] [help|customers|click]
 * BENCH_PROFILE_SECONDS (default 8) is the length of each measured run.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { CountingConnector, load, startTarget, type Target } from './harness';
import { checkAnswers, introduceUsers } from './turnBench';
import { turnWorkload, type TurnWorkload } from './turnWorkload';

const say = (line: string) => process.stdout.write(`${line}\n`);

function perTurn(before: Record<string, number>, after: Record<string, number>, turns: number): string {
  const keys = Object.keys(after).filter((key) => after[key] !== (before[key] ?? 0));
  return (
    keys.map((key) => `${key}=${((after[key] - (before[key] ?? 0)) / turns).toFixed(2)}`).join(', ') || 'none'
  );
}

async function main() {
  const storeArg = process.argv[2] ?? 'sqlite';
  const only = process.argv[3] as keyof TurnWorkload['pools'] | undefined;
  const seconds = Number(process.env.BENCH_PROFILE_SECONDS ?? 8);
  const profileDir = process.env.BENCH_PROFILE_DIR;
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  const connector = new CountingConnector();
  const workload = turnWorkload(await connector.start());
  const storeUrl =
    storeArg === 'sqlite'
      ? `sqlite://${path.join(path.dirname(workload.sandboxData), 'p.sqlite')}`
      : storeArg;
  const targets: Target[] = [];
  try {
    const bot = await startTarget('bot', {
      STORE_URL: storeUrl,
      SANDBOX_DATA: workload.sandboxData,
      ROLES_FILE: workload.rolesFile,
      LOG_LEVEL: '',
      BENCH_COUNT_STORE_CALLS: '1',
    });
    targets.push(bot);
    await introduceUsers(bot.url, workload);
    const answers = await checkAnswers(bot.url, workload, connector);
    const echo = await startTarget('echo-card', { BENCH_ECHO_ANSWERS: JSON.stringify(answers) });
    targets.push(echo);
    for (const [name, pool] of Object.entries(workload.pools)) {
      if (only && name !== only) continue;
      for (const [who, target] of [
        ['echo (b)', echo],
        ['bot', bot],
      ] as const) {
        await load(who, target.url, pool.next, target, { warmupS: 0, durationS: 1 });
        const calls = await target.storeCalls();
        const logBytes = target.outputBytes;
        const replies = connector.received;
        if (profileDir) await target.profileStart();
        const run = await load(who, target.url, pool.next, target, { warmupS: 0, durationS: seconds });
        if (profileDir)
          await target.profileStop(
            path.join(profileDir, `${name}-${who === 'bot' ? 'bot' : 'echo'}.cpuprofile`),
          );
        const store =
          who === 'bot'
            ? `; store calls per turn: ${perTurn(calls, await target.storeCalls(), run.requests)}`
            : '';
        say(
          `${name} ${who}: ${Math.round(run.cpuUsPerRequest ?? NaN)} µs CPU/turn, ${Math.round(run.rps)} req/s, ` +
            `p99 ${run.p99} ms, ${run.errors + run.non2xx} errors, ` +
            `${Math.round((target.outputBytes - logBytes) / Math.max(1, run.requests))} log bytes/turn, ` +
            `${((connector.received - replies) / Math.max(1, run.requests)).toFixed(2)} connector calls/turn${store}`,
        );
      }
    }
  } finally {
    for (const target of targets) await target.stop();
    await connector.stop();
  }
  if (profileDir) say(`profiles in ${profileDir}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${String((error as Error)?.stack ?? error)}\n`);
    process.exit(1);
  },
);
