/**
 * Bench harness: environment facts, percentiles, a counting loopback connector (the adapter really
 * POSTs each reply to it), autocannon runs against 127.0.0.1 and the real bot on an ephemeral port.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { startBot, type RunningBot } from '../../bot/startBot';
import { loadConfig, type Config } from '../../services/config/config';
import { createLogger, type Logger } from '../../services/logging/logger';

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
 * dropped (a capturing connector would itself grow memory during 100k turns).
 */
export class CountingConnector {
  received = 0;
  private readonly server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      this.received++;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`{"id":"reply-${this.received}"}`);
    });
  });

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
}

/** One autocannon run (after a short warm-up) POSTing `body` to `url`; with `target`, its CPU per request. */
export async function load(
  name: string,
  url: string,
  body: string,
  target?: Target,
  { warmupS = LOAD.warmupS, durationS = LOAD.durationS }: LoadTiming = {},
): Promise<LoadResult> {
  const options = {
    url,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json' },
    body,
    connections: LOAD.connections,
  };
  if (warmupS > 0) await autocannon({ ...options, duration: warmupS });
  const before = await target?.usage();
  const result = await autocannon({ ...options, duration: durationS });
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

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/**
 * Runs of equal length taken as one: mean req/s, summed requests and errors, CPU per request over all
 * requests, and the median of the runs' p50 and p99 (autocannon reports percentiles per run).
 */
export function pooled(runs: LoadResult[]): LoadResult {
  const requests = runs.reduce((sum, r) => sum + r.requests, 0);
  const cpuKnown = runs.every((r) => r.cpuUsPerRequest !== undefined);
  const cpuUs = runs.reduce((sum, r) => sum + (r.cpuUsPerRequest ?? 0) * r.requests, 0);
  return {
    name: runs[0].name,
    requests,
    rps: runs.reduce((sum, r) => sum + r.rps, 0) / runs.length,
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    non2xx: runs.reduce((sum, r) => sum + r.non2xx, 0),
    cpuUsPerRequest: cpuKnown && requests > 0 ? cpuUs / requests : undefined,
  };
}

/** A server under load in its own process (benchTarget.ts): the load generator does not share its CPU. */
export interface Target {
  url: string;
  usage(): Promise<TargetUsage>;
  stop(): Promise<void>;
}

/** Starts `kind` in a child process (bot settings in `env`) and waits until it listens. */
export async function startTarget(kind: TargetKind, env: Record<string, string> = {}): Promise<Target> {
  const child: ChildProcess = fork(path.join(__dirname, 'benchTarget.js'), [kind], {
    env: { ...process.env, ...env },
    execArgv: ['--disable-warning=DEP0111'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const exited = once(child, 'exit');
  const [ready] = (await Promise.race([
    once(child, 'message'),
    exited.then(([code]) => {
      throw new Error(`bench target ${kind} exited (${String(code)}) before listening`);
    }),
  ])) as [{ ready: string }];
  let pending = Promise.resolve<unknown>(undefined);
  return {
    url: ready.ready,
    usage() {
      // One question at a time: answers come back in order.
      const next = pending.then(async () => {
        const answer = once(child, 'message');
        child.send('usage');
        const [message] = (await answer) as [{ usage: TargetUsage }];
        return message.usage;
      });
      pending = next.catch(() => undefined);
      return next;
    },
    async stop() {
      if (child.exitCode !== null) return;
      child.send('stop');
      await exited;
    },
  };
}

/** The real bot (startBot: restify, adapter, teams-ai, store, sandbox Partner Center) on 127.0.0.1:0. */
export async function startBenchBot(env: Record<string, string>): Promise<RunningBot> {
  const config: Config = {
    ...loadConfig({ LOG_LEVEL: 'silent', ...env }),
    port: 0,
    host: HOST,
  };
  const bot = await startBot(config, { logger: quietLogger() });
  await bot.services.directory.current();
  return bot;
}

export async function time<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}
