/**
 * Memory, each measurement in a fresh child process (node --expose-gc) so the numbers are not
 * polluted by the other benches:
 * - `customers`: RSS of a process holding the customer directory filled with 100k customers, paged
 *   from a Partner Center emulator that runs in the parent (as in live mode, where Partner Center is
 *   elsewhere).
 * - `turns`: the real bot (SQLite store, sandbox emulator in process) driven through POST /api/messages
 *   for a bounded number of turns; RSS and heap after GC are sampled along the way.
 */
import { spawn } from 'node:child_process';
import { generateTenant } from '../../services/partner-center';
import { createPartnerCenterClient } from '../../services/partner-center/client/httpPartnerCenterClient';
import { staticTokenProvider } from '../../services/partner-center/auth/tokenProvider';
import { startEmulator } from '../../services/partner-center/emulator/startEmulator';
import { CustomerDirectory } from '../../services/relationships/customerDirectory';
import { openStore } from '../../services/store/openStore';
import { parseStoreUrl } from '../../services/store/storeUrl';
import { CountingConnector, mb, quietLogger, settle, startBenchBot } from './harness';
import { tenantFile, turnBodies } from './turnBench';

export const TURNS_TARGET = 100_000;
/** The turn loop stops at this many turns or after TURN_BUDGET_MS, whichever comes first. */
export const TURNS_RUN = Number(process.env.BENCH_TURNS ?? 30_000);
const TURN_BUDGET_MS = 60_000;

export interface CustomersMemory {
  customers: number;
  baselineRssMb: number;
  rssMb: number;
  heapUsedMb: number;
  loadMs: number;
}

export interface TurnsMemory {
  turns: number;
  seconds: number;
  samples: { turns: number; rssMb: number; heapUsedMb: number }[];
  rssGrowthMb: number;
  heapGrowthMb: number;
  failures: number;
}

async function measureCustomers(url: string, customers: number): Promise<CustomersMemory> {
  await settle();
  const baselineRssMb = mb(process.memoryUsage().rss);
  const logger = quietLogger();
  const client = createPartnerCenterClient({
    baseUrl: url,
    tokenProvider: staticTokenProvider('sandbox'),
    logger,
  });
  const directory = new CustomerDirectory(client, logger);
  const started = performance.now();
  const index = await directory.reload();
  const loadMs = performance.now() - started;
  if (index.size !== customers) throw new Error(`loaded ${index.size}`);
  await settle();
  const usage = process.memoryUsage();
  return { customers, baselineRssMb, rssMb: mb(usage.rss), heapUsedMb: mb(usage.heapUsed), loadMs };
}

async function measureTurns(): Promise<TurnsMemory> {
  const connector = new CountingConnector();
  const serviceUrl = await connector.start();
  const bodies = Object.values(turnBodies(serviceUrl));
  const bot = await startBenchBot({
    STORE_URL: `sqlite://${tenantFile(1).replace(/tenant-1\.json$/, 'memory.sqlite')}`,
    SANDBOX_DATA: tenantFile(1000),
  });
  const endpoint = `${bot.url}/api/messages`;
  let done = 0;
  let failures = 0;
  const post = async (body: string) => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    await response.arrayBuffer();
    if (response.status !== 200) failures++;
  };
  const run = async (count: number, deadline: number) => {
    let next = 0;
    await Promise.all(
      Array.from({ length: 10 }, async () => {
        while (next < count && Date.now() < deadline) {
          const i = next++;
          await post(bodies[i % bodies.length]);
          done++;
        }
      }),
    );
  };
  const samples: TurnsMemory['samples'] = [];
  const sample = async () => {
    await settle();
    const usage = process.memoryUsage();
    samples.push({ turns: done, rssMb: mb(usage.rss), heapUsedMb: mb(usage.heapUsed) });
  };
  try {
    await run(2_000, Date.now() + 20_000); // warm-up: JIT, caches, store connections
    done = 0;
    await sample();
    const started = Date.now();
    const deadline = started + TURN_BUDGET_MS;
    const step = Math.ceil(TURNS_RUN / 5);
    for (let i = 0; i < 5 && Date.now() < deadline; i++) {
      await run(step, deadline);
      await sample();
    }
    const first = samples[0];
    const last = samples[samples.length - 1];
    return {
      turns: done,
      seconds: (Date.now() - started) / 1000,
      samples,
      rssGrowthMb: Math.round((last.rssMb - first.rssMb) * 10) / 10,
      heapGrowthMb: Math.round((last.heapUsedMb - first.heapUsedMb) * 10) / 10,
      failures,
    };
  } finally {
    await bot.stop();
    await connector.stop();
  }
}

function child<T>(mode: string, env: Record<string, string> = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--expose-gc', '--disable-warning=DEP0111', __filename, mode], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    proc.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    proc.on('error', reject);
    proc.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`memory child ${mode} exited ${code}`));
      resolve(JSON.parse(out.trim().split('\n').pop() ?? '{}') as T);
    });
  });
}

export async function runMemoryBench(log: (line: string) => void) {
  const customers = 100_000;
  const store = await openStore(parseStoreUrl('memory://'));
  const emulator = await startEmulator({ store, logger: quietLogger(), fixture: generateTenant(customers) });
  let loaded: CustomersMemory;
  try {
    loaded = await child<CustomersMemory>('customers', {
      BENCH_PC_URL: emulator.url,
      BENCH_CUSTOMERS: String(customers),
    });
  } finally {
    await emulator.close();
    await store.close();
  }
  log(`  RSS with ${customers} customers: ${loaded.rssMb} MB`);
  const turns = await child<TurnsMemory>('turns');
  log(`  ${turns.turns} turns: RSS growth ${turns.rssGrowthMb} MB, heap growth ${turns.heapGrowthMb} MB`);
  return { loaded, turns };
}

if (require.main === module) {
  const mode = process.argv[2];
  const work =
    mode === 'customers'
      ? measureCustomers(process.env.BENCH_PC_URL ?? '', Number(process.env.BENCH_CUSTOMERS))
      : measureTurns();
  work.then(
    (result) => {
      process.stdout.write(`${JSON.stringify(result)}\n`);
      process.exit(0);
    },
    (error: unknown) => {
      process.stderr.write(`${String((error as Error)?.stack ?? error)}\n`);
      process.exit(1);
    },
  );
}
