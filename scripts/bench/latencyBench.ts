/**
 * Latency a partner feels, in the real process (`node dist/bot/main.js`, what `npm start` runs):
 * - cold start: the bot starts on a sandbox of 100k customers that answers each Partner Center call
 *   after SANDBOX_DELAY_MS ± SANDBOX_DELAY_JITTER_MS; the time from "listening" to the `customers` card
 *   (asked at once), whether that card came from a list still being read (and from how many customers),
 *   and when `customers` first answers from the whole list;
 * - `npm start` on a checkout that is already built: the time from the command to "listening", next to
 *   `node dist/bot/main.js` alone.
 * Each bot runs in a child process on a free loopback port (memory store); replies go to a loopback
 * connector that keeps them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { STRINGS } from '../../cards/strings';
import { messageActivity, PERSONAS } from '../../test/helpers/activities';
import { HOST } from './harness';
import { DELAY } from './preflightBench';
import { tenantFile } from './turnBench';

export const COLD_CUSTOMERS = 100_000;
/** How long the bench waits for the whole list after a cold start, asking `customers` every POLL_MS. */
const FULL_LIST_BUDGET_MS = 120_000;
const POLL_MS = 2_000;
const START_TIMEOUT_MS = 180_000;
const REPO = path.resolve(__dirname, '../../..');

export interface ColdStart {
  customers: number;
  delayMs: number;
  jitterMs: number;
  /** Process start → listening. */
  listeningMs: number;
  /** Listening → the `customers` card at the connector. */
  firstCardMs: number;
  /** The first card said the list was still loading. */
  partial: boolean;
  /** Matching customers the first card counted. */
  firstCardCustomers: number;
  /** Listening → a `customers` card from the whole list (undefined: not within the budget). */
  fullListMs?: number;
  fullListCustomers?: number;
}

export interface StartTime {
  /** `npm start` → listening, on a built checkout. */
  npmStartMs: number;
  /** `node dist/bot/main.js` → listening (the floor). */
  nodeMs: number;
}

export interface LatencyResult {
  coldStart: ColdStart;
  start: StartTime;
}

