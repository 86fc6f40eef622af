/**
 * Faults (issue 7): what users see, and what is kept, when Partner Center throttles, fails or is slow,
 * and when the store goes away for a few seconds. Real HTTP all the way: the bot (restify, adapter,
 * teams-ai) on loopback, a fake Bot Framework connector for its replies, the Partner Center emulator
 * with its fault injector, and, for the store, a redis-server of the test's own on a free port.
 *
 * Each scenario prints its figures; docs/reliability.md ("Faults") quotes a run.
 *
 *   npx tsc -p . && npx mocha --no-config --exit --timeout 120000 dist/test/scale/faultRuns.test.js
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { STRINGS } from '../../cards/strings';
import { VERBS } from '../../cards/verbs';
import { generatedId, generateTenant } from '../../services/partner-center/emulator/fixture/generateTenant';
import type { EmulatorRequestLogEntry } from '../../services/partner-center/emulator/emulatorServer';
import { startEmulator, type RunningEmulator } from '../../services/partner-center/emulator/startEmulator';
import { ChannelRegistry } from '../../services/notifications/channelRegistry';
import { Outbox } from '../../services/notifications/outbox';
import { openStore } from '../../services/store/openStore';
import type { RecordStore } from '../../services/store/recordStore';
import type { RemovalRequest } from '../../services/workflows/removalRequest';
import {
  actionActivity,
  adaptiveCardOf,
  messageActivity,
  postActivity,
  PERSONAS,
  type Persona,
} from '../helpers/activities';
import { freePort, onPath } from '../../scripts/localRedis';
import { startTestBot, type Harness } from '../helpers/botHarness';
import { until } from '../helpers/until';
import { readableText } from '../helpers/cardQueries';
import { FakeConnector, type CapturedActivity } from '../helpers/fakeConnector';
import { silentLogger } from '../partner-center/emulatorHarness';
import { parseStoreUrl } from '../../services/store/storeUrl';

const EN = STRINGS.en;
const CHANNEL = '19:reseller-desk-faults@thread.tacv2';
const customerId = (n: number) => generatedId(0xc0ffee, n);
const customerName = (n: number) => `Generated Customer ${String(n).padStart(6, '0')}`;
const customerDomain = (n: number) => `gen${String(n).padStart(6, '0')}.onmicrosoft.com`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What a reply told the user. */
type Answer =
  | 'result'
  | 'partnerCenterBusy'
  | 'partnerCenterUnavailable'
  | 'partnerCenterError'
  | 'storeUnavailable'
  | 'generic';

/** The status messages a fault may legitimately produce, by the title (or text) the user reads. */
function classify(activityOrCard: { text?: string } | undefined, card?: unknown): Answer {
  const text = activityOrCard?.text ?? '';
  if (text === EN['error.generic']) return 'generic';
  if (text === EN['error.storeUnavailable']) return 'storeUnavailable';
  const readable = card === undefined ? '' : readableText(card);
  if (readable.includes(EN['notice.storeUnavailable.title'])) return 'storeUnavailable';
  if (readable.includes(EN['notice.partnerCenterBusy.title'])) return 'partnerCenterBusy';
  if (readable.includes(EN['notice.partnerCenterUnavailable.title'])) return 'partnerCenterUnavailable';
  if (readable.includes(EN['notice.partnerCenterError.title'])) return 'partnerCenterError';
  return 'result';
}

function cardOf(activity: CapturedActivity): unknown {
  return activity.body?.attachments?.length ? adaptiveCardOf(activity.body) : undefined;
}

interface Said {
  who: string;
  text: string;
  answered: boolean;
  answer?: Answer;
  readable: string;
  ms: number;
}

/** One user typing into their personal chat with the bot, over HTTP. */
class Conversations {
  readonly said: Said[] = [];
  constructor(
    private readonly botUrl: () => string,
    private readonly connector: FakeConnector,
  ) {}

