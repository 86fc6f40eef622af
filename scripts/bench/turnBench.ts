/**
 * Turn throughput and latency over real HTTP, like for like: the bot (startBot, logging at its default
 * level to a stdout the bench drains) against an echo bot on the bot's own adapter that answers the
 * very card the bot answers (captured from the bot before the run), same harness, same machine, same
 * run. Each server runs in its own process (benchTarget.ts); this process runs autocannon and the
 * loopback connector the adapters really POST their replies to. Requests come from a varied workload
 * (turnWorkload.ts: 200 users in their 1:1 chats, more than 1,000 search texts, clicks through their
 * pages). Cases: `help`, `customers <text>` (a picker card, 15 results) and an Action.Execute click
 * (customers.page, another page of 15). Besides req/s and latency (p50 and p99 over every response
 * of the case), the server's CPU time per request is read around each run: less sensitive than
 * throughput to what else the machine does.
 *
 * Long because each case alternates the bot and its floors in rounds over one workload.
 */
import path from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { generateTenant } from '../../services/partner-center';
import { VERBS } from '../../cards/verbs';
import { actionActivity, messageActivity, PERSONAS } from '../../test/helpers/activities';
import type { EchoAnswers } from './echoFloor';
import { CountingConnector, LOAD, load, pooled, startTarget, type LoadResult, type Target } from './harness';
import { turnWorkload, type BodyPool, type TurnWorkload } from './turnWorkload';
import { summarizeProfile, type ProfileBreakdown } from './cpuProfileSummary';

const ROUNDS = LOAD.rounds;
/** Rounds of the floors' own comparison (one line against the bot's card): context, not a target. */
const FLOOR_ROUNDS = Math.max(2, ROUNDS - 2);

/** One measured case: the bot against the echo bot answering the bot's own card, in the same rounds. */
export interface TurnCase {
  store: string;
  name: string;
  /** All the bot's slices taken together (harness.pooled: p50/p99 over every response). */
  bot: LoadResult;
  /** Floor (b): the echo bot answering the bot's card, its slices of the same rounds. */
  echo: LoadResult;
  /** Bot req/s ÷ echo req/s in each round: the spread. */
  roundRatios: number[];
  /** Bytes the bot wrote to stdout per turn (its log lines at the default level). */
  logBytesPerTurn: number;
  /** SQLite only: µs of CPU per turn by part of the stack, from a profiled run of each after the rounds. */
  profile?: { bot: ProfileBreakdown; echo: ProfileBreakdown; seconds: number };
}

/** Floor (a), a one-line answer, against floor (b), the bot's card, for one case: what the card costs. */
export interface FloorCase {
  name: string;
  /** Size of the bot's answer the echo bot gives in (b): the activity it POSTs, or its invoke response. */
  answerBytes: number;
  line: LoadResult;
  card: LoadResult;
  /** (b) req/s ÷ (a) req/s in each round. */
  roundRatios: number[];
}

export interface TurnBenchResult {
  httpFloor: LoadResult;
  floors: FloorCase[];
  cases: TurnCase[];
  workload: Pick<TurnWorkload, 'users' | 'conversations' | 'queries' | 'clicks'>;
  stores: string[];
  skipped: string[];
}

interface Side {
  name: string;
  target: Target;
  body: () => string;
}

interface Alternated {
  first: LoadResult;
  second: LoadResult;
  /** second req/s ÷ first req/s per round. */
  roundRatios: number[];
  /** Bytes `second` wrote to stdout during its measured slices. */
  secondOutputBytes: number;
}

/**
 * Both sides warmed up, then `rounds` rounds of one slice each, the order alternating (first–second,
 * second–first, …) so a drift of the machine's speed during the case falls on both alike.
 */
async function alternate(first: Side, second: Side, rounds: number): Promise<Alternated> {
  const warm = { warmupS: 0, durationS: LOAD.warmupS };
  await load(first.name, first.target.url, first.body, first.target, warm);
  await load(second.name, second.target.url, second.body, second.target, warm);
  const runs: [LoadResult[], LoadResult[]] = [[], []];
  const latencies: [number[], number[]] = [[], []];
  let secondOutputBytes = 0;
  const slice = async (side: 0 | 1) => {
    const { name, target, body } = side === 0 ? first : second;
    const before = target.outputBytes;
    runs[side].push(
      await load(name, target.url, body, target, {
        warmupS: 0,
        durationS: LOAD.sliceS,
        latencies: latencies[side],
      }),
    );
    if (side === 1) secondOutputBytes += target.outputBytes - before;
  };
  for (let round = 0; round < rounds; round++) {
    for (const side of round % 2 === 0 ? ([0, 1] as const) : ([1, 0] as const)) await slice(side);
  }
  return {
    first: pooled(runs[0], latencies[0]),
    second: pooled(runs[1], latencies[1]),
    roundRatios: runs[1].map((run, i) => run.rps / runs[0][i].rps),
    secondOutputBytes,
  };
}

