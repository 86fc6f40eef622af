/**
 * Hostile input, property-based (fast-check): generated requests go to the real restify server (local
 * mode, sandbox Partner Center, memory store, replies to a loopback fake connector) one after another,
 * and every one must
 * 1. get a documented status (server.ts): 200, 400, 413, or 501 for an invoke the bot does not
 *    implement — never another 5xx, never a hang (15 s);
 * 2. crash nothing: no `turn failed` / `request failed outside a turn` log entry, no process-level
 *    unhandledRejection or uncaughtException;
 * 3. change no state unless the actor's role allows it: every store write is recorded; actors without
 *    the role (Helpdesk, not in the roles file) may only write turn state and system records, and each
 *    removal request written must follow a transition the actor may make;
 * 4. evaluate no `${…}` from the input into a reply, and show no stack trace.
 * Afterwards the bot still answers `help`. A second property sends only requests from actors without
 * the role and compares snapshots of the stored state before and after.
 *
 * HOSTILE_RUNS sets the number of requests (default 1000, under a minute with the snapshot run);
 * FC_SEED the seed (default fixed, printed). docs/reliability.md has a HOSTILE_RUNS=10000 run.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import demoRoles from '../../services/access/demoRoles.json';
import type { RecordStore } from '../../services/store/recordStore';
import type { RemovalRequest } from '../../services/workflows/removalRequest';
import type { Invitation } from '../../services/relationships/invitationService';
import { VERBS } from '../../cards/verbs';
import {
  actionActivity,
  adaptiveCardOf,
  invoke,
  messageActivity,
  postActivity,
  type Persona,
} from '../helpers/activities';
import { startTestBot, type Harness } from '../helpers/botHarness';
import { actionWithVerb } from '../helpers/cardQueries';
import { FakeConnector } from '../helpers/fakeConnector';
import {
  ACTORS,
  EVALUATED_MARK,
  hostileCase,
  type ActorKey,
  type CaseKind,
  type HostileCase,
  type World,
} from './arbitraries';
import { allowed, globalAdmin } from '../helpers/deskHarness';

const RUNS = Number(process.env.HOSTILE_RUNS ?? 1000);
const SEED = process.env.FC_SEED !== undefined ? Number(process.env.FC_SEED) : 424242;
const CHANNEL = '19:hostile-team@thread.tacv2';
const REQUEST_TIMEOUT_MS = 15_000;

/** What each actor may do, from services/access/demoRoles.json and the Partner Center role model. */
interface Rights {
  /** invite, fix blockers, request removals */
  act: boolean;
  approve: boolean;
}
function rightsOf(actor: ActorKey | undefined): Rights {
  const who = actor ? ACTORS[actor] : undefined;
  const entry = demoRoles.users.find((user) => who && user.aadObjectId === who.aadObjectId);
  const act = !!entry?.roles.some((role) => ['globalAdmin', 'adminAgent', 'salesAgent'].includes(role));
  return { act, approve: act && !!entry?.approver };
}

/** The actor a body really claims to be (a mutated `from` is nobody). */
function actorOfBody(body: string): ActorKey | undefined {
  const from = parse(body)?.from as { id?: unknown; aadObjectId?: unknown } | undefined;
  if (!from || typeof from !== 'object') return undefined;
  const found = (Object.entries(ACTORS) as [ActorKey, Persona][]).find(
    ([, p]) => p.aadObjectId === from.aadObjectId || p.userId === from.id,
  );
  return found?.[0];
}

function parse(body: string): Record<string, any> | undefined {
  try {
    const value: unknown = JSON.parse(body);
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, any>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Every string in a JSON value (iterative: generated bodies nest 20,000 deep). */
function strings(root: unknown): string[] {
  const out: string[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') out.push(value);
    else if (value && typeof value === 'object') stack.push(...Object.values(value));
  }
  return out;
}

const EXPRESSION = /\$\{[^}]*\}/g;
const STACK = [
  /\bat (?:async )?[\w$.<>[\] ]+ \([^)]*:\d+:\d+\)/,
  /\b(?:TypeError|ReferenceError|RangeError): /,
  /node_modules\//,
  /dist\/(?:bot|services|cards)\//,
];
const CRASH_MESSAGES = new Set([
  'turn failed',
  'request failed outside a turn',
  'could not tell the user about the failure',
]);

