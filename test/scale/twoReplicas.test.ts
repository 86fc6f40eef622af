/**
 * Races (issue 7): two bot processes on one Redis or Postgres and one Partner Center emulator
 * (SANDBOX_URL). Each round, Alex requests the removal of a customer through replica A, then Megan
 * (through A) and Isaiah (through B) approve it at the same moment. Every request must be executed
 * exactly once, and both approvers must be told who decided.
 *
 * ROUNDS (default 30) rounds per backend, e.g. `ROUNDS=100 npx mocha --no-config --exit
 * --timeout 600000 dist/test/scale/twoReplicas.test.js` after `eval "$(bash scripts/test-services.sh)"`.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { z } from 'zod';
import { VERBS } from '../../cards/verbs';
import { generatedId } from '../../services/partner-center/emulator/fixture/generateTenant';
import { openStore } from '../../services/store/openStore';
import type { RecordStore } from '../../services/store/recordStore';
import { Repository } from '../../services/store/repository';
import { parseStoreUrl } from '../../services/store/storeUrl';
import { removalRequestSchema, type RemovalRequest } from '../../services/workflows/removalRequest';
import { actionActivity, invoke, PERSONAS, type Persona } from '../helpers/activities';
import { readableText } from '../helpers/cardQueries';
import { FakeConnector } from '../helpers/fakeConnector';
import { skipUnlessAvailable, storeBackends, type StoreBackend } from '../helpers/storeBackends';

const ROUNDS = Number(process.env.ROUNDS ?? 30);
if (!Number.isInteger(ROUNDS) || ROUNDS < 1 || ROUNDS > 1000) {
  throw new Error(`ROUNDS must be an integer from 1 to 1000 (got ${process.env.ROUNDS}).`);
}
/** The Redis database the races use, flushed before the run (other tests use database 0). */
const REDIS_DB = 5;
const CHANNEL = '19:reseller-desk-team@thread.tacv2';
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

interface Child {
  name: string;
  process: ChildProcessWithoutNullStreams;
  stderr: () => string;
}

/** Spawns a child and resolves with the first stdout line matching `ready` (bounded). */
async function spawnChild(
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
  const child: Child = { name, process: proc, stderr: () => err };
  const match = await new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start in 20 s: ${err}`)), 20_000);
    proc.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = ready.exec(out);
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    });
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited ${code} before it was ready: ${err}`));
    });
  });
  return { child, match };
}

