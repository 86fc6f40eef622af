/**
 * Crashes (issue 7): a replica dies like `kill -9` in the middle of executing an approved removal,
 * and the other replica takes the work over. Two bot processes (A and B) on one Redis or Postgres
 * share one Partner Center emulator (SANDBOX_URL). In every trial A is started with TEST_CRASH_AT set
 * to a step of the execution picked at random — the claim is stored, before the Partner Center call,
 * after it, before the result is recorded — and SIGKILLs itself when it gets there. In half the
 * trials A also holds the sweeper lease when it dies, so B must first wait for the lease to expire.
 * After each crash the request must end `completed` (or `failed` with a reason), and the emulator
 * must have seen at most one effective removal per MS-RequestId and per customer. In every fourth
 * trial the request is a scheduled one whose date has passed, so the crash happens on the way from
 * `scheduled` to done; those are trials where A holds the sweeper lease, so A alone runs it (with B
 * sweeping, B may take a scheduled request that is due before A does, and A would not crash).
 *
 * TRIALS (default 6) trials per backend, one test each, e.g. `TRIALS=20 npx mocha --no-config --exit
 * dist/test/scale/crashTrials.test.js` after `eval "$(bash scripts/test-services.sh)"`. CRASH_SEED
 * changes the sequence of steps and replicas; a failure names its trial, the seed, the phase it was in,
 * the request as stored and the replicas' last log lines.
 */
import assert from 'node:assert/strict';
import { z } from 'zod';
import { VERBS } from '../../cards/verbs';
import { generatedId } from '../../services/partner-center/emulator/fixture/generateTenant';
import { openStore } from '../../services/store/openStore';
import type { RecordStore } from '../../services/store/recordStore';
import { leaseKey, type LeaseValue } from '../../services/store/lease';
import { Repository } from '../../services/store/repository';
import { parseStoreUrl } from '../../services/store/storeUrl';
import { removalRequestSchema, type RemovalRequest } from '../../services/workflows/removalRequest';
import type { ExecutionStep } from '../../services/workflows/executionStep';
import { actionActivity, invoke, PERSONAS, personaIn } from '../helpers/activities';
import { FakeConnector } from '../helpers/fakeConnector';
import {
  planForAMinuteAgo,
  removalEffects,
  requestsToCustomer,
  resetBackend,
  startEmulatorProcess,
  startReplica,
  stopChild,
  until,
  type Child,
} from '../helpers/replicaCluster';
import { skipUnlessAvailable, storeBackends } from '../helpers/storeBackends';

const TRIALS = Number(process.env.TRIALS ?? 6);
if (!Number.isInteger(TRIALS) || TRIALS < 1 || TRIALS > 200) {
  throw new Error(`TRIALS must be an integer from 1 to 200 (got ${process.env.TRIALS}).`);
}
const SEED = Number(process.env.CRASH_SEED ?? 7);
/** The Redis database the trials use, flushed first (the races use 5, other tests 0). */
const REDIS_DB = 6;
const STEPS: ExecutionStep[] = [
  'claimed',
  'beforePartnerCenterCall',
  'afterPartnerCenterCall',
  'beforeRecordingResult',
];
/** Fast sweeps (lease 2 s) and resuming an execution 1 s after its last attempt, so trials take seconds. */
const CLUSTER_ENV = { SWEEP_INTERVAL_SECONDS: '1', EXECUTION_RESUME_SECONDS: '1' };

/** A small deterministic generator (mulberry32), so a failing sequence can be replayed by seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function running(child: Child): boolean {
  return child.process.exitCode === null && child.process.signalCode === null;
}

/** The last lines of a replica's stderr (its warnings and errors), for a failure report. */
function tail(text: string, lines = 15): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n') || '(nothing)';
}

/**
 * Waits for `child` to end (resolves with its signal or exit code), or for `ended` to give the
 * request's final state first (resolves with that state: the child did not die where it should have).
 */
