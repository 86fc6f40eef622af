/**
 * Bench harness: environment facts, percentiles, a counting loopback connector (the adapter really
 * POSTs each reply to it), autocannon runs against 127.0.0.1 and the real bot on an ephemeral port.
 *
 * Long because the load runs, the processes under load and their CPU readings are one harness.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { startBot, type RunningBot } from '../../bot/startBot';
import { loadConfig, type Config } from '../../services/config/config';
import { createLogger, type Logger } from '../../services/logging/logger';
import type { StoreCalls } from './storeCallCounter';

/** What benchTarget.ts can serve, and what it reports of its own process. */
export type TargetKind = 'floor' | 'echo' | 'echo-card' | 'bot';

export interface TargetUsage {
  cpuUs: number;
  rssBytes: number;
}

export const HOST = '127.0.0.1';

export interface Environment {
  node: string;
  cpus: number;
  cpuModel: string;
  platform: string;
  totalMemMb: number;
  date: string;
}

/** The machine's load average (1 and 5 minutes) when a section starts, and at the end of the run. */
export interface LoadSample {
  at: string;
  oneMinute: number;
  fiveMinutes: number;
}

export function loadSample(at: string): LoadSample {
  const [oneMinute, fiveMinutes] = os.loadavg();
  return { at, oneMinute, fiveMinutes };
}

export function environment(): Environment {
  const cpus = os.cpus();
  return {
    node: process.version,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    totalMemMb: Math.round(os.totalmem() / 1024 / 1024),
    date: new Date().toISOString(),
  };
}

export const quietLogger = (): Logger => createLogger('silent');

/** The p-th percentile (0..100) of samples, nearest-rank. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = Float64Array.from(samples).sort();
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export function mb(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}

export async function settle(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < 3; i++) {
    gc?.();
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * A Bot Framework connector on loopback that only counts: replies are answered 200 with an id and
 * dropped (a capturing connector would itself grow memory during 100k turns), except the one reply
 * after captureNext(), kept in `captured` (the bench takes the bot's answers from it).
 */
export class CountingConnector {
  received = 0;
  captured: string | undefined;
  private capturing = false;
  private readonly server = http.createServer((req, res) => {
    const chunks: Buffer[] | undefined = this.capturing ? [] : undefined;
    this.capturing = false;
    if (chunks) req.on('data', (chunk: Buffer) => chunks.push(chunk));
    else req.resume();
    req.on('end', () => {
      this.received++;
      if (chunks) this.captured = Buffer.concat(chunks).toString('utf8');
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`{"id":"reply-${this.received}"}`);
    });
  });

  /** Keeps the body of the next reply in `captured`. */
  captureNext(): void {
    this.captured = undefined;
    this.capturing = true;
  }

  async start(): Promise<string> {
    this.server.keepAliveTimeout = 60_000;
    this.server.listen(0, HOST);
    await once(this.server, 'listening');
    return this.url;
  }

  get url(): string {
    return `http://${HOST}:${(this.server.address() as AddressInfo).port}/`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

export interface LoadResult {
  name: string;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** CPU time (user + system) the server process spent per request in the measured run, when known. */
  cpuUsPerRequest?: number;
}

export const LOAD = {
  durationS: 4,
  connections: 10,
  warmupS: 1,
  /** Turn cases: rounds of one slice of the echo bot and one of the bot, order alternating (ABBA). */
  rounds: Number(process.env.BENCH_ROUNDS ?? 6),
  sliceS: 2,
};

export interface LoadTiming {
  warmupS?: number;
  durationS?: number;
  /** Every response time (ms) of the measured run is appended here. */
  latencies?: number[];
}

/** One body for every request, or a function giving each request its own (a turn workload's pool). */
export type Body = string | (() => string);

/** One autocannon run (after a short warm-up) POSTing `body` to `url`; with `target`, its CPU per request. */
export async function load(
  name: string,
  url: string,
  body: Body,
  target?: Target,
  { warmupS = LOAD.warmupS, durationS = LOAD.durationS, latencies }: LoadTiming = {},
): Promise<LoadResult> {
  const options = {
    url,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json' },
    ...(typeof body === 'string'
      ? { body }
      : {
          requests: [
            {
              setupRequest: (request: autocannon.Request) => {
                request.body = body();
                return request;
              },
            },
          ],
        }),
    connections: LOAD.connections,
  };
  if (warmupS > 0) await autocannon({ ...options, duration: warmupS });
  const before = await target?.usage();
  // Without a callback autocannon returns its instance, an EventEmitter that is also a promise of the
  // result; its 'response' event passes (client, status, bytes, ms), not what @types/autocannon says.
  const run = autocannon({ ...options, duration: durationS }) as Promise<autocannon.Result> &
    NodeJS.EventEmitter;
  const events: NodeJS.EventEmitter = run;
  if (latencies)
    events.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) =>
      latencies.push(ms),
    );
  const result = await run;
  const after = await target?.usage();
  const requests = result.requests.total;
  return {
    name,
    requests,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    cpuUsPerRequest: before && after && requests > 0 ? (after.cpuUs - before.cpuUs) / requests : undefined,
  };
}

