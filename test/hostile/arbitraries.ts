/**
 * fast-check arbitraries for the hostile-input property (hostileInput.test.ts): whole HTTP requests
 * to /api/messages — raw bodies, content types, malformed activities, messages, card actions with
 * forged data, searches, other invokes, installs, replays — each with the persona that sends it.
 */
import fc from 'fast-check';
import { VERBS } from '../../cards/verbs';
import { PERSONAS, type Persona } from '../helpers/activities';

/** Every persona of the demo roles file, plus someone the roles file does not know. */
export const ACTORS = {
  ...PERSONAS,
  pattiSales: { userId: 'user-id-4', aadObjectId: '00000000-0000-0000-0000-0000000000024' },
  stranger: { userId: '29:stranger', aadObjectId: 'ffffffff-0000-0000-0000-00000000dead' },
} satisfies Record<string, Persona>;
export type ActorKey = keyof typeof ACTORS;

export const CASE_KINDS = [
  'rawBody',
  'contentType',
  'hugeBody',
  'malformedActivity',
  'message',
  'action',
  'unknownVerb',
  'search',
  'otherInvoke',
  'conversationUpdate',
  'replay',
] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export interface HostileCase {
  kind: CaseKind;
  /** Who the activity claims to be from; undefined when the body is not an activity at all. */
  actor?: ActorKey;
  /** Exactly what is POSTed. */
  body: string;
  /** The content-type header; undefined sends none. */
  contentType?: string;
  /** How many times the same body is sent (replays: 2 or 3). */
  sends: number;
}

/** The ids the generated data forges from: real ones of the running bot's world, and others. */
export interface World {
  serviceUrl: string;
  /** A channel where `notify here` was run (its approval cards land there). */
  channel: string;
  customerIds: string[];
  subscriptionIds: string[];
  /** Live lists: requests and drafts created during the run are added, so later cases forge them too. */
  requestIds: string[];
  draftIds: string[];
}

/** Text that, if `${…}` were evaluated by the templating engine, would produce EVALUATED_MARK. */
export const EVALUATED_MARK = 'hxQ7eval';
const TEMPLATE_EXPRESSIONS = [
  "${concat('hxQ7','eval')}",
  "${'hxQ7' + 'eval'}",
  "${replace('hxQ7EVAL','EVAL','eval')}",
  '${customer.name}',
  '${$root}',
  '${$root.locale}',
  '${$data}',
  '${if(true, 1, 2)}',
  '${',
  '${}',
  '$${x}',
  '${${x}}',
  '${json(\'{"a":1}\')}',
  '{{name}}',
] as const;
const MARKDOWN = [
  '**bold**',
  '_it_',
  '~~gone~~',
  '# Heading',
  '[click](http://evil.example)',
  '![img](http://evil.example/x.png)',
  '<at>Reseller Desk</at>',
  '<script>alert(1)</script>',
  '```\ncode\n```',
  '> quote',
  '- item\n- item',
  '\\*escaped\\*',
  '&lt;b&gt;',
  '<b>html</b>',
] as const;
const COMMANDS = [
  'help',
  'aide',
  'customers',
  'clients',
  'customer',
  'klient',
  'invite',
  'invite new',
  'invite new with provider',
  'meghív új',
  'remove',
  'supprimer',
  'usuń',
  'requests',
  'audit',
  'notify here',
  'notify here provider',
  'notify off',
  'notify',
] as const;

const huge = fc
  .constantFrom(1_000, 20_000, 100_000, 300_000)
  .chain((length) =>
    fc.constantFrom('A', 'é', '${x}', '**', '😀', '\u0000').map((unit) => unit.repeat(length)),
  );

/** Free text for every text field: unicode, markdown, template syntax, control characters, huge. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.string({ maxLength: 30 }) },
      { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
      { weight: 3, arbitrary: fc.constantFrom(...TEMPLATE_EXPRESSIONS) },
      { weight: 3, arbitrary: fc.constantFrom(...MARKDOWN) },
      {
        weight: 2,
        arbitrary: fc.constantFrom('Contoso', 'contoso.onmicrosoft.com', 'A. Datum', '*', '%', '\\'),
      },
      { weight: 1, arbitrary: fc.constantFrom('\r\n', '\t', '\u202e', '\u200b', '\ufeff', '\ud800') },
      { weight: 1, arbitrary: huge },
    ),
    { minLength: 0, maxLength: 4 },
  )
  .map((parts) => parts.join(' '));

/** A command a user might type, with hostile arguments. */
const commandText = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...COMMANDS), hostileText).map(([c, a]) => `${c} ${a}`) },
  { weight: 1, arbitrary: hostileText },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...COMMANDS), hostileText)
      .map(([c, a]) => `<at>Reseller Desk</at> ${c} ${a}`),
  },
);