async function diesOrEnds(
  child: Child,
  ended: () => Promise<string | undefined>,
  timeoutMs = 20_000,
): Promise<string | number | null> {
  const exit: { ended: boolean; value: NodeJS.Signals | number | null } = { ended: false, value: null };
  void child.exited.then((value) => Object.assign(exit, { ended: true, value }));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exit.ended) return exit.value;
    const state = await ended();
    if (exit.ended) return exit.value;
    if (state) return `alive, with the request ${state}`;
    if (Date.now() > deadline) return `alive, with the request unfinished after ${timeoutMs} ms`;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The trials, drawn from CRASH_SEED: the customer, the step A dies at, who holds the sweeper lease, scheduled or not. */
function trialPlan() {
  const next = random(SEED);
  const plan = [];
  for (let trial = 0, n = 1; trial < TRIALS; trial++, n++) {
    if (n % 10 === 0) n++; // every tenth generated customer has a subscription (a blocker)
    plan.push({
      trial,
      customerId: generatedId(0xc0ffee, n),
      step: STEPS[Math.floor(next() * STEPS.length)],
      // Even trials: A holds the sweeper lease when it dies (restarting B hands the lease to A).
      holderDies: trial % 2 === 0,
      // A scheduled request that is due is run by the sweeper too: only where A sweeps is A sure to run it.
      scheduled: trial % 4 === 2,
    });
  }
  return plan;
}

interface Replica {
  name: string;
  child: Child;
  url: string;
  crashAt?: ExecutionStep;
}

interface TrialResult {
  scheduled: boolean;
  step: ExecutionStep;
  holderDied: boolean;
  state: RemovalRequest['state'];
  effects: number;
  attempts: number;
  recoveryMs: number;
}