  async say(who: Persona & { name: string }, text: string, channel = false): Promise<Said> {
    const activity = messageActivity(
      text,
      channel ? inChannel(who, this.connector.url) : personal(who, this.connector.url),
    );
    const started = Date.now();
    const said: Said = { who: who.name, text, answered: false, readable: '', ms: 0 };
    this.said.push(said);
    const response = await postActivity(this.botUrl(), activity).catch(() => ({ status: 0, body: '' }));
    // The adapter answers the HTTP request when the turn has ended, after its reply reached the
    // connector: the reply is there now or never (typing indicators come first; the answer is the message).
    const reply = this.connector.activities.find(
      (a) => a.body?.replyToId === activity.id && a.body?.type === 'message',
    );
    said.ms = Date.now() - started;
    if (reply) {
      const card = cardOf(reply);
      said.answered = true;
      said.answer = classify(reply.body, card);
      said.readable = card === undefined ? String(reply.body?.text ?? '') : readableText(card);
    }
    assert.ok(
      response.status === 200 || said.answered,
      `${who.name} "${text}": HTTP ${response.status}, no reply`,
    );
    return said;
  }
}

const people = {
  alex: { ...PERSONAS.alexSales, name: 'Alex' },
  megan: { ...PERSONAS.meganAdminApprover, name: 'Megan' },
  adele: { ...PERSONAS.adeleHelpdesk, name: 'Adele' },
  isaiah: { ...PERSONAS.isaiahGlobalApprover, name: 'Isaiah' },
};

function personal(who: Persona, serviceUrl: string) {
  return { serviceUrl, conversationId: `a:personal-${who.userId}`, ...who };
}
function inChannel(who: Persona, serviceUrl: string) {
  return {
    serviceUrl,
    conversationId: `${CHANNEL};messageid=1700000000000`,
    conversationType: 'channel' as const,
    ...who,
  };
}

/** POSTs an invoke; the card of a 200 answer, or the HTTP status when there is none. */
async function click(
  botUrl: string,
  verb: string,
  data: Record<string, unknown>,
  options: ReturnType<typeof personal>,
): Promise<{ status: number; card?: unknown }> {
  const response = await postActivity(botUrl, actionActivity(verb, data, options));
  if (response.status !== 200) return { status: response.status };
  const body = JSON.parse(response.body) as { statusCode?: number; value?: unknown };
  return { status: body.statusCode ?? 200, card: body.value };
}

function count<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/** Removal PATCHes per MS-RequestId: the effects (non-replayed 2xx) and every attempt. */
function removalPatches(requests: readonly EmulatorRequestLogEntry[], id: string) {
  const patches = requests.filter(
    (r) => r.route === 'updateCustomer' && r.path.toLowerCase() === `/v1/customers/${id}`,
  );
  const byRequestId = count(patches, (r) => r.requestId ?? '(none)');
  const effects = patches.filter((r) => !r.replayed && r.status >= 200 && r.status < 300);
  return { patches, byRequestId, effects };
}