/** A value of the wrong type (or a right-typed one) for any field. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 10 }),
  fc.constantFrom(...TEMPLATE_EXPRESSIONS),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
);

function ids(known: string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 5, arbitrary: fc.nat().map((i) => known[i % known.length] ?? 'none') },
    { weight: 2, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', '../../etc/passwd', 'removalRequests/x', '*', '${id}') },
    { weight: 1, arbitrary: fc.string({ minLength: 150, maxLength: 400 }) },
    { weight: 1, arbitrary: anyValue },
  );
}

/** `data` of an Action.Execute for `verb`, built from real and forged ids; fields may be missing or extra. */
function actionData(world: World, verb: string): fc.Arbitrary<Record<string, unknown>> {
  const customerId = ids(world.customerIds);
  const requestId = ids(world.requestIds);
  const fields: Record<string, fc.Arbitrary<unknown>> = {
    [VERBS.runCommand]: fc.record({ command: fc.oneof(commandText, anyValue) }),
    [VERBS.customersPage]: fc.record({
      query: fc.oneof(hostileText, anyValue),
      page: fc.oneof(fc.integer({ min: -5, max: 200_000 }), anyValue),
    }),
    [VERBS.customerShow]: fc.record({ customerId }),
    [VERBS.auditShow]: fc.record({ customerId }),
    [VERBS.inviteStart]: fc.record({
      target: fc.oneof(fc.constantFrom('existing', 'new', 'newWithProvider'), anyValue),
      customerId,
    }),
    [VERBS.inviteDone]: fc.record({
      draftId: ids(world.draftIds),
      emailBody: fc.oneof(
        hostileText,
        hostileText.map(
          (t) => `${t} https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship`,
        ),
        anyValue,
      ),
    }),
    [VERBS.removalPreflight]: fc.record({ customerId }),
    [VERBS.removalRemedy]: fc.record({
      customerId,
      blockerId: ids(world.subscriptionIds),
      remedy: fc.oneof(
        fc.constantFrom('suspend', 'cancel', 'cancelSoftwareOrder', 'autoRenewOff', 'none', 'delete'),
        anyValue,
      ),
    }),
    [VERBS.removalRemedyAll]: fc.record({
      customerId,
      remedy: fc.oneof(fc.constantFrom('suspend', 'cancel', 'autoRenewOff', 'none'), anyValue),
      attested: fc.oneof(fc.constantFrom('true', 'false'), anyValue),
      reason: fc.oneof(hostileText, anyValue),
    }),
    [VERBS.removalRemedyConfirm]: fc.record({
      customerId,
      remedy: fc.oneof(fc.constantFrom('suspend', 'cancel', 'cancelSoftwareOrder', 'autoRenewOff'), anyValue),
      blockerIds: fc.oneof(fc.array(ids(world.subscriptionIds), { maxLength: 4 }), anyValue),
      reason: fc.oneof(hostileText, anyValue),
    }),
    [VERBS.removalRequest]: fc.record({
      customerId,
      attested: fc.oneof(fc.constantFrom(true, 'true', 'false', false, 'TRUE', 1), anyValue),
      reason: fc.oneof(hostileText, anyValue),
    }),
    [VERBS.removalAskProvider]: fc.record({ customerId, reason: fc.oneof(hostileText, anyValue) }),
    [VERBS.approvalRefresh]: fc.record({ requestId }),
    [VERBS.approvalApprove]: fc.record({ requestId }),
    [VERBS.approvalReject]: fc.record({ requestId, rejectReason: fc.oneof(hostileText, anyValue) }),
    [VERBS.approvalCancel]: fc.record({ requestId }),
  };
  const base = (fields[verb] ?? fc.constant({})) as fc.Arbitrary<Record<string, unknown>>;
  return fc
    .tuple(
      base,
      fc.subarray([
        'customerId',
        'requestId',
        'reason',
        'draftId',
        'attested',
        'blockerId',
        'blockerIds',
        'remedy',
        'command',
      ]),
      fc.dictionary(
        fc.constantFrom('customerId', 'requestId', 'extra', '__proto__', 'constructor'),
        anyValue,
        {
          maxKeys: 2,
        },
      ),
      fc.boolean(),
    )
    .map(([data, dropped, extra, mangle]) => {
      if (!mangle) return data;
      const copy: Record<string, unknown> = { ...extra, ...data };
      for (const key of dropped) delete copy[key];
      return copy;
    });
}

