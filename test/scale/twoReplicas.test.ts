/**
 * Races (issue 7): two bot processes on one Redis or Postgres and one Partner Center emulator
 * (SANDBOX_URL). Each round, Alex requests the removal of a customer through replica A, then Megan
 * (through A) and Isaiah (through B) approve it at the same moment. Every request must be executed
 * exactly once, and both approvers must be told who decided. In every other round the request is a
 * scheduled one whose date has passed: once approved, the approving replica runs it while the other
 * replica's sweep finds it due too — still exactly once.
 *
 * ROUNDS (default 30) rounds per backend, e.g. `ROUNDS=100 npx mocha --no-config --exit
 * --timeout 600000 dist/test/scale/twoReplicas.test.js` after `eval "$(bash scripts/test-services.sh)"`.
 */
import assert from 'node:assert/strict';
import { z } from 'zod';
import { VERBS } from '../../cards/verbs';
import { generatedId } from '../../services/partner-center/emulator/fixture/generateTenant';
import { openStore } from '../../services/store/openStore';
import type { RecordStore } from '../../services/store/recordStore';
import { Repository } from '../../services/store/repository';
import { parseStoreUrl } from '../../services/store/storeUrl';
import { removalRequestSchema, type RemovalRequest } from '../../services/workflows/removalRequest';
import { actionActivity, invoke, PERSONAS, personaIn } from '../helpers/activities';
import { readableText } from '../helpers/cardQueries';
import { FakeConnector } from '../helpers/fakeConnector';
import {
  planForAMinuteAgo,
  requestsToCustomer,
  resetBackend,
  startEmulatorProcess,
  startReplica,
  stopChild,
  until,
  type Child,
} from '../helpers/replicaCluster';
import { skipUnlessAvailable, storeBackends } from '../helpers/storeBackends';

const ROUNDS = Number(process.env.ROUNDS ?? 30);
if (!Number.isInteger(ROUNDS) || ROUNDS < 1 || ROUNDS > 1000) {
  throw new Error(`ROUNDS must be an integer from 1 to 1000 (got ${process.env.ROUNDS}).`);
}
/** The Redis database the races use, flushed before the run (other tests use database 0). */
const REDIS_DB = 5;
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
      const storeUrl = await resetBackend(backend, REDIS_DB);
      store = await openStore(parseStoreUrl(storeUrl));
      connector = new FakeConnector();
      await connector.start();
      // Every tenth generated customer has a subscription (a removal blocker): those are skipped.
      const emulator = await startEmulatorProcess(Math.ceil((ROUNDS * 10) / 9) + 5);
      children.push(emulator.child);
      emulatorUrl = emulator.url;
      const env = { STORE_URL: storeUrl, SANDBOX_URL: emulatorUrl };
      const started = await Promise.all(['replica-a', 'replica-b'].map((name) => startReplica(name, env)));
      children.push(...started.map((s) => s.child));
      replicas = [started[0].url, started[1].url];
    });

    after(async () => {
      await Promise.all(children.splice(0).map(stopChild));
      await connector?.stop();
      await store?.close();
    });

    it(`${ROUNDS} rounds of two approvers on two replicas: exactly one execution per request, the loser told who decided`, async () => {
      const requests = new Repository(store, 'removalRequests', removalRequestSchema);
      const open = new Repository(store, 'openRemovalRequests', z.object({ requestId: z.string() }));
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
            personaIn(connector.url, PERSONAS.alexSales, 'personal'),
          ),
        );
        assert.equal(requested.statusCode, 200, `round ${round}: the request`);
        const requestId = (await open.get(customerId))?.value.requestId;
        assert.ok(requestId, `round ${round}: a request is open for ${customerId}`);
        const scheduled = round % 2 === 1;
        if (scheduled) await planForAMinuteAgo(requests, requestId);

        const answers = await Promise.all([
          invoke(
            replicas[0],
            actionActivity(
              VERBS.approvalApprove,
              { requestId },
              personaIn(connector.url, PERSONAS.meganAdminApprover, 'channel'),
            ),
          ),
          invoke(
            replicas[1],
            actionActivity(
              VERBS.approvalApprove,
              { requestId },
              personaIn(connector.url, PERSONAS.isaiahGlobalApprover, 'channel'),
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
        if (scheduled) assert.ok(done.schedule?.prepared, `round ${round}: it went through its schedule`);
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

        const items = await requestsToCustomer(emulatorUrl, customerId);
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
