/**
 * What the team is told, on which event, in which channels: the one table of the desk's notifications.
 *
 * - removal request submitted → the approval card, posted to `events`, key `approval:<request>`; with
 *   no such channel, to each approver's 1:1 chat (services/notifications/approvalDelivery.ts, which also
 *   posts pending requests to a channel registered later);
 * - each later transition → the approval card in its new state, updating each posted copy, key
 *   `approval:<request>:<state>:<approvals>:<attempts>`, and the requester's own card; then, by the
 *   new state (transitionEvent), an event card to `events`, and the same to the requester's chat
 *   for every state but approved and cancelled:
 *   - approved, rejected, expired, cancelled → event removalDecided, key `event:<request>:<state>`;
 *   - completed → event removalExecuted, key `event:<request>:completed`;
 *   - failed → event removalFailed, key `event:<request>:failed`;
 * - invitation recorded as sent (Done) → event invitationRecorded, key `event:invitation:<invitation>`;
 * - customer accepted a relationship → event customerAccepted, key `event:accepted:<customer>:<at>`;
 * - a scheduled removal 7 days and 1 day before each of its dates → event removalReminder, key
 *   `event:<request>:reminder:<date>:<days>`;
 * - cancellation window closing within 24 hours → event cancellationWindowClosing, key
 *   `event:window:<request>:<subscription>`;
 * - a reseller asks its indirect provider → the provider removal request card, posted to `provider`,
 *   key `provider:<request>`;
 * - once per ISO week, the GDAP health digest (services/notifications/gdapDigest.ts decides when) →
 *   event gdapDigest, key `event:gdap-digest:<year>-W<week>`.
 * Every event card is posted to `events`. A dedupe key is enqueued once per channel, ever.
 *
 * The approval card is posted once; the copies are kept (PostedCards) so each later transition
 * replaces them in place. A cancellation window is the new-commerce 7-day window (docs/partner-center.md
 * §4). Registered once, in services/deskServices.ts; every event leaves through the EventPublisher port.
 */
import type { Logger } from '../logging/logger';
import { firstFindings, type GdapHealthReport } from '../relationships/gdapHealth';
import type { AcceptanceWatcher, Acceptance } from '../relationships/acceptanceWatcher';
import type { Invitation, InvitationService } from '../relationships/invitationService';
import type { ProviderChannel, ProviderRemovalRequest } from '../relationships/removalService';
import type { ClosingWindow } from '../workflows/cancellationWindowWatch';
import type { DueReminder } from '../workflows/scheduleReminders';
import { gdapVersion } from '../workflows/gdapTermination';
import {
  kindOf,
  relationshipRemoved,
  scheduledFor,
  type RemovalRequest,
  type RemovalState,
} from '../workflows/removalRequest';
import type { RemovalWorkflow } from '../workflows/removalWorkflow';
import type { ApprovalDelivery } from './approvalDelivery';
import type { ChannelRegistry } from './channelRegistry';
import type { EventNotice, EventPublisher, NoticeCustomer, RequestGdapNotice } from './deskEvent';
import type { PostedCards } from './postedCards';

/** Findings per section on the weekly GDAP digest card. */
export const DIGEST_FINDINGS = 3;

export interface NotificationPlanDependencies {
  publisher: EventPublisher;
  postedCards: PostedCards;
  /** Where approval cards go and what the requester is told. */
  approvals: ApprovalDelivery;
  logger: Logger;
  now: () => Date;
}

/** The events the plan listens to. */
export interface NotificationSources {
  workflow: Pick<RemovalWorkflow, 'onTransition' | 'all'>;
  acceptances: Pick<AcceptanceWatcher, 'onAccepted'>;
  invitations: Pick<InvitationService, 'onRecorded'>;
  channels: Pick<ChannelRegistry, 'onRegistered'>;
}

function customerOf(request: RemovalRequest | ProviderRemovalRequest): NoticeCustomer {
  return { id: request.customerId, name: request.customerName, domain: request.customerDomain };
}