interface Envelope {
  actor: ActorKey;
  conversation: { id: string; conversationType: string };
  locale: unknown;
}

function envelope(world: World): fc.Arbitrary<Envelope> {
  return fc.record({
    actor: fc.constantFrom(...(Object.keys(ACTORS) as ActorKey[])),
    conversation: fc.oneof(
      fc.constant({ id: 'a:personal', conversationType: 'personal' }),
      fc.constant({ id: `${world.channel};messageid=1700000000000`, conversationType: 'channel' }),
      fc.constant({ id: '19:other-team@thread.tacv2', conversationType: 'channel' }),
      fc.constant({ id: '19:group@thread.v2', conversationType: 'groupChat' }),
      fc.string({ minLength: 1, maxLength: 40 }).map((id) => ({ id, conversationType: 'personal' })),
    ),
    locale: fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom('en-US', 'fr-FR', 'pl-PL', 'hu-HU') },
      { weight: 1, arbitrary: fc.constantFrom('', 'xx', 'fr', 'EN_us', '${locale}', 'a'.repeat(2000)) },
    ),
  });
}

function activity(world: World, env: Envelope, fields: Record<string, unknown>): Record<string, unknown> {
  const who = ACTORS[env.actor];
  const conversationId =
    env.actor === 'stranger' || env.conversation.id !== 'a:personal'
      ? env.conversation.id
      : `a:personal-${who.userId}`;
  return {
    type: 'message',
    id: `act-${Math.abs(hash(JSON.stringify(fields))).toString(36)}`,
    timestamp: '2025-01-01T00:00:00.000Z',
    channelId: 'msteams',
    serviceUrl: world.serviceUrl,
    from: { id: who.userId, name: `Name of ${env.actor}`, aadObjectId: who.aadObjectId },
    recipient: { id: '28:reseller-desk-bot', name: 'Reseller Desk' },
    conversation: { ...env.conversation, id: conversationId, tenantId: 'tenant-contoso-partner' },
    locale: env.locale,
    ...fields,
  };
}

function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return h;
}

const json = (value: unknown) => JSON.stringify(value);

/** The invoke Teams sends when `Action.Execute` with `verb` and `data` is clicked on a card. */
function cardAction(world: World, env: Envelope, verb: unknown, data: unknown): Record<string, unknown> {
  return activity(world, env, {
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  });
}