/** Store keys of records that are not domain state: turn state, leases, the outbox and what it posted. */
const SYSTEM_PREFIXES = ['turn/', 'lease/', 'notifyOutbox/', 'notifyOutboxIndex/', 'postedCards/'];
/**
 * Where notifications go: channels and people's 1:1 chats, and where each approval card went (a
 * channel registered by an install gets the pending requests' cards).
 */
const CHANNEL_PREFIXES = ['notifyChannels/', 'notifyChannelIndex/', 'directChatOf/', 'approvalRoute/'];

interface Write {
  key: string;
  before: unknown;
  after: unknown;
}

/** Records every write to the bot's store (the same instance every service uses). */
function recordWrites(store: RecordStore, writes: Write[]): void {
  const get = store.get.bind(store);
  const put = store.put.bind(store);
  const compareAndSet = store.compareAndSet.bind(store);
  const del = store.delete.bind(store);
  const s = store as unknown as Record<string, unknown>;
  s.put = async (key: string, value: unknown) => {
    const before = (await get(key))?.value;
    const result = await put(key, value);
    writes.push({ key, before, after: value });
    return result;
  };
  s.compareAndSet = async (key: string, etag: string | null, value: unknown) => {
    const before = (await get(key))?.value;
    const result = await compareAndSet(key, etag, value);
    if (result.ok) writes.push({ key, before, after: value });
    return result;
  };
  s.delete = async (key: string) => {
    const before = (await get(key))?.value;
    await del(key);
    writes.push({ key, before, after: undefined });
  };
}

/** A channel registration's meaning, without the reference refresh keeps current (serviceUrl, bot). */
function channelMeaning(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  const { reference: _reference, updatedAt: _updatedAt, ...rest } = value as Record<string, unknown>;
  return rest;
}

/** Why a removal-request write by `actor` is not allowed, or undefined when it is. */
function requestWriteProblem(write: Write, actor: ActorKey | undefined, world: World): string | undefined {
  const before = write.before as RemovalRequest | undefined;
  const after = write.after as RemovalRequest | undefined;
  const rights = rightsOf(actor);
  const who = actor ? ACTORS[actor] : undefined;
  const isActor = (a?: { userId?: string; aadObjectId?: string }) =>
    !!who && !!a && (a.aadObjectId === who.aadObjectId || a.userId === who.userId);
  if (!after) return 'a removal request was deleted';
  if (!before) {
    if (!rights.act) return `${actor ?? 'nobody'} created a removal request without the role`;
    if (!isActor(after.requestedBy)) return 'a removal request was created in another name';
    if (after.state !== 'pending') return `a removal request was created ${after.state}`;
    if (!after.reason.trim() || !after.attestation.attestedAt)
      return 'a request without reason or attestation';
    if (!world.customerIds.includes(after.customerId))
      return `a request for a customer not the partner's: ${after.customerId}`;
    return undefined;
  }
  const from = before.state;
  const to = after.state;
  if (
    from === 'pending' &&
    (to === 'approved' || (to === 'pending' && after.approvals.length > before.approvals.length))
  ) {
    if (!rights.approve) return `${actor ?? 'nobody'} approved without the approver role`;
    if (isActor(before.requestedBy)) return 'the requester approved their own request';
    if (!isActor(after.approvals[after.approvals.length - 1]?.by))
      return 'an approval recorded in another name';
    return undefined;
  }
  if (from === 'pending' && to === 'rejected') {
    if (!rights.approve) return `${actor ?? 'nobody'} rejected without the approver role`;
    if (isActor(before.requestedBy)) return 'the requester rejected their own request';
    if (!isActor(after.decision?.by) || !after.decision?.reason?.trim())
      return 'a rejection in another name or without reason';
    return undefined;
  }
  if (from === 'pending' && to === 'cancelled') {
    return isActor(before.requestedBy) && isActor(after.decision?.by)
      ? undefined
      : `${actor ?? 'nobody'} cancelled another user's request`;
  }
  // The execution after an approval runs in the background, whoever is acting meanwhile.
  if ((from === 'approved' || from === 'executing') && ['executing', 'completed', 'failed'].includes(to))
    return undefined;
  if (
    from === to &&
    JSON.stringify(before.approvals) === JSON.stringify(after.approvals) &&
    from !== 'pending'
  )
    return undefined;
  return `unexpected transition ${from} → ${to} by ${actor ?? 'nobody'}`;
}