/** The event card a transition (other than the first) tells, with its dedupe key; none for the others. */
/** What a request's event says of GDAP: a GDAP-only request, whether the removal was done, each relationship. */
function gdapPart(request: RemovalRequest): Partial<RequestGdapNotice> {
  if (!request.gdap && kindOf(request) === 'removal') return {};
  return {
    requestKind: kindOf(request),
    removed: relationshipRemoved(request),
    gdap: (request.gdap?.targets ?? []).map((t) => ({ name: t.name, ended: t.outcome === 'terminated' })),
  };
}

export function transitionEvent(
  request: RemovalRequest,
  now: Date,
  previous?: RemovalState,
): { dedupeKey: string; event: EventNotice } | undefined {
  const customer = customerOf(request);
  const at = request.decision?.at ?? request.execution?.finishedAt ?? now.toISOString();
  const dedupeKey = `event:${request.id}:${request.state}`;
  const schedule = request.schedule;
  if (schedule && previous === 'scheduled' && (request.state === 'scheduled' || request.state === 'failed')) {
    const blockedBy = schedule.lastCheck?.blockedBy ?? [];
    if (blockedBy.length === 0) return undefined;
    const onBlocked = request.state === 'failed' ? 'fail' : 'wait';
    return {
      dedupeKey: `event:${request.id}:blocked:${onBlocked}:${[...blockedBy].sort().join('|')}`,
      event: { kind: 'removalStillBlocked', customer, requestId: request.id, blockedBy, onBlocked, at },
    };
  }
  switch (request.state) {
    case 'scheduled':
      return schedule
        ? {
            dedupeKey,
            event: {
              kind: 'removalScheduled',
              customer,
              requestId: request.id,
              scheduledFor: scheduledFor(schedule),
              autoRenewOff: (schedule.prepared ?? []).map(({ name, ok }) => ({ name, ok })),
              at,
            },
          }
        : undefined;
    case 'approved':
    case 'rejected':
    case 'expired':
    case 'cancelled': {
      const by =
        request.state === 'approved'
          ? request.approvals[request.approvals.length - 1]?.by.name
          : request.decision?.by?.name;
      return {
        dedupeKey,
        event: {
          kind: 'removalDecided',
          state: request.state,
          customer,
          by,
          reason: request.decision?.reason,
          requestId: request.id,
          at,
          ...gdapPart(request),
        },
      };
    }
    case 'completed':
      return {
        dedupeKey,
        event: {
          kind: 'removalExecuted',
          customer,
          requestId: request.id,
          correlationId: request.correlationId,
          at,
          ...gdapPart(request),
        },
      };
    case 'failed': {
      const error = request.execution?.error ?? { code: 'Unknown', description: 'The removal failed.' };
      return {
        dedupeKey,
        event: { kind: 'removalFailed', customer, requestId: request.id, error, at, ...gdapPart(request) },
      };
    }
    default:
      return undefined;
  }
}

export class NotificationPlan implements ProviderChannel {
  constructor(private readonly deps: NotificationPlanDependencies) {}

  /** Registers the plan on the services' events (once, in services/deskServices.ts). */
  listen(sources: NotificationSources): void {
    sources.workflow.onTransition((request, previous) => this.requestChanged(request, previous));
    sources.acceptances.onAccepted((acceptance) => this.customerAccepted(acceptance));
    sources.invitations.onRecorded((invitation) => this.invitationRecorded(invitation));
    sources.channels.onRegistered(async (channel, purpose) => {
      if (purpose !== 'events') return;
      const pending = (await sources.workflow.all()).filter((request) => request.state === 'pending');
      await this.deps.approvals.channelRegistered(channel, pending);
    });
  }

  private async event(dedupeKey: string, event: EventNotice): Promise<void> {
    await this.deps.publisher.publish({
      send: 'post',
      purpose: 'events',
      dedupeKey,
      notice: { card: 'event', event },
    });
  }