/**
 * Runs of equal length taken as one: mean req/s, summed requests and errors, CPU per request over all
 * requests, and p50 and p99 over every response of the runs (`latencies`, all runs' response times
 * merged: a median of per-run percentiles would smooth the tail away).
 */
export function pooled(runs: LoadResult[], latencies: number[]): LoadResult {
  const requests = runs.reduce((sum, r) => sum + r.requests, 0);
  const cpuKnown = runs.every((r) => r.cpuUsPerRequest !== undefined);
  const cpuUs = runs.reduce((sum, r) => sum + (r.cpuUsPerRequest ?? 0) * r.requests, 0);
  return {
    name: runs[0].name,
    requests,
    rps: runs.reduce((sum, r) => sum + r.rps, 0) / runs.length,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    non2xx: runs.reduce((sum, r) => sum + r.non2xx, 0),
    cpuUsPerRequest: cpuKnown && requests > 0 ? cpuUs / requests : undefined,
  };
}

/** A server under load in its own process (benchTarget.ts): the load generator does not share its CPU. */
export interface Target {
  url: string;
  usage(): Promise<TargetUsage>;
  /** Bytes the process wrote to its stdout so far (the bot's log lines; drained and dropped). */
  readonly outputBytes: number;
  /** RecordStore calls so far by method and key prefix (a bot started with BENCH_COUNT_STORE_CALLS=1). */
  storeCalls(): Promise<StoreCalls>;
  /** Starts the V8 CPU profiler in the process; profileStop writes what it sampled since to `file`. */
  profileStart(): Promise<void>;
  profileStop(file: string): Promise<void>;
  stop(): Promise<void>;
}

const REPO = path.resolve(__dirname, '../../..');

/** The node command of package.json's `start` script: its flags and entry, run with this node. */
export function startCommand(): { args: string[]; flags: string[]; text: string } {
  const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const node = pkg.scripts.start
    .split('&&')
    .map((part) => part.trim())
    .find((part) => part.startsWith('node '));
  if (!node) throw new Error('package.json: the start script runs no `node …` command');
  const [, ...args] = node.split(/\s+/);
  const entry = args.findIndex((arg) => !arg.startsWith('-'));
  args[entry] = path.join(REPO, args[entry]);
  return { args, flags: args.slice(0, entry), text: node };
}

/**
 * Starts `kind` in a child process (bot settings in `env`) and waits until it listens. Its stdout is a
 * pipe this process drains, as a container runtime would: the bot logs at its default level there.
 */
export async function startTarget(
  kind: TargetKind,
  env: Record<string, string> = {},
  execArgv: string[] = [],
): Promise<Target> {
  const child: ChildProcess = fork(path.join(__dirname, 'benchTarget.js'), [kind], {
    env: { ...process.env, ...env },
    // The node flags `npm start` runs the bot with (heap sizing among them), for the floors and the bot alike.
    execArgv: [...startCommand().flags, ...execArgv],
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  let outputBytes = 0;
  child.stdout?.on('data', (chunk: Buffer) => {
    outputBytes += chunk.length;
  });
  const exited = once(child, 'exit');
  const [ready] = (await Promise.race([
    once(child, 'message'),
    exited.then(([code]) => {
      throw new Error(`bench target ${kind} exited (${String(code)}) before listening`);
    }),
  ])) as [{ ready: string }];
  let pending = Promise.resolve<unknown>(undefined);
  // One question at a time: answers come back in order.
  const ask = <T>(question: string | object, key: string): Promise<T> => {
    const next = pending.then(async () => {
      const answer = once(child, 'message');
      child.send(question);
      const [message] = (await answer) as [Record<string, T>];
      return message[key];
    });
    pending = next.catch(() => undefined);
    return next;
  };
  return {
    url: ready.ready,
    get outputBytes() {
      return outputBytes;
    },
    usage: () => ask<TargetUsage>('usage', 'usage'),
    storeCalls: () => ask<StoreCalls>('storeCalls', 'storeCalls'),
    profileStart: () => ask<boolean>('profileStart', 'profiling').then(() => undefined),
    profileStop: (file) => ask<string>({ profileStop: file }, 'profiled').then(() => undefined),
    async stop() {
      if (child.exitCode !== null) return;
      child.send('stop');
      await exited;
    },
  };
}

/**
 * The real bot (startBot: restify, adapter, teams-ai, store, sandbox Partner Center) on 127.0.0.1:0,
 * configured from `env` alone; logging silenced unless a `logger` is given.
 */
export async function startBenchBot(
  env: Record<string, string>,
  logger = quietLogger(),
): Promise<RunningBot> {
  const config: Config = {
    ...loadConfig({ LOG_LEVEL: 'silent', ...env }),
    port: 0,
    host: HOST,
  };
  const bot = await startBot(config, { logger });
  await bot.services.directory.current();
  return bot;
}

export async function time<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}