/** Why the writes of one case are not allowed for its actor, or undefined. */
function stateProblem(writes: Write[], hostile: HostileCase, world: World): string | undefined {
  const body = parse(hostile.body);
  const actor = body ? actorOfBody(hostile.body) : undefined;
  const rights = rightsOf(actor);
  for (const write of writes) {
    if (SYSTEM_PREFIXES.some((prefix) => write.key.startsWith(prefix))) continue;
    if (CHANNEL_PREFIXES.some((prefix) => write.key.startsWith(prefix))) {
      // Installing or removing the bot (conversationUpdate) registers or forgets a conversation, as
      // does `notify` by someone with the role, or a 1:1 chat of someone who may request or approve
      // removals; any activity refreshes a stored reference.
      if (body?.type === 'conversationUpdate' || rights.act) continue;
      if (
        write.key.startsWith('notifyChannels/') &&
        JSON.stringify(channelMeaning(write.before)) === JSON.stringify(channelMeaning(write.after))
      )
        continue;
      return `${actor ?? 'nobody'} changed the notification channels (${write.key})`;
    }
    if (write.key.startsWith('removalRequests/')) {
      const problem = requestWriteProblem(write, actor, world);
      if (problem) return problem;
      continue;
    }
    if (write.key.startsWith('invitations/')) {
      const before = write.before as Invitation | undefined;
      const after = write.after as Invitation | undefined;
      if (!rights.act) return `${actor ?? 'nobody'} changed an invitation without the role`;
      if (
        after?.status === 'sent' &&
        before?.status !== 'sent' &&
        after.sentBy?.userId !== ACTORS[actor!].userId
      )
        return 'an invitation recorded as sent in another name';
      continue;
    }
    // Requests' index and open markers, the audit trail, provider asks, the sandbox tenant (pc-sandbox/):
    // only by someone with the role, or by an execution in the background.
    const executing = writes.some(
      (w) =>
        w.key.startsWith('removalRequests/') &&
        ['executing', 'completed', 'failed'].includes((w.after as RemovalRequest | undefined)?.state ?? ''),
    );
    if (!rights.act && !executing) return `${actor ?? 'nobody'} without the role wrote ${write.key}`;
  }
  return undefined;
}

interface Stats {
  kinds: Map<CaseKind, number>;
  statuses: Map<string, number>;
  requests: number;
  /** Removal-request writes that passed the authorization oracle, by transition. */
  transitions: Map<string, number>;
  crashes: string[];
}

function count<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