/** A well-formed activity of any of the kinds the bot handles, from any persona. */
function wellFormed(
  world: World,
): fc.Arbitrary<{ kind: CaseKind; actor: ActorKey; activity: Record<string, unknown> }> {
  const verbs = Object.values(VERBS);
  const message = fc
    .tuple(envelope(world), commandText, fc.option(fc.constantFrom('plain', 'markdown', 'xml')))
    .map(([env, text, textFormat]) => ({
      kind: 'message' as const,
      actor: env.actor,
      activity: activity(world, env, { text, ...(textFormat ? { textFormat } : {}) }),
    }));
  const action = fc.tuple(envelope(world), fc.constantFrom(...verbs)).chain(([env, verb]) =>
    actionData(world, verb).map((data) => ({
      kind: 'action' as const,
      actor: env.actor,
      activity: cardAction(world, env, verb, data),
    })),
  );
  const unknownVerb = fc
    .tuple(
      envelope(world),
      fc.oneof(
        hostileText,
        fc.constantFrom('approve.everything', 'approval.approve ', 'APPROVAL.APPROVE'),
        anyValue,
      ),
      anyValue,
    )
    .map(([env, verb, data]) => ({
      kind: 'unknownVerb' as const,
      actor: env.actor,
      activity: cardAction(world, env, verb, data),
    }));
  const search = fc
    .tuple(
      envelope(world),
      hostileText,
      fc.oneof(
        { weight: 4, arbitrary: fc.constant('customers') },
        { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
      ),
      fc.option(fc.record({ skip: fc.nat({ max: 1_000_000 }), top: fc.nat({ max: 1000 }) })),
    )
    .map(([env, queryText, dataset, queryOptions]) => ({
      kind: 'search' as const,
      actor: env.actor,
      activity: activity(world, env, {
        type: 'invoke',
        name: 'application/search',
        value: { queryText, dataset, ...(queryOptions ? { queryOptions } : {}) },
      }),
    }));
  const otherInvoke = fc
    .tuple(
      envelope(world),
      fc.oneof(
        fc.constantFrom(
          'task/fetch',
          'task/submit',
          'composeExtension/query',
          'signin/verifyState',
          'fileConsent/invoke',
          'actionableMessage/executeAction',
          'message/submitAction',
          'handoff/action',
          'toString',
          '__proto__',
          'constructor',
        ),
        fc.string({ maxLength: 20 }),
      ),
      anyValue,
    )
    .map(([env, name, value]) => ({
      kind: 'otherInvoke' as const,
      actor: env.actor,
      activity: activity(world, env, { type: 'invoke', name, value }),
    }));
  const members = fc.array(
    fc.oneof(fc.constant({ id: '28:reseller-desk-bot' }), fc.record({ id: fc.string({ maxLength: 20 }) })),
    { maxLength: 3 },
  );
  const conversationUpdate = fc
    .tuple(envelope(world), fc.option(members), fc.option(members))
    .map(([env, added, removed]) => ({
      kind: 'conversationUpdate' as const,
      actor: env.actor,
      activity: activity(world, env, {
        type: 'conversationUpdate',
        ...(added ? { membersAdded: added } : {}),
        ...(removed ? { membersRemoved: removed } : {}),
      }),
    }));
  return fc.oneof(
    { weight: 3, arbitrary: message },
    { weight: 6, arbitrary: action },
    { weight: 1, arbitrary: unknownVerb },
    { weight: 1, arbitrary: search },
    { weight: 1, arbitrary: otherInvoke },
    { weight: 1, arbitrary: conversationUpdate },
  );
}

const FIELD_PATHS = [
  'type',
  'id',
  'name',
  'text',
  'locale',
  'serviceUrl',
  'channelId',
  'from',
  'from.id',
  'from.aadObjectId',
  'from.name',
  'recipient',
  'recipient.id',
  'conversation',
  'conversation.id',
  'conversation.conversationType',
  'conversation.tenantId',
  'entities',
  'attachments',
  'channelData',
  'membersAdded',
  'value',
  'value.action',
  'value.action.type',
  'value.action.verb',
  'value.action.data',
  'value.queryText',
  'value.queryOptions',
  'replyToId',
] as const;

/** Deletes or sets the field at `path` (creating objects on the way); never yields an outbound URL. */
function mutate(target: Record<string, unknown>, path: string, value: unknown, remove: boolean): void {
  const keys = path.split('.');
  let node: Record<string, unknown> = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (!next || typeof next !== 'object' || Array.isArray(next)) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1];
  if (remove) delete node[last];
  else node[last] = path === 'serviceUrl' && typeof value === 'string' ? `not-a-url:${value}` : value;
}

/** A well-formed activity with 1–3 fields deleted or replaced by values of the wrong type. */
function malformed(world: World): fc.Arbitrary<HostileCase> {
  const entityLike = fc.oneof(
    anyValue,
    fc.array(fc.oneof(anyValue, fc.record({ type: anyValue, text: anyValue, mentioned: anyValue })), {
      maxLength: 3,
    }),
  );
  return fc
    .tuple(
      wellFormed(world),
      fc.array(fc.tuple(fc.constantFrom(...FIELD_PATHS), fc.oneof(anyValue, entityLike), fc.boolean()), {
        minLength: 1,
        maxLength: 3,
      }),
    )
    .map(([base, mutations]) => {
      const copy = structuredClone(base.activity);
      for (const [path, value, remove] of mutations) mutate(copy, path, value, remove);
      return {
        kind: 'malformedActivity' as const,
        actor: base.actor,
        body: json(copy),
        contentType: 'application/json',
        sends: 1,
      };
    });
}

