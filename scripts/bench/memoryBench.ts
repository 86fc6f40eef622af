/**
 * Memory of the real process. The bot is started as `npm start` starts it (the node flags of the
 * `start` script, dist/bot/main.js), in sandbox mode with 100,000 generated customers (SANDBOX_CUSTOMERS:
 * the sandbox Partner Center runs in the bot's process, so its customers are counted with the bot), a
 * SQLite store, and no forced collection: no --expose-gc, no gc(), nothing but POSTs to /api/messages.
 * Its RSS is read from /proc every SAMPLE_MS, each phase's peak from the kernel's high-water mark
 * (rssSampler.ts); when the customer list is loaded, from the bot's own log line (botLog.ts).
 *
 * Phases: start and cold fill (the first sweep loads the list at start); turns (varied users, queries,
 * messages, card clicks and typeahead invokes, 10 at a time) in slices, RSS after each; steady (idle after
 * the turns); a refresh (CUSTOMER_LIST_REFRESH_SECONDS: the next search on an older list reloads it in the
 * background while the old index answers); and RSS after the refresh. Linux only (/proc).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { VERBS } from '../../cards/verbs';
import { actionActivity, messageActivity, PERSONAS, searchActivity } from '../../test/helpers/activities';
import { CountingConnector, HOST, startCommand } from './harness';
import { BotLog } from './botLog';
import { RssSampler, SAMPLE_MS, type PhasePeak } from './rssSampler';

export const CUSTOMERS = 100_000;
export const TURNS_TARGET = 100_000;
/** The turn loop stops at this many turns or after TURN_BUDGET_MS, whichever comes first. */
export const TURNS_RUN = Number(process.env.BENCH_TURNS ?? 30_000);
export const TURN_BUDGET_MS = 45_000;
const WARMUP_TURNS = 1_000;
const WARMUP_BUDGET_MS = 20_000;
const STEADY_MS = 5_000;
/** Longer than warm-up, turns and steady together, so the refresh comes only when the bench asks for it. */
const REFRESH_SECONDS = Math.ceil((WARMUP_BUDGET_MS + TURN_BUDGET_MS + STEADY_MS) / 1000) + 10;

export interface ProcessMemory {
  customers: number;
  /** How the bot was started (the `start` script's node command). */
  command: string;
  sampleMs: number;
  /** Whether VmHWM could be reset between phases (else peaks are the highest samples). */
  exactPeaks: boolean;
  /** From spawn to the `listening` log line. */
  start: { ms: number; rssMb: number };
  /** From spawn to the first `customer list loaded` (modules, sandbox, cold fill). */
  coldFill: PhasePeak & { loadMs: number; rssMb: number; customers: number };
  turns: {
    turns: number;
    seconds: number;
    failures: number;
    samples: { turns: number; rssMb: number }[];
    rssGrowthMb: number;
  };
  /** Idle after the turns. */
  steady: { seconds: number; medianMb: number; minMb: number; maxMb: number };
  refresh: PhasePeak & { loadMs: number; customers: number; rssMb: number };
  /** Idle after the refresh. */
  afterRefresh: { medianMb: number; maxMb: number };
  /** VmHWM of the whole run is not kept (it is reset by phase); this is the highest sample of the run. */
  sampledPeakMb: number;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, HOST, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Words of the generated tenant's names and domains, alone and together, as people type them. */
const QUERIES = [
  'generated',
  'gen0004',
  '00 gen01',
  'customer 0421',
  'gen012345.onmicrosoft.com',
  'g',
  'generated customer 09',
  'onmicrosoft 0777',
];

/** Activities of several users: messages, card clicks (next page) and typeahead invokes, in turn. */
export function memoryTurnBodies(serviceUrl: string): string[] {
  const people = [PERSONAS.alexSales, PERSONAS.meganAdminApprover, PERSONAS.adeleHelpdesk];
  const bodies: string[] = [];
  QUERIES.forEach((query, q) => {
    people.forEach((who, p) => {
      const options = { serviceUrl, ...who, conversationId: `a:personal-${who.userId}` };
      const kind = (q + p) % 4;
      const activity =
        kind === 0
          ? messageActivity(`customers ${query}`, options)
          : kind === 1
            ? actionActivity(VERBS.customersPage, { query, page: 1 }, options)
            : kind === 2
              ? searchActivity(query, options)
              : messageActivity('help', options);
      bodies.push(JSON.stringify(activity));
    });
  });
  return bodies;
}

async function post(endpoint: string, body: string): Promise<boolean> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  await response.arrayBuffer();
  return response.status === 200;
}

/** Posts bodies in turn, 10 at a time, until `count` turns or the deadline. */
async function drive(endpoint: string, bodies: string[], count: number, deadline: number) {
  let next = 0;
  let failures = 0;
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      while (next < count && Date.now() < deadline) {
        const i = next++;
        if (!(await post(endpoint, bodies[i % bodies.length]))) failures++;
      }
    }),
  );
  return { turns: Math.min(next, count), failures };
}

