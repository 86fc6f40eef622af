import assert from 'node:assert/strict';
import type { DeskEvent } from '../../services/notifications/deskEvent';
import { NotificationPlan } from '../../services/notifications/notificationPlan';
import { ApprovalDelivery } from '../../services/notifications/approvalDelivery';
import { ChannelRegistry } from '../../services/notifications/channelRegistry';
import { DirectChats, type ChatOpener } from '../../services/notifications/directChats';
import { PostedCards } from '../../services/notifications/postedCards';
import { openStore } from '../../services/store/openStore';
import { parseStoreUrl } from '../../services/store/storeUrl';
import type { RemovalRequest } from '../../services/workflows/removalRequest';
import { silentLogger } from '../partner-center/emulatorHarness';

const AT = '2025-03-01T10:00:00.000Z';

const pending: RemovalRequest = {
  id: 'req-1',
  customerId: 'c-1',
  customerName: 'Contoso',
  customerDomain: 'contoso.example',
  requestedBy: { name: 'Alex', userId: '29:alex' },
  requestedAt: AT,
  reason: 'r',
  attestation: { version: 'v1', attestedAt: AT },
  correlationId: 'corr-1',
  state: 'pending',
  requiredApprovals: 1,
  approvals: [],
  expiresAt: AT,
};

const megan = { name: 'Megan', userId: '29:megan', roles: ['adminAgent' as const], approver: true };
const isaiah = { name: 'Isaiah', userId: '29:isaiah', roles: ['globalAdmin' as const], approver: true };
const SERVICE = 'https://smba.example/teams/';
const personalReference = (id: string) => ({
  serviceUrl: SERVICE,
  channelId: 'msteams',
  conversation: { id, conversationType: 'personal', tenantId: 't-1' },
  bot: { id: '28:bot' },
});

interface PlanOptions {
  /** Register a team channel for `events` first. */
  channel?: boolean;
  /** What opening a 1:1 chat answers (default: refused). */
  open?: (person: { id: string }) => Promise<ReturnType<typeof personalReference>>;
}

/**
 * A plan over a memory store (real registry, 1:1 chats and approval routing) whose publisher records
 * each event; a post reaches each registered channel, a direct send its one conversation.
 */
async function recordingPlan(options: PlanOptions = {}) {
  const events: DeskEvent[] = [];
  const store = await openStore(parseStoreUrl('memory://'));
  const registry = new ChannelRegistry(store, silentLogger);
  const opener: ChatOpener = {
    open: (_via, person) =>
      options.open ? options.open(person) : Promise.reject(new Error('403 not installed')),
  };
  const directChats = new DirectChats(store, registry, opener, silentLogger);
  const publisher = {
    publish: async (event: DeskEvent) => {
      events.push(event);
      if (event.send === 'post')
        return (await registry.list(event.purpose)).map((c) => ({
          conversationKey: c.key,
          entryId: `entry:${event.dedupeKey}`,
        }));
      if (event.send === 'direct')
        return [{ conversationKey: event.conversationKey, entryId: `entry:${event.conversationKey}` }];
      return [];
    },
  };
  const postedCards = new PostedCards(store);
  const approvals = new ApprovalDelivery({
    publisher,
    postedCards,
    registry,
    directChats,
    store,
    members: () => [megan, isaiah],
    logger: silentLogger,
  });
  const plan = new NotificationPlan({
    publisher,
    postedCards,
    approvals,
    logger: silentLogger,
    now: () => new Date(AT),
  });
  if (options.channel)
    await registry.register(
      {
        ...personalReference('19:team;messageid=1'),
        conversation: { id: '19:team', conversationType: 'channel' },
      },
      'events',
      { name: 'Megan' },
    );
  if (options.channel)
    await registry.register(
      {
        ...personalReference('19:providers'),
        conversation: { id: '19:providers', conversationType: 'channel' },
      },
      'provider',
      { name: 'Megan' },
    );
  plan.listen({
    workflow: { onTransition: () => undefined, all: () => Promise.resolve([pending]) },
    acceptances: { onAccepted: () => undefined },
    invitations: { onRecorded: () => undefined },
    channels: registry,
  });
  return { plan, events, registry, directChats, approvals };
}

