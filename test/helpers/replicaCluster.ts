/**
 * Processes for the scale-out tests (races, crash trials): a Partner Center emulator process and bot
 * replicas that share a store (Redis or Postgres) and the emulator through SANDBOX_URL, all on
 * loopback. Also: emptying the shared store first, reading the emulator's request log, waiting.
 */
import type { Repository } from '../../services/store/repository';
import type { RemovalRequest } from '../../services/workflows/removalRequest';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { StoreBackend } from './storeBackends';

const dist = path.resolve(__dirname, '../..');

/** Child: loads the config from its environment, starts the bot on a free port, prints its URL. */
const RUNNER = `
const { loadConfig } = require(${JSON.stringify(path.join(dist, 'services/config/config.js'))});
const { createLogger } = require(${JSON.stringify(path.join(dist, 'services/logging/logger.js'))});
const { startBot } = require(${JSON.stringify(path.join(dist, 'bot/startBot.js'))});
(async () => {
  const config = { ...loadConfig(process.env), port: 0 };
  const bot = await startBot(config, { logger: createLogger(config.logLevel, process.stderr) });
  process.stdout.write('LISTENING ' + bot.url + '\\n');
  process.once('SIGTERM', () => bot.stop(2000).finally(() => process.exit(0)));
})().catch((error) => {
  process.stderr.write('bot failed: ' + (error && error.stack ? error.stack : error) + '\\n');
  process.exit(1);
});
`;

export interface Child {
  name: string;
  process: ChildProcessWithoutNullStreams;
  stderr: () => string;
  /** Resolves with the signal (e.g. 'SIGKILL') or exit code when the process has ended. */
  exited: Promise<NodeJS.Signals | number | null>;
}

/**
 * How long a child may take to print its ready line. Starting costs a replica 2–3 s of CPU (loading
 * botbuilder, teams-ai and the rest), so on a busy machine its wall-clock start time grows with the
 * load: the bound is on the CPU the child has used (a child spinning without getting ready), and a far
 * longer wall-clock bound catches a child waiting for something that never comes.
 */
const READY_CPU_MS = 20_000;
const READY_WALL_MS = 180_000;

/** CPU time (user + system) a process has used, from /proc (Linux); undefined elsewhere. */
function cpuMsOf(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after "(comm)": state is field 3, utime 14 and stime 15, in clock ticks (100 per second).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/** Spawns a child and resolves with the first stdout line matching `ready` (bounded, see READY_CPU_MS). */
export async function spawnChild(
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: RegExp,
): Promise<{ child: Child; match: RegExpExecArray }> {
  const proc = spawn(process.execPath, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  proc.stderr.on('data', (chunk: Buffer) => {
    err = (err + chunk.toString()).slice(-20_000);
  });
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    proc.once('exit', (code, signal) => resolve(signal ?? code)),
  );
  const child: Child = { name, process: proc, stderr: () => err, exited };
  const started = Date.now();
  const match = await new Promise<RegExpExecArray>((resolve, reject) => {
    const fail = (why: string) => {
      clearInterval(timer);
      proc.kill('SIGKILL'); // never left running behind a failed start
      reject(new Error(`${name} ${why}: ${err}`));
    };
    const timer = setInterval(() => {
      const cpuMs = cpuMsOf(proc.pid);
      const wallMs = Date.now() - started;
      if (cpuMs !== undefined && cpuMs > READY_CPU_MS)
        fail(`did not start after ${cpuMs} ms of CPU (${wallMs} ms)`);
      else if (wallMs > READY_WALL_MS) fail(`did not start in ${wallMs} ms (${cpuMs ?? '?'} ms of CPU)`);
    }, 250);
    proc.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = ready.exec(out);
      if (found) {
        clearInterval(timer);
        resolve(found);
      }
    });
    proc.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`${name} exited ${code} before it was ready: ${err}`));
    });
  });
  return { child, match };
}

/** Stops a child gracefully (SIGTERM), killing it after 5 s. */
export async function stopChild(child: Child): Promise<void> {
  const proc = child.process;
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  proc.kill('SIGTERM');
  const timer = setTimeout(() => proc.kill('SIGKILL'), 5_000);
  await child.exited;
  clearTimeout(timer);
}