export async function runMemoryBench(log: (line: string) => void): Promise<ProcessMemory> {
  if (process.platform !== 'linux') throw new Error('the memory bench reads /proc (Linux only)');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'reseller-memory-'));
  const connector = new CountingConnector();
  const serviceUrl = await connector.start();
  const port = await freePort();
  const command = startCommand();
  const started = performance.now();
  // A clean environment and a working directory of its own (no developer's .env is read).
  const proc = spawn(process.execPath, command.args, {
    cwd: dir,
    env: {
      PATH: process.env.PATH,
      PORT: String(port),
      HOST,
      STORE_URL: `sqlite://${path.join(dir, 'memory.sqlite')}`,
      PARTNER_CENTER: 'sandbox',
      SANDBOX_CUSTOMERS: String(CUSTOMERS),
      CUSTOMER_LIST_REFRESH_SECONDS: String(REFRESH_SECONDS),
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  proc.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const exited = new Promise<number | null>((resolve) => proc.on('exit', resolve));
  const logs = new BotLog(proc);
  const sampler = new RssSampler(proc.pid ?? 0);
  const endpoint = `http://${HOST}:${port}/api/messages`;
  try {
    const failed = exited.then((code) => {
      throw new Error(`the bot exited (${String(code)}): ${stderr}`);
    });
    const until = <T>(promise: Promise<T>) => Promise.race([promise, failed]);

    await until(logs.wait('listening', 1, 60_000));
    const start = { ms: performance.now() - started, rssMb: sampler.now() };
    const filled = await until(logs.wait('customer list loaded', 1, 120_000));
    const filledAt = Date.now();
    const coldFill = {
      ...sampler.phase(),
      loadMs: Number(filled.ms),
      rssMb: sampler.now(),
      customers: Number(filled.customers),
    };
    log(
      `  start ${Math.round(start.ms)} ms (${start.rssMb} MB); cold fill of ${coldFill.customers} in ${coldFill.loadMs} ms: ` +
        `peak ${coldFill.peakMb} MB, then ${coldFill.rssMb} MB`,
    );

    const bodies = memoryTurnBodies(serviceUrl);
    await until(drive(endpoint, bodies, WARMUP_TURNS, Date.now() + WARMUP_BUDGET_MS));
    const samples = [{ turns: 0, rssMb: sampler.now() }];
    const turnsStarted = Date.now();
    const deadline = turnsStarted + TURN_BUDGET_MS;
    let turns = 0;
    let failures = 0;
    const step = Math.ceil(TURNS_RUN / 5);
    for (let i = 0; i < 5 && Date.now() < deadline; i++) {
      const slice = await until(drive(endpoint, bodies, step, deadline));
      turns += slice.turns;
      failures += slice.failures;
      samples.push({ turns, rssMb: sampler.now() });
    }
    const seconds = (Date.now() - turnsStarted) / 1000;
    const turnsResult = {
      turns,
      seconds,
      failures,
      samples,
      rssGrowthMb: Math.round((samples[samples.length - 1].rssMb - samples[0].rssMb) * 10) / 10,
    };
    const steady = { seconds: STEADY_MS / 1000, ...(await sampler.window(STEADY_MS)) };
    log(
      `  ${turns} turns in ${seconds.toFixed(0)} s (${failures} failed); steady ${steady.medianMb} MB ` +
        `(${steady.minMb}–${steady.maxMb})`,
    );

    // The refresh: the first search once the list is older than REFRESH_SECONDS starts it.
    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, filledAt + REFRESH_SECONDS * 1000 + 1000 - Date.now())),
    );
    sampler.phase();
    const search = bodies.find((body) => body.includes('"text":"customers ')) ?? bodies[0];
    if (!(await until(post(endpoint, search)))) throw new Error('the search that starts the refresh failed');
    const refreshed = await until(logs.wait('customer list loaded', 2, 120_000));
    const refresh = {
      ...sampler.phase(),
      loadMs: Number(refreshed.ms),
      customers: Number(refreshed.customers),
      rssMb: sampler.now(),
    };
    await until(drive(endpoint, bodies, 200, Date.now() + 10_000));
    const after = await sampler.window(STEADY_MS);
    log(
      `  refresh in ${refresh.loadMs} ms: peak ${refresh.peakMb} MB; after it ${after.medianMb} MB ` +
        `(peak of the run, sampled: ${sampler.runPeakMb} MB)`,
    );
    return {
      customers: CUSTOMERS,
      command: command.text,
      sampleMs: SAMPLE_MS,
      exactPeaks: sampler.exact,
      start,
      coldFill,
      turns: turnsResult,
      steady,
      refresh,
      afterRefresh: { medianMb: after.medianMb, maxMb: after.maxMb },
      sampledPeakMb: sampler.runPeakMb,
    };
  } finally {
    sampler.stop();
    if (proc.exitCode === null) {
      proc.kill('SIGTERM');
      await exited;
    }
    await connector.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