/** A Bot Framework connector on loopback that keeps the message activities it receives. */
class KeepingConnector {
  readonly messages: { at: number; body: Record<string, unknown> }[] = [];
  private readonly server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
      if (body.type === 'message') this.messages.push({ at: performance.now(), body });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`{"id":"reply-${this.messages.length}"}`);
    });
  });

  async start(): Promise<string> {
    this.server.listen(0, HOST);
    await once(this.server, 'listening');
    return `http://${HOST}:${(this.server.address() as AddressInfo).port}/`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

async function freePort(): Promise<number> {
  const server = http.createServer();
  server.listen(0, HOST);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

interface Started {
  child: ChildProcess;
  url: string;
  listeningMs: number;
  /** The end of what the process wrote to stderr (for a failure's message). */
  stderrTail(): string;
  stop(): Promise<void>;
}

/** Runs `command` in the repository with the bot's settings; resolves once the bot says it listens. */
async function startProcess(command: string, args: string[], env: Record<string, string>): Promise<Started> {
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: REPO,
    env: { ...process.env, LOG_LEVEL: 'warn', STORE_URL: 'memory://', HOST, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    // Its own process group, so that `npm start`'s node is stopped with it.
    detached: true,
  });
  const exited = once(child, 'exit');
  let seen = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${command} did not listen: ${seen.slice(-500)}`)),
      START_TIMEOUT_MS,
    );
    child.stderr.on('data', (chunk: Buffer) => {
      seen += chunk.toString('utf8');
      const match = /on (http:\/\/\S+)\/api\/messages/.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    void exited.then(([code]) => {
      clearTimeout(timer);
      reject(new Error(`${command} exited (${String(code)}) before listening: ${seen.slice(-500)}`));
    });
  });
  const listeningMs = performance.now() - started;
  child.stderr.on('data', (chunk: Buffer) => {
    seen = (seen + chunk.toString('utf8')).slice(-2000);
  });
  return {
    child,
    url,
    listeningMs,
    stderrTail: () => seen.slice(-2000),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    },
  };
}

const loadingNote = STRINGS.en['picker.loading'].split('(')[0];

/** What a person reads on a reply's card: each TextBlock, and each RichTextBlock's runs joined. */
function cardText(body: Record<string, unknown>): string {
  const paragraphs: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const item = node as { type?: string; text?: unknown; inlines?: { text?: string }[] };
      if (item.type === 'TextBlock' && typeof item.text === 'string') paragraphs.push(item.text);
      if (item.type === 'RichTextBlock' && Array.isArray(item.inlines))
        paragraphs.push(item.inlines.map((inline) => inline.text ?? '').join(''));
      Object.values(node).forEach(walk);
    }
  };
  walk(body.attachments);
  return paragraphs.join('\n');
}

function matchingCount(text: string): number {
  return Number(/Matching customers: ([\d,]+)/.exec(text)?.[1]?.replace(/,/g, '') ?? NaN);
}

/**
 * POSTs JSON on a connection of its own (no keep-alive: a kept connection the server closes while idle
 * between two questions would fail the next one); resolves with the status once the answer is read.
 */
function post(url: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json' } },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** POSTs `customers` as Alex and waits for the card at the connector; the time it took and its text. */
async function askCustomers(bot: string, connector: KeepingConnector, serviceUrl: string) {
  const before = connector.messages.length;
  const asked = performance.now();
  const status = await post(
    `${bot}/api/messages`,
    JSON.stringify(messageActivity('customers', { serviceUrl, ...PERSONAS.alexSales })),
  );
  if (status !== 200) throw new Error(`customers answered ${status}`);
  const reply = connector.messages.slice(before).find((m) => Array.isArray(m.body.attachments));
  if (!reply) throw new Error('no card for `customers`');
  const text = cardText(reply.body);
  return {
    ms: reply.at - asked,
    at: reply.at,
    partial: text.includes(loadingNote),
    customers: matchingCount(text),
  };
}

async function measureColdStart(): Promise<ColdStart> {
  const connector = new KeepingConnector();
  const serviceUrl = await connector.start();
  const tenant = tenantFile(COLD_CUSTOMERS);
  const bot = await startProcess(process.execPath, ['--disable-warning=DEP0111', 'dist/bot/main.js'], {
    PORT: String(await freePort()),
    SANDBOX_DATA: tenant,
    SANDBOX_DELAY_MS: String(DELAY.ms),
    SANDBOX_DELAY_JITTER_MS: String(DELAY.jitterMs),
  });
  try {
    const listenedAt = performance.now();
    const ask = () =>
      askCustomers(bot.url, connector, serviceUrl).catch((error: unknown) => {
        const { exitCode, signalCode } = bot.child;
        const state =
          exitCode === null && signalCode === null ? 'still running' : `exited (${exitCode ?? signalCode})`;
        throw new Error(
          `customers failed (${String(error)}); the bot ${state}, its stderr ended with: ${bot.stderrTail()}`,
        );
      });
    const first = await ask();
    const result: ColdStart = {
      customers: COLD_CUSTOMERS,
      delayMs: DELAY.ms,
      jitterMs: DELAY.jitterMs,
      listeningMs: bot.listeningMs,
      firstCardMs: first.at - listenedAt,
      partial: first.partial,
      firstCardCustomers: first.customers,
    };
    let answer = first;
    while (answer.partial && performance.now() - listenedAt < FULL_LIST_BUDGET_MS) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      answer = await ask();
    }
    if (!answer.partial) {
      result.fullListMs = answer.at - listenedAt;
      result.fullListCustomers = answer.customers;
    }
    return result;
  } finally {
    await bot.stop();
    await connector.stop();
    rmSync(path.dirname(tenant), { recursive: true, force: true });
  }
}

async function timeToListening(command: string, args: string[]): Promise<number> {
  const bot = await startProcess(command, args, { PORT: String(await freePort()) });
  await bot.stop();
  return bot.listeningMs;
}

export async function runLatencyBench(log: (line: string) => void = () => undefined): Promise<LatencyResult> {
  const coldStart = await measureColdStart();
  log(
    `  cold start, ${COLD_CUSTOMERS.toLocaleString('en-US')} customers: customers card in ${coldStart.firstCardMs.toFixed(0)} ms` +
      ` (${coldStart.partial ? `partial, ${coldStart.firstCardCustomers} so far` : 'whole list'})`,
  );
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const npmStartMs = await timeToListening(npm, ['start']);
  const nodeMs = await timeToListening(process.execPath, ['--disable-warning=DEP0111', 'dist/bot/main.js']);
  log(
    `  npm start ${(npmStartMs / 1000).toFixed(1)} s to listening (node alone ${(nodeMs / 1000).toFixed(1)} s)`,
  );
  return { coldStart, start: { npmStartMs, nodeMs } };
}