async function stopChild(child: Child): Promise<void> {
  const proc = child.process;
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  proc.kill('SIGTERM');
  const timer = setTimeout(() => proc.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Empties what the bots share: a dedicated Redis database, or the `rd:` rows of Postgres. */
async function resetBackend(backend: StoreBackend): Promise<string> {
  if (backend.name === 'redis') {
    const url = new URL(backend.url());
    url.pathname = `/${REDIS_DB}`;
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

interface LoggedRequest {
  method: string;
  path: string;
  route?: string;
  status: number;
  replayed: boolean;
}

for (const backend of storeBackends().filter((b) => b.name === 'redis' || b.name === 'postgres')) {
  describe(`races: two bot replicas on ${backend.name} and one Partner Center`, function () {
    this.timeout(60_000 + ROUNDS * 5_000);
    const children: Child[] = [];
    let connector: FakeConnector;
    let store: RecordStore;
    let emulatorUrl: string;
    let replicas: [string, string];

    before(async function () {
      skipUnlessAvailable(this, backend);
      const storeUrl = await resetBackend(backend);
      store = await openStore(parseStoreUrl(storeUrl));
      connector = new FakeConnector();
      await connector.start();
      // Every tenth generated customer has a subscription (a removal blocker): those are skipped.
      const emulator = await spawnChild(
        'emulator',
        [
          path.join(dist, 'services/partner-center/emulator/main.js'),
          '--port',
          '0',
          '--store',
          'memory://',
          '--generate',
          String(Math.ceil((ROUNDS * 10) / 9) + 5),
        ],
        { PATH: process.env.PATH, LOG_LEVEL: 'warn' },
        /^(http:\/\/\S+)$/m,
      );
      children.push(emulator.child);
      emulatorUrl = emulator.match[1];
      const env = {
        PATH: process.env.PATH,
        STORE_URL: storeUrl,
        PARTNER_CENTER: 'sandbox',
        SANDBOX_URL: emulatorUrl,
        LOG_LEVEL: 'warn',
      };
      const started = await Promise.all(
        ['replica-a', 'replica-b'].map((name) =>
          spawnChild(name, ['--disable-warning=DEP0111', '-e', RUNNER], env, /^LISTENING (\S+)$/m),
        ),
      );
      children.push(...started.map((s) => s.child));
      replicas = [started[0].match[1], started[1].match[1]];
    });

    after(async () => {
      await Promise.all(children.splice(0).map(stopChild));
      await connector?.stop();
      await store?.close();
    });

    it(`${ROUNDS} rounds of two approvers on two replicas: exactly one execution per request, the loser told who decided`, async () => {
      const requests = new Repository(store, 'removalRequests', removalRequestSchema);
      const open = new Repository(store, 'openRemovalRequests', z.object({ requestId: z.string() }));
      const options = (who: Persona, channel: boolean) => ({
        serviceUrl: connector.url,
        conversationId: channel ? `${CHANNEL};messageid=1700000000000` : `a:personal-${who.userId}`,
        conversationType: channel ? ('channel' as const) : ('personal' as const),
        ...who,
      });
      const started = Date.now();
      const wins = { 'Megan Bowen': 0, 'Isaiah Langer': 0 } as Record<string, number>;
      const executions: number[] = [];
      let replays = 0;

      for (let round = 0, n = 1; round < ROUNDS; round++, n++) {
        if (n % 10 === 0) n++;
        const customerId = generatedId(0xc0ffee, n);
        const requested = await invoke(
          replicas[0],
          actionActivity(
            VERBS.removalRequest,
            { customerId, attested: 'true', reason: `race round ${round}` },
            options(PERSONAS.alexSales, false),
          ),
        );
        assert.equal(requested.statusCode, 200, `round ${round}: the request`);
        const requestId = (await open.get(customerId))?.value.requestId;
        assert.ok(requestId, `round ${round}: a request is open for ${customerId}`);

        const answers = await Promise.all([
          invoke(
            replicas[0],
            actionActivity(VERBS.approvalApprove, { requestId }, options(PERSONAS.meganAdminApprover, true)),
          ),
          invoke(
            replicas[1],
            actionActivity(
              VERBS.approvalApprove,
              { requestId },
              options(PERSONAS.isaiahGlobalApprover, true),
            ),
          ),
        ]);

        const done = await until<RemovalRequest>(`round ${round}: the removal to complete`, async () => {
          const request = (await requests.get(requestId))?.value;
          if (request?.state === 'failed')
            assert.fail(`round ${round}: ${JSON.stringify(request.execution)}`);
          return request?.state === 'completed' ? request : undefined;
        });
        assert.equal(done.approvals.length, 1, `round ${round}: one approval recorded`);
        const decider = done.approvals[0].by.name;
        assert.ok(decider in wins, `round ${round}: decided by ${decider}`);
        wins[decider]++;
        for (const [i, answer] of answers.entries()) {
          assert.equal(answer.statusCode, 200, `round ${round}: answer ${i}`);
          assert.match(
            readableText(answer.value),
            new RegExp(decider),
            `round ${round}: answer ${i} names who decided`,
          );
        }

        const response = await fetch(
          `${emulatorUrl}/sandbox/requests?path=${encodeURIComponent(`/v1/customers/${customerId}`)}`,
        );
        const { items } = (await response.json()) as { items: LoggedRequest[] };
        const patches = items.filter((r) => r.method === 'PATCH' && r.route === 'updateCustomer');
        const executed = patches.filter((r) => !r.replayed);
        replays += patches.length - executed.length;
        executions.push(executed.length);
        assert.equal(executed.length, 1, `round ${round}: removal PATCHes ${JSON.stringify(patches)}`);
        assert.ok(executed[0].status >= 200 && executed[0].status < 300, `round ${round}: it succeeded`);
      }

      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(
        `      ${backend.name}: ${ROUNDS} rounds in ${seconds} s; executions per request: ` +
          `${Math.min(...executions)}..${Math.max(...executions)}; replayed PATCHes: ${replays}; ` +
          `won by Megan via A ${wins['Megan Bowen']}, Isaiah via B ${wins['Isaiah Langer']}\n`,
      );
      assert.ok(executions.every((count) => count === 1));
    });
  });
}