describe('hostile input (property-based, fast-check, real HTTP)', function () {
  this.timeout(Math.max(120_000, RUNS * 300));
  let connector: FakeConnector;
  let harness: Harness;
  let world: World;
  const writes: Write[] = [];
  /** Every `${…}` the inputs contained: a reply may show these literally, and nothing else. */
  const inputExpressions = new Set<string>();
  const crashes: string[] = [];
  const onRejection = (reason: unknown) => crashes.push(`unhandledRejection: ${String(reason)}`);
  const onException = (error: Error) => crashes.push(`uncaughtException: ${error.message}`);

  const options = (who: Persona, channel = false) => ({
    serviceUrl: connector.url,
    conversationId: channel ? `${CHANNEL};messageid=1` : `a:personal-${who.userId}`,
    conversationType: channel ? ('channel' as const) : ('personal' as const),
    ...who,
  });
  async function say(text: string, who: Persona, channel = false): Promise<any> {
    const activity = messageActivity(text, options(who, channel));
    assert.equal((await postActivity(harness.bot.url, activity)).status, 200);
    const reply = connector.activities.find((a) => a.body?.replyToId === activity.id);
    assert.ok(reply, `a reply to ${text}`);
    return adaptiveCardOf(reply.body);
  }
  async function requestRemoval(who: Persona, customerId: string): Promise<string> {
    const body = await invoke(
      harness.bot.url,
      actionActivity(
        VERBS.removalRequest,
        { customerId, attested: 'true', reason: 'hostile setup' },
        options(who),
      ),
    );
    assert.equal(body.statusCode, 200);
    const open = await harness.bot.services.workflow.openFor(customerId);
    assert.ok(open, `a request for ${customerId}`);
    return open.id;
  }

  before(async () => {
    process.on('unhandledRejection', onRejection);
    process.on('uncaughtException', onException);
    connector = new FakeConnector();
    await connector.start();
    harness = await startTestBot();
    recordWrites(harness.bot.store, writes);
    const index = allowed(await harness.bot.services.directory.search(globalAdmin, '', 1000)).page;
    const customerIds = index.items.map((c) => c.id);
    // Customers a removal can be requested for at once (no blockers): requests by several people.
    const free: string[] = [];
    for (const id of customerIds) {
      const report = await harness.bot.services.removal.preflight(
        harness.config.roles.find({ aadObjectId: ACTORS.alexSales.aadObjectId }),
        id,
      );
      if (report.ok && report.report.blockers.length === 0 && !report.report.refusal) free.push(id);
      if (free.length === 4) break;
    }
    assert.equal(free.length, 4, 'four customers without blockers in the demo tenant');
    await say('<at>Reseller Desk</at> notify here', ACTORS.meganAdminApprover, true);
    const requestIds = [
      await requestRemoval(ACTORS.alexSales, free[0]),
      await requestRemoval(ACTORS.pattiSales, free[1]),
      await requestRemoval(ACTORS.meganAdminApprover, free[2]),
      await requestRemoval(ACTORS.alexSales, free[3]),
    ];
    // One decided already, for replayed and late decisions.
    await invoke(
      harness.bot.url,
      actionActivity(
        VERBS.approvalReject,
        { requestId: requestIds[3], rejectReason: 'setup' },
        options(ACTORS.isaiahGlobalApprover, true),
      ),
    );
    const draft = await say('invite new', ACTORS.alexSales);
    const draftId = String(actionWithVerb(draft, VERBS.inviteDone).data!.draftId);
    const subscriptionIds = (
      await Promise.all(
        customerIds
          .slice(0, 40)
          .map((id) => harness.bot.services.removal.blockersOf(id).catch(() => 'gone' as const)),
      )
    ).flatMap((blockers) => (blockers === 'gone' ? [] : blockers.map((b) => b.id)));
    world = {
      serviceUrl: connector.url,
      channel: CHANNEL,
      customerIds,
      subscriptionIds,
      requestIds,
      draftIds: [draftId],
    };
    writes.length = 0;
  });

  after(async () => {
    process.removeListener('unhandledRejection', onRejection);
    process.removeListener('uncaughtException', onException);
    await harness?.bot.stop();
    await connector?.stop();
  });

  async function send(hostile: HostileCase): Promise<{ status: number; body: string }> {
    const response = await fetch(`${harness.bot.url}/api/messages`, {
      method: 'POST',
      headers: hostile.contentType === undefined ? {} : { 'content-type': hostile.contentType },
      body: hostile.body,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    return { status: response.status, body: await response.text() };
  }

  /** Waits until no request is approved or executing (executions run after the click is answered). */
  async function quiesce(): Promise<void> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const busy = allowed(await harness.bot.services.workflow.list(globalAdmin)).requests.filter(
        (r) => r.state === 'approved' || r.state === 'executing',
      );
      if (busy.length === 0) return;
      if (Date.now() > deadline)
        throw new Error(`executions still running: ${busy.map((r) => r.id).join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Sends one case and checks every oracle; returns the statuses it got. */
  async function runCase(hostile: HostileCase, stats: Stats): Promise<void> {
    const parsed = parse(hostile.body);
    for (const text of parsed ? strings(parsed) : [hostile.body])
      for (const e of text.match(EXPRESSION) ?? []) inputExpressions.add(e);
    writes.length = 0;
    const logStart = harness.log.lines.length;
    const connectorStart = connector.activities.length;
    const responses: { status: number; body: string }[] = [];
    for (let i = 0; i < hostile.sends; i++) {
      const response = await send(hostile).catch((error: Error) => {
        throw new Error(`no answer (${error.name}: ${error.message})`);
      });
      responses.push(response);
      count(stats.statuses, String(response.status));
      stats.requests++;
    }
    count(stats.kinds, hostile.kind);
    await quiesce();

    // 2. no crash
    const failures = harness.log.lines
      .slice(logStart)
      .map((line) => JSON.parse(line) as { msg?: string; level?: unknown; err?: { message?: string } })
      .filter((entry) => CRASH_MESSAGES.has(entry.msg ?? '') || entry.level === 'fatal');
    assert.deepEqual(
      failures.map((f) => `${f.msg}: ${f.err?.message ?? ''} (verb ${String(parsed?.value?.action?.verb)})`),
      [],
      'a turn or request failed',
    );
    assert.deepEqual(crashes, [], 'unhandled rejection or uncaught exception');
    // 1. documented statuses
    const notImplemented =
      parsed?.type === 'invoke' &&
      (!['adaptiveCard/action', 'application/search'].includes(parsed.name) ||
        (parsed.name === 'application/search' && parsed.value?.dataset !== 'customers'));
    for (const { status, body } of responses) {
      assert.ok(
        [200, 400, 413, 501].includes(status),
        `undocumented status ${status}: ${body.slice(0, 300)}`,
      );
      if (status === 501)
        assert.ok(notImplemented, `501 for an invoke the bot implements: ${body.slice(0, 200)}`);
      const oversized = Buffer.byteLength(hostile.body) > 512 * 1024;
      if (oversized) assert.equal(status, 413, 'a body over 512 KB');
      else if (
        ['message', 'action', 'unknownVerb', 'search', 'replay', 'conversationUpdate'].includes(
          hostile.kind,
        ) &&
        !notImplemented
      )
        assert.equal(status, 200, `a well-formed ${hostile.kind} answered ${status}: ${body.slice(0, 300)}`);
      if (status === 200 && parsed?.type === 'invoke' && parsed.name === 'adaptiveCard/action') {
        const answer = JSON.parse(body) as { statusCode?: number; type?: string };
        assert.equal(answer.statusCode, 200, body.slice(0, 300));
        assert.equal(answer.type, 'application/vnd.microsoft.card.adaptive', body.slice(0, 300));
      }
    }
    // 3. authorization
    const problem = stateProblem(writes, hostile, world);
    assert.equal(problem, undefined, problem);
    for (const write of writes) {
      if (write.before !== undefined || write.after === undefined) continue;
      if (write.key.startsWith('removalRequests/')) world.requestIds.push((write.after as RemovalRequest).id);
      if (write.key.startsWith('invitations/')) world.draftIds.push((write.after as Invitation).id);
    }
    for (const write of writes.filter((w) => w.key.startsWith('removalRequests/'))) {
      const from = (write.before as RemovalRequest | undefined)?.state ?? 'new';
      count(stats.transitions, `${from}→${(write.after as RemovalRequest | undefined)?.state ?? 'deleted'}`);
    }
    // 4. replies: no evaluated `${…}`, no stack trace
    const replies = [
      ...responses.map((r) => r.body),
      ...connector.activities.slice(connectorStart).map((a) => JSON.stringify(a.body)),
    ];
    for (const reply of replies) {
      assert.ok(!reply.includes(EVALUATED_MARK), 'a template expression from the input was evaluated');
      for (const pattern of STACK) assert.doesNotMatch(reply, pattern, 'a stack trace in a reply');
      const value = parse(reply);
      for (const text of value ? strings(value) : [reply])
        for (const e of text.match(EXPRESSION) ?? [])
          assert.ok(inputExpressions.has(e), `a reply holds ${e}, which no input held`);
    }
  }

  function report(title: string, stats: Stats, ms: number): void {
    const kinds = [...stats.kinds].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`);
    const statuses = [...stats.statuses].sort().map(([s, n]) => `${s}: ${n}`);
    process.stdout.write(
      `      ${title}: ${[...stats.kinds.values()].reduce((a, b) => a + b, 0)} cases, ${stats.requests} requests in ${(ms / 1000).toFixed(1)} s\n` +
        `      kinds: ${kinds.join(', ')}\n      statuses: ${statuses.join(', ')}\n` +
        `      removal-request writes allowed: ${[...stats.transitions].map(([t, n]) => `${t} ${n}`).join(', ') || 'none'}\n`,
    );
  }

  /** Empty counters for one property run; crashes are shared by every run of the suite. */
  const newStats = (): Stats => ({
    kinds: new Map(),
    statuses: new Map(),
    requests: 0,
    transitions: new Map(),
    crashes,
  });

  it(`answers ${RUNS} generated hostile requests with documented statuses, no crash, no change without the role`, async () => {
    process.stdout.write(`      hostile input: seed ${SEED}, ${RUNS} runs (HOSTILE_RUNS, FC_SEED)\n`);
    const stats = newStats();
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(hostileCase(world), (hostile) => runCase(hostile, stats)),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    report('mixed actors', stats, Date.now() - started);
    // Still answers.
    const help = await say('help', ACTORS.alexSales);
    assert.ok(JSON.stringify(help).includes('Reseller Desk'));
    assert.equal((await fetch(`${harness.bot.url}/healthz`)).status, 200);
  });

  it('leaves the stored state as it was after requests from actors without the role only', async () => {
    const runs = Math.max(100, Math.round(RUNS / 5));
    const without = (hostile: HostileCase) => {
      const body = parse(hostile.body);
      return (
        !rightsOf(body ? actorOfBody(hostile.body) : undefined).act && body?.type !== 'conversationUpdate'
      );
    };
    const keys = async () => {
      const snapshot = new Map<string, string>();
      const domain = new Set(
        [...seenKeys].filter((key) => !SYSTEM_PREFIXES.some((prefix) => key.startsWith(prefix))),
      );
      for (const key of domain) {
        const value = (await harness.bot.store.get(key))?.value;
        snapshot.set(key, JSON.stringify(key.startsWith('notifyChannels/') ? channelMeaning(value) : value));
      }
      return snapshot;
    };
    const before = await keys();
    const stats = newStats();
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(hostileCase(world).filter(without), (hostile) => runCase(hostile, stats)),
      { seed: SEED + 1, numRuns: runs, endOnFailure: true },
    );
    report('actors without the role', stats, Date.now() - started);
    const after = await keys();
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter(
      (key) => before.get(key) !== after.get(key),
    );
    assert.deepEqual(changed, [], 'stored domain records changed');
    assert.ok(before.size > 10, `the snapshot covers the domain records (${before.size} keys)`);
  });

  /** Every key written since the bot started serving (setup included). */
  const seenKeys = new Set<string>();
  const originalPush = writes.push.bind(writes);
  writes.push = (...items: Write[]) => {
    for (const item of items) seenKeys.add(item.key);
    return originalPush(...items);
  };
});