/** A generated sandbox tenant on disk (SANDBOX_DATA), so `customers generated` has 15+ results. */
export function tenantFile(customers: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'reseller-bench-'));
  const file = path.join(dir, `tenant-${customers}.json`);
  writeFileSync(file, JSON.stringify(generateTenant(customers)));
  return file;
}

/** One user, one conversation, one query per case (the memory check's fixed turns). */
export function turnBodies(serviceUrl: string) {
  const who = { serviceUrl, ...PERSONAS.alexSales };
  return {
    help: JSON.stringify(messageActivity('help', who)),
    customers: JSON.stringify(messageActivity('customers generated', who)),
    action: JSON.stringify(actionActivity(VERBS.customersPage, { query: 'generated', page: 1 }, who)),
  };
}

type CaseKey = keyof TurnWorkload['pools'];
const CASES: { key: CaseKey; name: string }[] = [
  { key: 'help', name: 'help' },
  { key: 'customers', name: 'customers <text>' },
  { key: 'click', name: 'Action.Execute customers.page' },
];

/** The fields TurnContext sets from the conversation: dropped, so the echo bot sets its own. */
const REFERENCE_FIELDS = [
  'id',
  'channelId',
  'conversation',
  'from',
  'recipient',
  'serviceUrl',
  'replyToId',
  'locale',
];