  /** Workflow transitions: the approval card is delivered on a new request and replaced on every change. */
  async requestChanged(request: RemovalRequest, previous: RemovalState | undefined): Promise<void> {
    const now = this.deps.now();
    const notice = { card: 'approval', request } as const;
    if (previous === undefined) {
      await this.deps.approvals.deliver(request);
      return;
    }
    const checked = request.schedule?.lastCheck ? `:${request.schedule.lastCheck.at}` : '';
    const gdap = request.gdap
      ? `:${request.execution?.removedAt ? 'r' : ''}${gdapVersion(request.gdap)}`
      : '';
    const version = `${request.state}:${request.approvals.length}:${request.execution?.attempts ?? 0}${checked}${gdap}`;
    await this.deps.publisher.publish({
      send: 'update',
      copies: await this.deps.postedCards.list(request.id),
      dedupeKey: `approval:${request.id}:${version}`,
      notice,
    });
    const told = transitionEvent(request, now, previous);
    if (told) await this.event(told.dedupeKey, told.event);
    await this.deps.approvals.tellRequester(request, told);
  }

  /** Once per request and subscription: cancel before the window closes, or the removal waits for the term end. */
  async cancellationWindowsClosing(closing: ClosingWindow[]): Promise<void> {
    for (const { request, blocker } of closing) {
      await this.event(`event:window:${request.id}:${blocker.id}`, {
        kind: 'cancellationWindowClosing',
        customer: customerOf(request),
        subscriptionName: blocker.name,
        commerce: blocker.commerce ?? 'nce',
        until: blocker.cancellableUntil,
        requestId: request.id,
        at: this.deps.now().toISOString(),
      });
    }
  }

  /** Once per request, date and reminder (7 days and 1 day before each date of a scheduled removal). */
  async removalReminders(due: DueReminder[]): Promise<void> {
    for (const { request, date, daysBefore } of due) {
      await this.event(`event:${request.id}:reminder:${date}:${daysBefore}`, {
        kind: 'removalReminder',
        customer: customerOf(request),
        requestId: request.id,
        scheduledFor: date,
        daysBefore,
        at: this.deps.now().toISOString(),
      });
    }
  }

  /** Told after each Done that finds the invitation recorded (again on a retry: the dedupe key keeps it once). */
  async invitationRecorded(invitation: Invitation): Promise<void> {
    if (invitation.status !== 'sent') return;
    await this.event(`event:invitation:${invitation.id}`, {
      kind: 'invitationRecorded',
      by: invitation.sentBy?.name ?? invitation.createdBy.name,
      target: invitation.target,
      at: invitation.sentAt ?? invitation.createdAt,
    });
  }

  async customerAccepted(acceptance: Acceptance): Promise<void> {
    await this.event(`event:accepted:${acceptance.customerId}:${acceptance.at}`, {
      kind: 'customerAccepted',
      customer: { id: acceptance.customerId, name: acceptance.name, domain: acceptance.domain },
      invitedBy: acceptance.invitedBy,
      at: acceptance.at,
    });
  }

  /** The week's GDAP digest (`week` as `2026-W10`): counts and the first three findings of each section. */
  async gdapDigest(week: string, report: GdapHealthReport): Promise<void> {
    await this.event(`event:gdap-digest:${week}`, {
      kind: 'gdapDigest',
      week,
      report: firstFindings(report, DIGEST_FINDINGS),
      at: this.deps.now().toISOString(),
    });
  }

  /** ProviderChannel: a reseller's removal request, to the channels where the provider runs `notify here provider`. */
  async deliver(
    request: ProviderRemovalRequest,
    reseller: { name: string; mpnId: string },
  ): Promise<'sent' | 'noChannel'> {
    const posted = await this.deps.publisher.publish({
      send: 'post',
      purpose: 'provider',
      dedupeKey: `provider:${request.id}`,
      notice: { card: 'providerRemovalRequest', request, reseller },
    });
    this.deps.logger.info(
      { requestId: request.id, channels: posted.length },
      'provider removal request posted',
    );
    return posted.length > 0 ? 'sent' : 'noChannel';
  }
}