/** What the channels are told, as `send where card key`. */
function told(events: DeskEvent[]): string[] {
  return events.map((event) => {
    const card = event.notice.card === 'event' ? event.notice.event.kind : event.notice.card;
    const where =
      event.send === 'post'
        ? event.purpose
        : event.send === 'direct'
          ? event.conversationKey
          : event.copies.map((c) => c.entryId ?? c.activityId).join(',');
    return `${event.send} ${where} ${card} ${event.dedupeKey}`;
  });
}

describe('the notification plan', () => {
  it('posts the approval card once, then replaces its copies and tells each decision and result', async () => {
    const { plan, events } = await recordingPlan({ channel: true });
    await plan.requestChanged(pending, undefined);
    const approved = {
      ...pending,
      state: 'approved' as const,
      approvals: [{ by: { name: 'Megan' }, at: AT }],
    };
    await plan.requestChanged(approved, 'pending');
    await plan.requestChanged({ ...approved, state: 'executing' }, 'approved');
    await plan.requestChanged(
      {
        ...approved,
        state: 'completed',
        execution: { requestId: 'ms-1', attempts: 1, startedAt: AT, lastAttemptAt: AT, finishedAt: AT },
      },
      'executing',
    );
    assert.deepEqual(told(events), [
      'post events approval approval:req-1',
      'update entry:approval:req-1 approval approval:req-1:approved:1:0',
      'post events removalDecided event:req-1:approved',
      'update entry:approval:req-1 approval approval:req-1:executing:1:0',
      'update entry:approval:req-1 approval approval:req-1:completed:1:1',
      'post events removalExecuted event:req-1:completed',
    ]);
    const decided = events[2].notice;
    assert.ok(decided.card === 'event' && decided.event.kind === 'removalDecided');
    assert.equal(decided.event.by, 'Megan');
  });

  it('tells a failure with its error, and a rejection with who and why', async () => {
    const { plan, events } = await recordingPlan();
    await plan.requestChanged({ ...pending, state: 'failed' }, 'executing');
    await plan.requestChanged(
      { ...pending, state: 'rejected', decision: { by: { name: 'Megan' }, at: AT, reason: 'no' } },
      'pending',
    );
    assert.deepEqual(
      events.filter((e) => e.send === 'post').map((e) => e.notice),
      [
        {
          card: 'event',
          event: {
            kind: 'removalFailed',
            customer: { id: 'c-1', name: 'Contoso', domain: 'contoso.example' },
            requestId: 'req-1',
            error: { code: 'Unknown', description: 'The removal failed.' },
            at: AT,
          },
        },
        {
          card: 'event',
          event: {
            kind: 'removalDecided',
            state: 'rejected',
            customer: { id: 'c-1', name: 'Contoso', domain: 'contoso.example' },
            by: 'Megan',
            reason: 'no',
            requestId: 'req-1',
            at: AT,
          },
        },
      ],
    );
  });

  it('tells invitations once sent, acceptances, closing windows, and provider requests to the provider channels', async () => {
    const { plan, events } = await recordingPlan({ channel: true });
    const invitation = {
      id: 'inv-1',
      target: { kind: 'new' as const },
      url: 'https://example.test',
      unofficialUrl: false,
      subject: 's',
      body: 'b',
      createdBy: { name: 'Alex' },
      createdAt: AT,
    };
    await plan.invitationRecorded({ ...invitation, status: 'draft' });
    await plan.invitationRecorded({ ...invitation, status: 'sent', sentBy: { name: 'Patti' }, sentAt: AT });
    await plan.customerAccepted({
      customerId: 'c-2',
      name: 'N',
      domain: 'n.example',
      source: 'polling',
      at: AT,
    });
    await plan.cancellationWindowsClosing([
      {
        request: pending,
        blocker: {
          kind: 'cancellableSubscription',
          remedy: 'cancel',
          id: 'sub-1',
          name: 'M365',
          revision: 'active:',
          cancellableUntil: AT,
        },
      },
    ]);
    const delivery = await plan.deliver(
      {
        id: 'p-1',
        customerId: 'c-1',
        customerName: 'Contoso',
        customerDomain: 'contoso.example',
        providerId: 'prov',
        providerName: 'Fabrikam',
        requestedBy: { name: 'Alex' },
        requestedAt: AT,
        reason: 'r',
        delivered: false,
      },
      { name: 'Reseller', mpnId: '1' },
    );
    assert.equal(delivery, 'sent');
    assert.deepEqual(told(events), [
      'post events invitationRecorded event:invitation:inv-1',
      'post events customerAccepted event:accepted:c-2:' + AT,
      'post events cancellationWindowClosing event:window:req-1:sub-1',
      'post provider providerRemovalRequest provider:p-1',
    ]);
  });
  it('with no approvals channel, sends the approval card to each approver’s 1:1 chat, opening one when needed, and keeps the route', async () => {
    const opened: string[] = [];
    const { plan, events, directChats, approvals } = await recordingPlan({
      open: (person) => {
        opened.push(person.id);
        return Promise.resolve(personalReference(`a:new-${person.id}`));
      },
    });
    await directChats.remember({ name: 'Alex', userId: '29:alex' }, personalReference('a:alex'));
    await directChats.remember({ name: 'Megan', userId: '29:megan' }, personalReference('a:megan'));
    await plan.requestChanged(pending, undefined);
    assert.deepEqual(opened, ['29:isaiah'], 'a chat is opened only for the approver without one');
    assert.deepEqual(told(events), [
      'direct a:megan approval approval:req-1',
      'direct a:new-29:isaiah approval approval:req-1',
    ]);
    assert.deepEqual(await approvals.routeOf('req-1'), {
      channels: [],
      people: ['Megan', 'Isaiah'],
      unreachable: [],
      approvers: ['Megan', 'Isaiah'],
    });
    // The new chat is remembered: the next request does not open another.
    await plan.requestChanged({ ...pending, id: 'req-2' }, undefined);
    assert.deepEqual(opened, ['29:isaiah']);
  });

  it('records approvers it cannot reach; a channel that runs notify here later gets every pending request', async () => {
    const { plan, events, registry, approvals } = await recordingPlan();
    await plan.requestChanged(pending, undefined);
    assert.deepEqual(told(events), []);
    assert.deepEqual((await approvals.routeOf('req-1'))?.unreachable, ['Megan', 'Isaiah']);
    await registry.register(
      {
        ...personalReference('19:later;messageid=9'),
        conversation: { id: '19:later', conversationType: 'channel' },
      },
      'events',
      { name: 'Isaiah' },
    );
    assert.deepEqual(told(events), ['direct 19:later approval approval:req-1']);
    assert.deepEqual((await approvals.routeOf('req-1'))?.channels, ['Isaiah']);
  });

  it('keeps the requester’s card current and tells them results in their chat, not their own cancel', async () => {
    const { plan, events, directChats, approvals } = await recordingPlan({ channel: true });
    await directChats.remember({ name: 'Alex', userId: '29:alex' }, personalReference('a:alex'));
    await plan.requestChanged(pending, undefined);
    await approvals.followRequester(pending, personalReference('a:alex'), 'msg-7', 'en');
    events.length = 0;
    const approved = {
      ...pending,
      state: 'approved' as const,
      approvals: [{ by: { name: 'Megan' }, at: AT }],
    };
    await plan.requestChanged(approved, 'pending');
    await plan.requestChanged(
      {
        ...approved,
        state: 'failed',
        execution: {
          requestId: 'ms-1',
          attempts: 1,
          startedAt: AT,
          lastAttemptAt: AT,
          finishedAt: AT,
          error: { code: '800002', description: 'no' },
        },
      },
      'approved',
    );
    await plan.requestChanged({ ...pending, id: 'req-1', state: 'cancelled' }, 'pending');
    const toAlex = told(events).filter((line) => line.includes('msg-7') || line.includes('a:alex'));
    assert.deepEqual(toAlex, [
      'update msg-7 requested requested:req-1:approved:1:0',
      'update msg-7 requested requested:req-1:failed:1:1',
      'direct a:alex removalFailed requester:event:req-1:failed',
      'update msg-7 requested requested:req-1:cancelled:0:0',
    ]);
  });
});