describe('faults: Partner Center throttling, server errors and latency, over HTTP', function () {
  this.timeout(60_000);
  let emulator: RunningEmulator;
  let emulatorStore: RecordStore;
  let connector: FakeConnector;
  let harness: Harness | undefined;
  let chats: Conversations;

  before(async () => {
    emulatorStore = await openStore(parseStoreUrl('memory://'));
    // Every tenth generated customer has a subscription (a removal blocker); the others have none.
    emulator = await startEmulator({
      store: emulatorStore,
      logger: silentLogger,
      fixture: generateTenant(40),
    });
    connector = new FakeConnector();
    await connector.start();
    chats = new Conversations(() => harness!.bot.url, connector);
  });

  after(async () => {
    await harness?.bot.stop(2000);
    await connector?.stop();
    await emulator?.close();
    await emulatorStore?.close();
  });

  it('answers every message (result or a clear status), serves others while one is slow, removes exactly once', async () => {
    const started = Date.now();
    const v1 = () => emulator.requests.filter((r) => r.path.startsWith('/v1/'));
    const faulted = () => v1().filter((r) => r.status === 429 || r.status >= 500);

    // On failure, say which message, what its card said and what the bot logged about Partner Center.
    const partnerCenterLog = () =>
      harness!.log
        .entries()
        .filter((entry) => /Partner Center|circuit|flow failed|turn failed/i.test(String(entry.msg)))
        .slice(-40)
        .map((entry) => JSON.stringify(entry))
        .join('\n');
    const expectAnswer = (said: Said, expected: Answer) =>
      assert.equal(
        said.answer,
        expected,
        `${said.who} "${said.text}" was answered ${said.answer ?? '(not at all)'}: "${said.readable}"\n` +
          `the bot's Partner Center log:\n${partnerCenterLog()}`,
      );

    // 1. The customer list is read while Partner Center throttles and fails: the first load retries.
    emulator.faults.set('listCustomers', { next: [429, 500], retryAfterSeconds: 1 });
    harness = await startTestBot({ SANDBOX_URL: emulator.url, PARTNER_CENTER: 'sandbox' });
    const first = await chats.say(people.alex, 'customers');
    expectAnswer(first, 'result');
    assert.match(first.readable, /Generated Customer/);

    // 2. A few personas at once while every read a partner uses throttles (Retry-After) and fails at random.
    const flaky = { rate429: 0.25, retryAfterSeconds: 1, rate500: 0.1 };
    for (const route of [
      'listCustomers',
      'getCustomer',
      'customerRelationships',
      'listSubscriptions',
      'listEntitlements',
      'partnerRelationships',
    ] as const)
      emulator.faults.set(route, flaky);
    const script: [keyof typeof people, string[]][] = [
      ['alex', [`customer ${customerDomain(1)}`, `remove ${customerName(2)}`, 'customers gen00001', 'help']],
      [
        'megan',
        [`customer ${customerDomain(3)}`, `remove ${customerName(4)}`, `customer ${customerName(10)}`],
      ],
      [
        'isaiah',
        [`remove ${customerDomain(5)}`, `customer ${customerDomain(6)}`, `remove ${customerName(10)}`],
      ],
      ['adele', [`customer ${customerDomain(7)}`, 'customers', `customer ${customerDomain(8)}`]],
    ];
    await Promise.all(
      script.map(async ([who, lines]) => {
        for (const line of lines) await chats.say(people[who], line);
      }),
    );

    // The next scenarios expect one status each, so they run on a bot started afresh: the client's
    // circuit breaker counts consecutive failures across calls until a success, and the random faults
    // can leave one behind (a 500 whose retries all got 429s), which the four 500s below would make
    // the five that open the circuit: the next read would then be "Partner Center is busy".
    emulator.faults.clear();
    await harness.bot.stop(2000);
    harness = await startTestBot({ SANDBOX_URL: emulator.url, PARTNER_CENTER: 'sandbox' });

    // Deterministic exhaustion on two reads: 4 × 429, then 4 × 500 (the client makes 4 attempts).
    emulator.faults.set('getCustomer', { next: [429, 429, 429, 429], retryAfterSeconds: 2 });
    const busy = await chats.say(people.megan, `customer ${customerDomain(9)}`);
    expectAnswer(busy, 'partnerCenterBusy');
    assert.match(busy.readable, /Try again in\s*2\s*seconds/);
    emulator.faults.set('getCustomer', { next: [500, 500, 500, 500] });
    const failing = await chats.say(people.isaiah, `customer ${customerDomain(11)}`);
    expectAnswer(failing, 'partnerCenterUnavailable');

    // 3. One conversation waits on Partner Center (its subscription read is held until the others have
    // been answered): the others are still served meanwhile.
    emulator.faults.clear();
    const held = emulator.faults.hold('listSubscriptions');
    const slowText = `customer ${customerDomain(12)}`;
    const slow = chats.say(people.alex, slowText);
    await held.arrived;
    const quick = [
      await chats.say(people.adele, 'help'),
      await chats.say(people.adele, `customers ${customerName(13)}`),
      await chats.say(people.megan, 'requests'),
    ];
    for (const said of quick) expectAnswer(said, 'result');
    const stillWaiting = chats.said.find((said) => said.text === slowText);
    assert.equal(stillWaiting?.answered, false, 'the slow conversation was still waiting on Partner Center');
    held.release();
    const slowed = await slow;
    expectAnswer(slowed, 'result');

    // 4. Approved removals while the removal PATCH throttles and fails.
    const workflow = harness.bot.services.workflow;
    const request = async (n: number): Promise<string> => {
      const answer = await click(
        harness!.bot.url,
        VERBS.removalRequest,
        { customerId: customerId(n), attested: 'true', reason: `faults ${n}` },
        personal(people.alex, connector.url),
      );
      assert.equal(answer.status, 200);
      const open = await workflow.openFor(customerId(n));
      assert.ok(open, `a request is open for customer ${n}: ${readableText(answer.card)}`);
      return open.id;
    };
    const approve = async (requestId: string) => {
      const answer = await click(
        harness!.bot.url,
        VERBS.approvalApprove,
        { requestId },
        inChannel(people.megan, connector.url),
      );
      assert.equal(answer.status, 200);
      return answer;
    };
    const settled = (requestId: string, states: RemovalRequest['state'][], extra = () => true) =>
      until(`request ${requestId} in ${states.join('/')}`, async () => {
        const current = await workflow.get(requestId);
        return current && states.includes(current.state) && extra.call(current) ? current : undefined;
      });

    // 4a. 429, 500, 429, then accepted: the client retries the same operation after the 500 with the
    // same MS-RequestId, and sends a new request (a new id) after each 429; one effect.
    const retried = await request(21);
    emulator.faults.set('updateCustomer', { next: [429, 500, 429], retryAfterSeconds: 1 });
    await approve(retried);
    const completed = await settled(retried, ['completed', 'failed']);
    assert.equal(completed.state, 'completed', JSON.stringify(completed.execution));
    const first21 = removalPatches(emulator.requests, customerId(21));
    assert.deepEqual(Object.values(first21.byRequestId), [1, 2, 1], JSON.stringify(first21.patches));
    assert.equal(first21.effects.length, 1);

    // 4b. Every attempt of the run fails (4 × 500): the request stays executing, the card says why and
    // that it will be tried again; the sweep's later attempt (brought forward here) completes it, with
    // the same MS-RequestId and still one effect.
    const exhausted = await request(22);
    emulator.faults.set('updateCustomer', { next: [500, 500, 500, 500] });
    await approve(exhausted);
    const waiting = await until('the failed attempt to be recorded', async () => {
      const current = await workflow.get(exhausted);
      return current?.execution?.lastError ? current : undefined;
    });
    assert.equal(waiting.state, 'executing');
    const card = await click(
      harness.bot.url,
      VERBS.approvalRefresh,
      { requestId: exhausted },
      inChannel(people.megan, connector.url),
    );
    const readable = readableText(card.card);
    assert.ok(readable.includes(EN['approval.execution.retrying']), readable);
    assert.match(readable, /800003/);
    await workflow.execute(exhausted);
    const resumed = await settled(exhausted, ['completed', 'failed']);
    assert.equal(resumed.state, 'completed', JSON.stringify(resumed.execution));
    const patches22 = removalPatches(emulator.requests, customerId(22));
    assert.equal(Object.keys(patches22.byRequestId).length, 1, 'one MS-RequestId for the request');
    assert.equal(patches22.effects.length, 1, JSON.stringify(patches22.patches));

    // Figures.
    const said = chats.said;
    const answers = count(
      said.filter((s) => s.answered),
      (s) => s.answer!,
    );
    assert.equal(said.filter((s) => !s.answered).length, 0, 'every message answered');
    assert.equal(answers.generic ?? 0, 0, 'no generic error');
    const effects = v1().filter(
      (r) => r.route === 'updateCustomer' && !r.replayed && r.status >= 200 && r.status < 300,
    );
    const perRequestId = count(effects, (r) => r.requestId ?? '(none)');
    assert.ok(
      Object.values(perRequestId).every((n) => n === 1),
      JSON.stringify(perRequestId),
    );
    const statusAnswers = said.filter((s) => s.answer !== 'result').length;
    // Every attempt of one client call carries the call's MS-RequestId.
    const logicalCalls = new Set(v1().map((r) => r.requestId)).size;
    process.stdout.write(
      `      Partner Center faults: ${said.length} messages, ${said.filter((s) => s.answered).length} answered ` +
        `(${answers.result ?? 0} with the result, ${statusAnswers} with a status: ${JSON.stringify(
          Object.fromEntries(Object.entries(answers).filter(([k]) => k !== 'result')),
        )}); Partner Center requests ${v1().length} for ${logicalCalls} calls, faulted ${faulted().length} ` +
        `(${JSON.stringify(count(faulted(), (r) => String(r.status)))}), client retries ` +
        `(same MS-RequestId again) ${v1().length - logicalCalls}; ` +
        `removals 2, PATCH attempts ${first21.patches.length + patches22.patches.length}, effects ${effects.length} ` +
        `(one per MS-RequestId); slowest answer ${Math.max(...said.map((s) => s.ms))} ms, ` +
        `others served while one waited on Partner Center in ${Math.max(...quick.map((s) => s.ms))} ms max; ` +
        `${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
  });
});

/** A redis-server of the test's own on a free loopback port: append-only, fsync on every write. */
class OwnRedis {
  private proc?: ChildProcess;
  readonly dir = mkdtempSync(path.join(tmpdir(), 'rd-faults-redis-'));
  port = 0;

  static missing(): string | undefined {
    return onPath('redis-server') ? undefined : 'redis-server is not on the PATH';
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    if (!this.port) this.port = await freePort();
    const proc = spawn(
      'redis-server',
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--dir',
        this.dir,
        '--save',
        '',
        '--appendonly',
        'yes',
        '--appendfsync',
        'always',
      ],
      { stdio: 'ignore' },
    );
    this.proc = proc;
    await until('redis-server to answer PING', () => pong(this.port), 10_000);
  }

  /** The store crashes: SIGKILL, no shutdown. */
  async kill(): Promise<void> {
    const proc = this.proc;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise((resolve) => proc.once('exit', resolve));
    proc.kill('SIGKILL');
    await exited;
  }

  async remove(): Promise<void> {
    await this.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** true when a Redis on `port` answers PING with PONG (not LOADING), undefined otherwise. */
function pong(port: number): Promise<true | undefined> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
    socket.setTimeout(500, () => socket.destroy());
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG') ? true : undefined);
    });
    socket.once('error', () => resolve(undefined));
    socket.once('close', () => resolve(undefined));
  });
}

async function readyz(botUrl: string): Promise<number> {
  return (await fetch(`${botUrl}/readyz`).catch(() => undefined))?.status ?? 0;
}

describe('faults: the store (Redis) goes down for a few seconds', function () {
  this.timeout(60_000);
  const OUTAGE_MS = 6_000;
  let redis: OwnRedis | undefined;
  let emulator: RunningEmulator;
  let emulatorStore: RecordStore;
  let connector: FakeConnector;
  let harness: Harness | undefined;

  before(async function () {
    const missing = OwnRedis.missing();
    if (missing) {
      process.stdout.write(`      skipped: ${missing}\n`);
      this.skip();
    }
    redis = new OwnRedis();
    await redis.start();
    emulatorStore = await openStore(parseStoreUrl('memory://'));
    emulator = await startEmulator({
      store: emulatorStore,
      logger: silentLogger,
      fixture: generateTenant(20),
    });
    connector = new FakeConnector();
    await connector.start();
    harness = await startTestBot({
      STORE_URL: redis.url,
      SANDBOX_URL: emulator.url,
      PARTNER_CENTER: 'sandbox',
    });
  });

  after(async () => {
    await harness?.bot.stop(2000);
    await connector?.stop();
    await emulator?.close();
    await emulatorStore?.close();
    await redis?.remove();
  });

  it('users get the storage message, /readyz says not ready and recovers, nothing acknowledged is lost', async () => {
    const bot = harness!.bot;
    const workflow = bot.services.workflow;
    const chats = new Conversations(() => bot.url, connector);
    const request = (n: number) =>
      click(
        bot.url,
        VERBS.removalRequest,
        { customerId: customerId(n), attested: 'true', reason: `outage ${n}` },
        personal(people.alex, connector.url),
      );
    const channelPosts = (n: number) =>
      connector.activities.filter(
        (a) => !a.body?.replyToId && JSON.stringify(a.body ?? {}).includes(customerName(n)),
      );

    // Before: the channel gets notifications; A pending, B approved and removed.
    const notify = await chats.say(people.megan, 'notify here', true);
    assert.equal(notify.answer, 'result', notify.readable);
    assert.equal((await request(1)).status, 200);
    const a = await workflow.openFor(customerId(1));
    assert.equal(a?.state, 'pending');
    assert.equal((await request(2)).status, 200);
    const b = (await workflow.openFor(customerId(2)))!;
    assert.equal(
      (
        await click(
          bot.url,
          VERBS.approvalApprove,
          { requestId: b.id },
          inChannel(people.megan, connector.url),
        )
      ).status,
      200,
    );
    await until('B removed', async () =>
      (await workflow.get(b.id))?.state === 'completed' ? true : undefined,
    );
    await until('A posted to the channel', () => Promise.resolve(channelPosts(1).length ? true : undefined));

    // C is acknowledged while Teams refuses the channel post (503): its notification waits in the outbox.
    connector.status = 503;
    const c = await request(3);
    assert.equal(c.status, 200);
    assert.ok(readableText(c.card).includes(customerName(3)), readableText(c.card));
    const cRequest = (await workflow.openFor(customerId(3)))!;
    // C's channel notification is stored in the outbox, undelivered, before the store goes down.
    const outbox = new Outbox(bot.store, new ChannelRegistry(bot.store));
    await until('C’s channel notification to wait in the outbox', async () => {
      for (const item of await outbox.pending()) {
        const entry = await outbox.getEntry(item.id);
        if (entry?.state === 'pending' && JSON.stringify(entry.activity).includes(customerName(3)))
          return true;
      }
      return undefined;
    });

    // The outage: Redis is killed; Teams answers again; users keep talking.
    await redis!.kill();
    connector.status = 200;
    const down = Date.now();
    const duringOutage = await Promise.all([
      chats.say(people.adele, 'help'),
      chats.say(people.isaiah, `customer ${customerDomain(5)}`),
      request(4),
      // /readyz says not ready once the bot's store client has seen the connection go.
      until('/readyz to answer 503 during the outage', async () => {
        const status = await readyz(bot.url);
        return status === 503 ? status : undefined;
      }),
      fetch(`${bot.url}/healthz`).then((r) => r.status),
    ] as const);
    const [help, details, d, , alive] = duringOutage;
    for (const said of [help, details]) {
      assert.ok(said.answered, `"${said.text}" answered during the outage`);
      assert.equal(said.answer, 'storeUnavailable', said.readable);
      assert.equal(said.readable, EN['error.storeUnavailable']);
    }
    assert.equal(d.status, 200, 'the click is answered');
    const dAnswer = classify(undefined, d.card);
    assert.equal(dAnswer, 'storeUnavailable', readableText(d.card));
    assert.equal(alive, 200, '/healthz during the outage');

    // Back after OUTAGE_MS (the scenario's length, not a wait for anything): same port, same append-only file.
    await sleep(Math.max(0, OUTAGE_MS - (Date.now() - down)));
    await redis!.start();
    const back = Date.now();
    await until('/readyz to be ready again', async () =>
      (await readyz(bot.url)) === 200 ? true : undefined,
    );
    const readyAfterMs = Date.now() - back;

    // Nothing acknowledged is lost.
    assert.equal((await workflow.get(a.id))?.state, 'pending', 'A still pending');
    assert.equal((await workflow.get(b.id))?.state, 'completed', 'B still removed');
    assert.equal((await workflow.get(cRequest.id))?.state, 'pending', 'C still pending');
    const dStored = await workflow.openFor(customerId(4));
    // D was refused with a message: the user clicks again and it is acknowledged and stored.
    const dAgain = dStored ? undefined : await request(4);
    if (dAgain) assert.equal(dAgain.status, 200);
    const dFinal = await workflow.openFor(customerId(4));
    assert.equal(dFinal?.state, 'pending', 'D stored once acknowledged');
    // C's notification, queued before the outage, goes out after it.
    await until(
      'C posted to the channel',
      () => Promise.resolve(channelPosts(3).length ? true : undefined),
      20_000,
    );
    const deliveredAfterMs = Date.now() - back;
    const helpAgain = await chats.say(people.adele, 'help');
    assert.equal(helpAgain.answer, 'result', helpAgain.readable);

    const outageAnswers = [help, details].map((s) => s.ms);
    process.stdout.write(
      `      store down ${((back - down) / 1000).toFixed(1)} s (redis-server SIGKILL, restarted on its AOF): ` +
        `during it 2 messages + 1 click sent, 3 answered with the storage message ` +
        `(in ${Math.max(...outageAnswers)} ms max), /readyz 503 then 200 ${readyAfterMs} ms after the restart, ` +
        `/healthz 200 throughout; after it: 3 requests acknowledged before the outage all there ` +
        `(A pending, B completed, C pending), the refused click ${dStored ? 'was stored anyway' : 'not stored'} ` +
        `and stored on the retry; C's channel post (queued before) delivered ${deliveredAfterMs} ms after the restart\n`,
    );
  });
});