for (const backend of storeBackends().filter((b) => b.name === 'redis' || b.name === 'postgres')) {
  describe(`crashes: a replica killed during a removal on ${backend.name}, the other takes over (every request ends completed or failed with a reason, at most one removal per MS-RequestId)`, function () {
    // Per trial (a hang detector: the waits inside are bounded on their own and say what they waited for).
    this.timeout(240_000);
    let emulator: Child | undefined;
    let emulatorUrl: string;
    let storeUrl: string;
    let store: RecordStore;
    let connector: FakeConnector;
    const replicas: Replica[] = [];
    /** Where the trials are, for a failure (a timeout included) to say which trial and what it waited for. */
    let progress = 'starting';
    /** The sweeper lease as last read. */
    let lastLease = '(not read)';

    /** What a failure report needs: the trial, the seed to replay it, and what the replicas said last. */
    function failureReport(): string {
      const tails = replicas
        .filter(Boolean)
        .map(
          (r) => `--- ${r.name} (pid ${r.child.process.pid}) stderr, last lines:\n${tail(r.child.stderr())}`,
        );
      return [`${backend.name}, CRASH_SEED=${SEED} TRIALS=${TRIALS}: ${progress}`, ...tails].join('\n');
    }

    async function start(name: string, crashAt?: ExecutionStep): Promise<Replica> {
      const env = {
        STORE_URL: storeUrl,
        SANDBOX_URL: emulatorUrl,
        ...CLUSTER_ENV,
        ...(crashAt ? { TEST_CRASH_AT: crashAt } : {}),
      };
      const started = await startReplica(name, env);
      return { name, crashAt, ...started };
    }

    /** Which replica holds the sweeper lease (holder ids are `host:pid:…`). */
    async function sweeperHolder(): Promise<Replica | undefined> {
      const lease = (await store.get<LeaseValue>(leaseKey('workflow-sweeper')))?.value;
      // For a failure report: a holder that is neither replica is another run on the same store.
      lastLease = lease
        ? `${lease.holder} until ${new Date(lease.expiresAt).toISOString()} (A is pid ${replicas[0]?.child.process.pid}, B pid ${replicas[1]?.child.process.pid})`
        : '(none)';
      if (!lease?.holder || lease.expiresAt <= Date.now()) return undefined;
      const pid = lease.holder.split(':').at(-2);
      return replicas.find((r) => String(r.child.process.pid) === pid);
    }

    before(async function () {
      skipUnlessAvailable(this, backend);
      storeUrl = await resetBackend(backend, REDIS_DB);
      store = await openStore(parseStoreUrl(storeUrl));
      connector = new FakeConnector();
      await connector.start();
      const started = await startEmulatorProcess(Math.ceil((TRIALS * 10) / 9) + 5);
      emulator = started.child;
      emulatorUrl = started.url;
      replicas.push(await start('replica-a'), await start('replica-b'));
    });

    afterEach(function () {
      if (this.currentTest?.state === 'failed') process.stdout.write(`${failureReport()}\n`);
    });

    after(async () => {
      await Promise.all(replicas.splice(0).map((r) => stopChild(r.child)));
      if (emulator) await stopChild(emulator);
      await connector?.stop();
      await store?.close();
    });

    const requests = () => new Repository(store, 'removalRequests', removalRequestSchema);
    const open = () => new Repository(store, 'openRemovalRequests', z.object({ requestId: z.string() }));
    const results: TrialResult[] = [];
    let started = 0;

    after(() => {
      if (!results.length) return;
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const rows = STEPS.map((step) => {
        const of = results.filter((r) => r.step === step);
        const completed = of.filter((r) => r.state === 'completed').length;
        const recovery = of.map((r) => r.recoveryMs);
        return (
          `        ${step}: ${of.length} trials (${of.filter((r) => r.holderDied).length} with the sweeper ` +
          `lease holder dying, ${of.filter((r) => r.scheduled).length} scheduled), ${completed} completed, ${of.length - completed} failed, removals ` +
          `${of.reduce((sum, r) => sum + r.effects, 0)}, attempts ${of.map((r) => r.attempts).join('/')}, ` +
          `recovery ${recovery.length ? `${Math.min(...recovery)}–${Math.max(...recovery)} ms` : '–'}`
        );
      });
      process.stdout.write(
        `      ${backend.name}: ${results.length} of ${TRIALS} trials passed in ${seconds} s (seed ${SEED})\n${rows.join('\n')}\n`,
      );
    });

    for (const { trial, customerId, step, holderDies, scheduled } of trialPlan()) {
      const trialName =
        `trial ${trial + 1} of ${TRIALS} (A dies at ${step}; the sweeper lease on ${holderDies ? 'A' : 'B'}; ` +
        `${scheduled ? 'a scheduled request whose date has passed' : 'approved for now'}; customer ${customerId})`;
      it(trialName, async () => {
        started ||= Date.now();
        let requestId: string | undefined;
        const at = (phase: string) => {
          progress = `${trialName}: ${phase}`;
        };
        try {
          // A is down after the previous crash (or up without a crash step at the start): start it armed.
          at('restarting A armed');
          await stopChild(replicas[0].child);
          replicas[0] = await start(replicas[0].name, step);
          // B is up (a failed trial may have left it stopped).
          if (!running(replicas[1].child)) {
            at('restarting B, which an earlier trial left stopped');
            replicas[1] = await start(replicas[1].name);
          }
          if (holderDies) {
            // B stops (releasing its leases), A takes the sweeper lease, and only then B comes back:
            // B restarting faster than A retries would otherwise take the lease back.
            at('stopping B, waiting for A to take the sweeper lease');
            await stopChild(replicas[1].child);
            await until('A to take the sweeper lease', async () =>
              (await sweeperHolder()) === replicas[0] ? true : undefined,
            );
            at('restarting B');
            replicas[1] = await start(replicas[1].name);
          }
          const crashing = replicas[0];
          at('waiting for the sweeper lease on the expected replica');
          await until('the sweeper lease on the expected replica', async () => {
            const holder = await sweeperHolder();
            return holder === replicas[holderDies ? 0 : 1] ? holder : undefined;
          });

          at('requesting the removal through A');
          const requested = await invoke(
            crashing.url,
            actionActivity(
              VERBS.removalRequest,
              { customerId, attested: 'true', reason: `crash trial ${trial}` },
              personaIn(connector.url, PERSONAS.alexSales, 'personal'),
            ),
          );
          assert.equal(requested.statusCode, 200, 'the request');
          requestId = (await open().get(customerId))?.value.requestId;
          assert.ok(requestId, `a request is open for ${customerId}`);
          const id = requestId;
          if (scheduled) await planForAMinuteAgo(requests(), id);

          // Megan approves through A; A executes after answering, and dies at `step`.
          at('approving through A, waiting for A to die');
          const approving = invoke(
            crashing.url,
            actionActivity(
              VERBS.approvalApprove,
              { requestId: id },
              personaIn(connector.url, PERSONAS.meganAdminApprover, 'channel'),
            ),
          ).catch((error: unknown) => error);
          const death = await diesOrEnds(crashing.child, async () => {
            const state = (await requests().get(id))?.value.state;
            return state === 'completed' || state === 'failed' ? state : undefined;
          });
          assert.equal(death, 'SIGKILL', `${crashing.name} should have died at ${step}, not ${death}`);
          const killedAt = Date.now();
          await approving;
          const approved = (await requests().get(id))?.value;
          assert.ok(approved && approved.approvals.length === 1, 'the approval was stored');

          at(`waiting for B to end the request after the crash at ${step}`);
          const done = await until(
            `the request to end after the crash at ${step}`,
            async () => {
              const request = (await requests().get(id))?.value;
              return request?.state === 'completed' || request?.state === 'failed' ? request : undefined;
            },
            20_000,
          );
          const recoveryMs = Date.now() - killedAt;
          at(`checking the request (${done.state}) and the emulator's log`);
          if (done.state === 'failed') {
            assert.ok(done.execution?.lastError?.description, 'a failure has a reason');
          }
          const log = await requestsToCustomer(emulatorUrl, customerId);
          const effects = removalEffects(log);
          const perRequestId = new Map<string | undefined, number>();
          for (const effect of effects)
            perRequestId.set(effect.requestId, (perRequestId.get(effect.requestId) ?? 0) + 1);
          assert.ok(effects.length <= 1, `removals ${JSON.stringify(log)}`);
          assert.ok([...perRequestId.values()].every((count) => count <= 1));
          if (done.state === 'completed') {
            // Exactly one removal took effect, under the request's own MS-RequestId.
            assert.equal(effects.length, 1, `removals ${JSON.stringify(log)}`);
            assert.equal(effects[0].requestId, done.execution?.requestId);
            const customer = await fetch(`${emulatorUrl}/v1/customers/${customerId}`, {
              headers: { Authorization: 'Bearer sandbox' },
            });
            assert.equal(customer.status, 403, 'no relationship with the customer any more');
          }
          if (scheduled) assert.ok(done.schedule?.prepared, 'it went through its schedule');
          results.push({
            scheduled,
            step,
            holderDied: holderDies,
            state: done.state,
            effects: effects.length,
            attempts: done.execution?.attempts ?? 0,
            recoveryMs,
          });
        } catch (error) {
          const request = requestId
            ? (
                await requests()
                  .get(requestId)
                  .catch(() => undefined)
              )?.value
            : undefined;
          const calls = (await requestsToCustomer(emulatorUrl, customerId).catch(() => []))
            .map(
              (r) =>
                `${r.method} ${r.route ?? r.path} ${r.status}${r.replayed ? ' (replayed)' : ''} ${r.requestId ?? ''}`,
            )
            .join('; ');
          throw new Error(
            `${progress}\n  cause: ${(error as Error).message}\n  the request as stored: ` +
              `${request ? JSON.stringify({ state: request.state, execution: request.execution, schedule: request.schedule }) : '(none)'}` +
              `\n  Partner Center's log for the customer: ${calls || '(nothing)'}` +
              `\n  the sweeper lease as last read: ${lastLease}`,
            { cause: error },
          );
        }
      });
    }
  });
}