async function post(url: string, body: string): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${response.status} ${text.slice(0, 200)}`);
  return text;
}

/**
 * Each user's first message, one at a time, before anything is measured: a first contact registers the
 * user's 1:1 chat (several store writes, once per user), and the cases measure a bot that knows its
 * users, as a deployed bot does after its first days.
 */
export async function introduceUsers(url: string, workload: TurnWorkload): Promise<void> {
  for (const body of workload.pools.help.bodies) await post(url, body);
}

/**
 * Before measuring: every 50th body of each pool answered 200 with the expected card (a card at the
 * connector for messages, the picker with customers for `customers` and the click). Returns the bot's
 * answers to each pool's first body, for the echo bot's floor (b).
 */
export async function checkAnswers(
  url: string,
  workload: TurnWorkload,
  connector: CountingConnector,
): Promise<EchoAnswers> {
  const answers: EchoAnswers = { messages: {} };
  for (const { key, name } of CASES) {
    const { bodies } = workload.pools[key];
    for (let i = 0; i < bodies.length; i += 50) {
      connector.captureNext();
      const response = await post(url, bodies[i]);
      const answer = key === 'click' ? response : connector.captured;
      if (!answer?.includes('application/vnd.microsoft.card.adaptive'))
        throw new Error(`${name}: no card in the answer: ${String(answer).slice(0, 200)}`);
      if (key !== 'help' && !answer.includes('Generated Customer'))
        throw new Error(`${name}: no customers in the answer: ${answer.slice(0, 300)}`);
      if (i > 0) continue;
      if (key === 'click') answers.invoke = JSON.parse(answer) as unknown;
      else {
        const activity = JSON.parse(answer) as Record<string, unknown>;
        for (const field of REFERENCE_FIELDS) delete activity[field];
        const text = (JSON.parse(bodies[i]) as { text: string }).text;
        answers.messages[text.split(' ')[0]] = activity;
      }
    }
  }
  return answers;
}

const bytesOf = (answers: EchoAnswers, key: CaseKey) =>
  Buffer.byteLength(
    JSON.stringify(
      key === 'click' ? answers.invoke : answers.messages[key === 'help' ? 'help' : 'customers'],
    ),
  );

const side = (name: string, target: Target, pool: BodyPool): Side => ({ name, target, body: pool.next });

/** Length of each profiled run (the profiler itself slows a turn, so these runs are not the figures above). */
const PROFILE_S = 3;

/** A profiled run of `target` on `pool` (V8's sampling profiler, as `node --cpu-prof`): µs per turn by part. */
async function profiled(
  name: string,
  target: Target,
  pool: BodyPool,
  dir: string,
): Promise<ProfileBreakdown> {
  const file = path.join(dir, `${name.replace(/\W+/g, '-')}.cpuprofile`);
  await target.profileStart();
  const run = await load(name, target.url, pool.next, target, { warmupS: 0, durationS: PROFILE_S });
  await target.profileStop(file);
  return summarizeProfile(file, run.requests);
}

export async function runTurnBench(
  redisUrl: string | undefined,
  log: (line: string) => void,
): Promise<TurnBenchResult> {
  const connector = new CountingConnector();
  const serviceUrl = await connector.start();
  const workload = turnWorkload(serviceUrl);
  const { pools } = workload;
  const skipped: string[] = [];
  const targets: Target[] = [];
  const started = async (...args: Parameters<typeof startTarget>) => {
    const target = await startTarget(...args);
    targets.push(target);
    return target;
  };
  try {
    const floor = await started('floor');
    const httpFloor = await load('restify 200', floor.url, pools.help.bodies[0], floor);
    await floor.stop();
    log(`  http floor ${Math.round(httpFloor.rps)} req/s`);
    log(
      `  workload: ${workload.users} users, ${workload.conversations} conversations, ` +
        `${workload.queries} search texts, ${workload.clicks} distinct clicks`,
    );

    const stores: [string, string][] = [
      ['sqlite', `sqlite://${path.join(path.dirname(workload.sandboxData), 'bench.sqlite')}`],
    ];
    if (redisUrl) stores.push(['redis', redisUrl]);
    else skipped.push('redis (no redis-server on this machine)');
    const botEnv = { SANDBOX_DATA: workload.sandboxData, ROLES_FILE: workload.rolesFile, LOG_LEVEL: '' };
    const cases: TurnCase[] = [];
    let echoCard: Target | undefined;
    let answers: EchoAnswers | undefined;
    for (const [store, url] of stores) {
      const bot = await started('bot', { ...botEnv, STORE_URL: url });
      await introduceUsers(bot.url, workload);
      const botAnswers = await checkAnswers(bot.url, workload, connector);
      if (!answers) {
        answers = botAnswers;
        echoCard = await started('echo-card', { BENCH_ECHO_ANSWERS: JSON.stringify(answers) });
      }
      for (const { key, name } of CASES) {
        const measured = await alternate(
          side('echo (b)', echoCard as Target, pools[key]),
          side(name, bot, pools[key]),
          ROUNDS,
        );
        const { first: e, second: b, roundRatios } = measured;
        const profileDir = path.dirname(workload.sandboxData);
        const profile =
          store === 'sqlite'
            ? {
                echo: await profiled(`${key}-echo`, echoCard as Target, pools[key], profileDir),
                bot: await profiled(`${key}-bot`, bot, pools[key], profileDir),
                seconds: PROFILE_S,
              }
            : undefined;
        cases.push({
          store,
          name,
          bot: b,
          echo: e,
          roundRatios,
          logBytesPerTurn: measured.secondOutputBytes / Math.max(1, b.requests),
          profile,
        });
        log(
          `  ${store} ${name}: ${Math.round(b.rps)} req/s p99 ${b.p99.toFixed(1)} ms ${Math.round(b.cpuUsPerRequest ?? NaN)} µs CPU/turn ` +
            `(echo (b) ${Math.round(e.rps)} req/s p99 ${e.p99.toFixed(1)} ms ${Math.round(e.cpuUsPerRequest ?? NaN)} µs); ` +
            `${(b.rps / e.rps).toFixed(2)}×, p99 ${(b.p99 / e.p99).toFixed(2)}×, rounds ${roundRatios.map((r) => r.toFixed(2)).join(' ')}`,
        );
      }
      await bot.stop();
    }

    // Floor (a) against floor (b): what answering the bot's card instead of one line costs the echo bot.
    const echoLine = await started('echo');
    const floors: FloorCase[] = [];
    for (const { key, name } of CASES) {
      const measured = await alternate(
        side('echo (a)', echoLine, pools[key]),
        side('echo (b)', echoCard as Target, pools[key]),
        FLOOR_ROUNDS,
      );
      floors.push({
        name,
        answerBytes: bytesOf(answers as EchoAnswers, key),
        line: measured.first,
        card: measured.second,
        roundRatios: measured.roundRatios,
      });
      log(
        `  floors ${name}: one line ${Math.round(measured.first.rps)} req/s, the bot's card ` +
          `${Math.round(measured.second.rps)} req/s (${(measured.second.rps / measured.first.rps).toFixed(2)}×)`,
      );
    }
    return {
      httpFloor,
      floors,
      cases,
      workload: {
        users: workload.users,
        conversations: workload.conversations,
        queries: workload.queries,
        clicks: workload.clicks,
      },
      stores: stores.map(([s]) => s),
      skipped,
    };
  } finally {
    for (const target of targets) await target.stop().catch(() => undefined);
    await connector.stop();
  }
}
