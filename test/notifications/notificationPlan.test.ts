import assert from 'node:assert/strict';
import type { DeskEvent } from '../../services/notifications/deskEvent';
import { NotificationPlan } from '../../services/notifications/notificationPlan';
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
  requestedBy: { name: 'Alex' },
  requestedAt: AT,
  reason: 'r',
  attestation: { version: 'v1', attestedAt: AT },
  correlationId: 'corr-1',
  state: 'pending',
  requiredApprovals: 1,
  approvals: [],
  expiresAt: AT,
};

/** A plan over a memory store whose publisher records each event and posts each to one channel. */
async function recordingPlan(): Promise<{ plan: NotificationPlan; events: DeskEvent[] }> {
  const events: DeskEvent[] = [];
  const plan = new NotificationPlan({
    publisher: {
      publish: (event) => {
        events.push(event);
        return Promise.resolve(
          event.send === 'post' ? [{ conversationKey: 'ch-1', entryId: `entry:${event.dedupeKey}` }] : [],
        );
      },
    },
    postedCards: new PostedCards(await openStore(parseStoreUrl('memory://'))),
    logger: silentLogger,
    now: () => new Date(AT),
  });
  return { plan, events };
}

/** What the channels are told, as `send purpose-or-copies card key`. */
function told(events: DeskEvent[]): string[] {
  return events.map((event) => {
    const card = event.notice.card === 'event' ? event.notice.event.kind : event.notice.card;
    const where = event.send === 'post' ? event.purpose : event.copies.map((c) => c.entryId).join(',');
    return `${event.send} ${where} ${card} ${event.dedupeKey}`;
  });
}

describe('the notification plan', () => {
  it('posts the approval card once, then replaces its copies and tells each decision and result', async () => {
    const { plan, events } = await recordingPlan();
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
    const { plan, events } = await recordingPlan();
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
});