/** Starts the emulator process with `customers` generated customers; resolves with it and its URL. */
export async function startEmulatorProcess(customers: number): Promise<{ child: Child; url: string }> {
  const { child, match } = await spawnChild(
    'emulator',
    [
      path.join(dist, 'services/partner-center/emulator/main.js'),
      '--port',
      '0',
      '--store',
      'memory://',
      '--generate',
      String(customers),
    ],
    { PATH: process.env.PATH, LOG_LEVEL: 'warn' },
    /^(http:\/\/\S+)$/m,
  );
  return { child, url: match[1] };
}

/** Starts one bot replica with `env` (STORE_URL, SANDBOX_URL, …); resolves with it and its URL. */
export async function startReplica(
  name: string,
  env: NodeJS.ProcessEnv,
): Promise<{ child: Child; url: string }> {
  const { child, match } = await spawnChild(
    name,
    ['--disable-warning=DEP0111', '-e', RUNNER],
    { PATH: process.env.PATH, PARTNER_CENTER: 'sandbox', LOG_LEVEL: 'warn', ...env },
    /^LISTENING (\S+)$/m,
  );
  return { child, url: match[1] };
}

export { until } from './until';

/**
 * Empties what the bots share and returns the STORE_URL to give them: a dedicated Redis database
 * (`redisDb`, flushed), or the `rd:` rows of Postgres (deleted).
 */
export async function resetBackend(backend: StoreBackend, redisDb: number): Promise<string> {
  if (backend.name === 'redis') {
    const url = new URL(backend.url());
    url.pathname = `/${redisDb}`;
    const redis = createRequire(require.resolve('@keyv/redis'))('@redis/client') as {
      createClient(options: { url: string }): {
        connect(): Promise<unknown>;
        flushDb(): Promise<unknown>;
        quit(): Promise<unknown>;
      };
    };
    const client = redis.createClient({ url: url.toString() });
    await client.connect();
    await client.flushDb();
    await client.quit();
    return url.toString();
  }
  const pg = createRequire(require.resolve('@keyv/postgres'))('pg') as {
    Client: new (options: { connectionString: string }) => {
      connect(): Promise<unknown>;
      query(sql: string): Promise<unknown>;
      end(): Promise<unknown>;
    };
  };
  const client = new pg.Client({ connectionString: backend.url() });
  await client.connect();
  try {
    await client.query(`DELETE FROM keyv WHERE key LIKE 'rd:%'`);
  } catch (error) {
    if ((error as { code?: string }).code !== '42P01') throw error; // no table yet: nothing to delete
  } finally {
    await client.end();
  }
  return backend.url();
}

/** One request in the emulator's log (GET /sandbox/requests). */
export interface LoggedRequest {
  method: string;
  path: string;
  route?: string;
  requestId?: string;
  status: number;
  replayed: boolean;
}

/** The emulator's log of the requests to one customer. */
export async function requestsToCustomer(emulatorUrl: string, customerId: string): Promise<LoggedRequest[]> {
  const response = await fetch(
    `${emulatorUrl}/sandbox/requests?path=${encodeURIComponent(`/v1/customers/${customerId}`)}`,
  );
  return ((await response.json()) as { items: LoggedRequest[] }).items;
}

/** Removal calls that took effect: PATCH /v1/customers/{id} answered 2xx and not a replay. */
export function removalEffects(log: LoggedRequest[]): LoggedRequest[] {
  return log.filter(
    (r) =>
      r.method === 'PATCH' &&
      r.route === 'updateCustomer' &&
      !r.replayed &&
      r.status >= 200 &&
      r.status < 300,
  );
}

/**
 * Makes a pending request a scheduled one whose date passed a minute ago (what a request blocked
 * only by dates becomes once the date is past), without auto-renew to turn off.
 */
export async function planForAMinuteAgo(
  requests: Repository<RemovalRequest>,
  requestId: string,
): Promise<void> {
  const date = new Date(Date.now() - 60_000).toISOString();
  await requests.update(requestId, (request) =>
    request ? { ...request, schedule: { dates: [date], onBlocked: 'fail', autoRenewOff: [] } } : undefined,
  );
}
