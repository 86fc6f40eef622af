/**
 * Compare-and-set and leases across processes on real Redis and Postgres: several child node
 * processes race on the same keys with the same starting etag; every round has exactly one winner.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { leaseHolder } from '../../services/store/lease';
import { storeBackends, storeForSuite } from '../helpers/storeBackends';

const PROCESSES = 3;
const ROUNDS = 50;
/** Concurrent attempts per process per round. */
const ATTEMPTS = 3;

const storeDir = path.resolve(__dirname, '../../services/store');

/** Child: open the store, say ready, wait for "go" on stdin, race every round, print wins per round. */
const WORKER = `
const { openStore } = require(${JSON.stringify(path.join(storeDir, 'openStore.js'))});
const { parseStoreUrl } = require(${JSON.stringify(path.join(storeDir, 'storeUrl.js'))});
const { acquireLease } = require(${JSON.stringify(path.join(storeDir, 'lease.js'))});
const [mode, url, id, roundsJson, attempts] = process.argv.slice(1);
(async () => {
  const store = await openStore(parseStoreUrl(url));
  await store.ping();
  process.stdout.write('ready\\n');
  await new Promise((resolve) => process.stdin.once('data', resolve));
  const wins = [];
  for (const round of JSON.parse(roundsJson)) {
    const tries = Array.from({ length: Number(attempts) }, (_, a) =>
      mode === 'cas'
        ? store.compareAndSet(round.key, round.etag, { winner: id + '/' + a }).then((r) => r.ok)
        : acquireLease(store, round.name, id + '/' + a, 60000).then((lease) => lease !== undefined),
    );
    wins.push((await Promise.all(tries)).filter(Boolean).length);
  }
  process.stdout.write(JSON.stringify({ wins }) + '\\n');
  await store.close();
})().catch((error) => {
  process.stderr.write(String(error && error.stack ? error.stack : error) + '\\n');
  process.exit(1);
});
`;

interface Worker {
  ready: Promise<void>;
  result: Promise<number[]>;
  go(): void;
}

function startWorker(mode: 'cas' | 'lease', url: string, id: string, rounds: unknown[]): Worker {
  const child = spawn(
    process.execPath,
    ['-e', WORKER, mode, url, id, JSON.stringify(rounds), String(ATTEMPTS)],
    {
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  let onReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    if (out.includes('ready\n')) onReady();
  });
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const result = new Promise<number[]>((resolve, reject) => {
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`worker ${id} exited ${code}: ${err}`));
      const line = out.split('\n').find((l) => l.startsWith('{'));
      resolve((JSON.parse(line ?? '{}') as { wins: number[] }).wins);
    });
  });
  return { ready: Promise.race([ready, result.then(() => {})]), result, go: () => child.stdin.end('go\n') };
}

async function race(mode: 'cas' | 'lease', url: string, rounds: unknown[]): Promise<number[][]> {
  const workers = Array.from({ length: PROCESSES }, (_, i) => startWorker(mode, url, `p${i}`, rounds));
  await Promise.all(workers.map((w) => w.ready));
  for (const worker of workers) worker.go();
  return Promise.all(workers.map((w) => w.result));
}

for (const backend of storeBackends().filter((b) => b.name === 'redis' || b.name === 'postgres')) {
  describe(`across ${PROCESSES} processes on ${backend.name}`, function () {
    this.timeout(60_000);
    const store = storeForSuite(backend);
    let prefix: string;

    beforeEach(() => {
      prefix = `cross-process/${randomUUID()}/`;
    });

    it(`compare-and-set with the same etag has exactly one winner in each of ${ROUNDS} rounds`, async () => {
      const rounds = [];
      for (let r = 0; r < ROUNDS; r++) {
        const key = `${prefix}${r}`;
        rounds.push({ key, etag: (await store().put(key, { winner: 'none' })).etag });
      }
      const wins = await race('cas', backend.url(), rounds);
      for (let r = 0; r < ROUNDS; r++) {
        assert.equal(
          wins.reduce((sum, perProcess) => sum + (perProcess[r] ?? 0), 0),
          1,
          `round ${r}: ${JSON.stringify(wins.map((w) => w[r]))}`,
        );
        const stored = await store().get<{ winner: string }>(`${prefix}${r}`);
        assert.equal(stored?.version, 2);
        assert.notEqual(stored?.value.winner, 'none');
      }
    });

    it(`acquiring a fresh lease has exactly one holder in each of ${ROUNDS} rounds`, async () => {
      const rounds = Array.from({ length: ROUNDS }, (_, r) => ({ name: `${prefix}${r}` }));
      const wins = await race('lease', backend.url(), rounds);
      for (let r = 0; r < ROUNDS; r++) {
        assert.equal(
          wins.reduce((sum, perProcess) => sum + (perProcess[r] ?? 0), 0),
          1,
          `round ${r}`,
        );
        assert.match((await leaseHolder(store(), `${prefix}${r}`)) ?? '', /^p\d\/\d$/);
      }
    });
  });
}