/** Bodies that are not an activity at all. */
function rawBody(world: World): fc.Arbitrary<HostileCase> {
  const valid = wellFormed(world).map((c) => json(c.activity));
  return fc
    .oneof(
      fc.tuple(valid, fc.nat()).map(([body, cut]) => body.slice(0, cut % Math.max(1, body.length))),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.json(),
      fc.constantFrom(
        '',
        '{}',
        '[]',
        'null',
        '0',
        '"message"',
        '{"type":"message"',
        '{"__proto__":{"x":1}}',
        '\ufeff{}',
      ),
      fc.constantFrom(10, 1_000, 50_000).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
      fc.constantFrom(10, 1_000, 20_000).map((depth) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)),
    )
    .map((body) => ({ kind: 'rawBody' as const, body, contentType: 'application/json', sends: 1 }));
}

/** A valid activity under the wrong content type (or none). */
function contentType(world: World): fc.Arbitrary<HostileCase> {
  return fc
    .tuple(
      wellFormed(world),
      fc.option(
        fc.constantFrom(
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/xml',
          'application/octet-stream',
          'application/json; charset=utf-16',
          'application/json; charset=latin1',
          'Application/JSON',
          'application/merge-patch+json',
          '*/*',
          'garbage',
        ),
        { nil: undefined },
      ),
    )
    .map(([base, type]) => ({
      kind: 'contentType' as const,
      actor: base.actor,
      body:
        type === 'application/x-www-form-urlencoded'
          ? `type=message&text=${encodeURIComponent('help')}`
          : json(base.activity),
      contentType: type,
      sends: 1,
    }));
}

/** Bodies just under and over the 512 KB limit. */
function hugeBody(world: World): fc.Arbitrary<HostileCase> {
  return fc
    .tuple(wellFormed(world), fc.constantFrom(500 * 1024, 600 * 1024, 2 * 1024 * 1024))
    .map(([base, size]) => {
      const activityJson = json({ ...base.activity, channelData: { padding: '' } });
      const padding = 'x'.repeat(Math.max(0, size - activityJson.length));
      return {
        kind: 'hugeBody' as const,
        actor: base.actor,
        body: json({ ...base.activity, channelData: { padding } }),
        contentType: 'application/json',
        sends: 1,
      };
    });
}

/** Counterexamples print short: kind, actor, sends, and the start of the body. */
function printable(hostile: HostileCase): HostileCase {
  Object.defineProperty(hostile, fc.toStringMethod, {
    enumerable: false,
    value: () =>
      `${hostile.kind} by ${hostile.actor ?? '-'} ×${hostile.sends} [${hostile.contentType ?? 'no content-type'}] ` +
      `${hostile.body.length} chars: ${hostile.body.slice(0, 600)}${hostile.body.length > 600 ? '…' : ''}`,
  });
  return hostile;
}

/** Every kind of hostile request, with the weights of the generated mix. */
export function hostileCase(world: World): fc.Arbitrary<HostileCase> {
  return hostileMix(world).map(printable);
}

function hostileMix(world: World): fc.Arbitrary<HostileCase> {
  const activityCase = wellFormed(world).map((c): HostileCase => ({
    kind: c.kind,
    actor: c.actor,
    body: json(c.activity),
    contentType: 'application/json',
    sends: 1,
  }));
  const replay = fc
    .tuple(
      wellFormed(world).filter((c) => c.activity.type === 'invoke'),
      fc.integer({ min: 2, max: 3 }),
    )
    .map(([c, sends]): HostileCase => ({
      kind: 'replay',
      actor: c.actor,
      body: json(c.activity),
      contentType: 'application/json',
      sends,
    }));
  return fc.oneof(
    { weight: 12, arbitrary: activityCase },
    { weight: 3, arbitrary: malformed(world) },
    { weight: 2, arbitrary: replay },
    { weight: 1, arbitrary: rawBody(world) },
    { weight: 1, arbitrary: contentType(world) },
    { weight: 1, arbitrary: hugeBody(world) },
  );
}
