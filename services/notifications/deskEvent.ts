/**
 * One notification the services decided to give (services/notifications/notificationPlan.ts holds
 * the table of which event tells what to whom), and the one port it leaves the services through:
 * the EventPublisher, which bot/ implements by rendering the notice's card in each channel's language
 * and enqueueing it in the outbox (services/notifications/outbox.ts).
 */
import type { PartnerCenterFailure } from '../partner-center/failure';
import type { SubscriptionCommerceModel } from '../partner-center/model/subscription';
import type { GdapHealthReport } from '../relationships/gdapHealth';
import type { Invitation } from '../relationships/invitationService';
import type { ProviderRemovalRequest } from '../relationships/removalService';
import type { RemovalRequest, RemovalState } from '../workflows/removalRequest';
import type { ApprovalRoute } from './approvalRoute';
import type { NotificationPurpose } from './channelRegistry';
import type { PostedCopy } from './postedCards';

export interface NoticeCustomer {
  id: string;
  name: string;
  domain: string;
}

/**
 * What a request's event says of GDAP (absent for a removal that ends none): `requestKind` `gdap` ends
 * GDAP alone; `removed`: the reseller relationship is gone; each chosen relationship and whether a
 * re-read showed it ended.
 */
export interface RequestGdapNotice {
  requestKind: 'removal' | 'gdap';
  removed: boolean;
  gdap: { name: string; ended: boolean }[];
}

/** What an event card tells (cards/eventCard.ts words it). */
export type EventNotice = { at: string } & (
  | { kind: 'invitationRecorded'; by: string; target: Invitation['target'] }
  | { kind: 'customerAccepted'; customer: NoticeCustomer; invitedBy?: string }
  | ({
      kind: 'removalDecided';
      state: Extract<RemovalState, 'approved' | 'rejected' | 'expired' | 'cancelled'>;
      customer: NoticeCustomer;
      by?: string;
      reason?: string;
      requestId: string;
    } & Partial<RequestGdapNotice>)
  | ({
      kind: 'removalExecuted';
      customer: NoticeCustomer;
      requestId: string;
      correlationId: string;
    } & Partial<RequestGdapNotice>)
  | ({
      kind: 'removalFailed';
      customer: NoticeCustomer;
      requestId: string;
      error: PartnerCenterFailure;
    } & Partial<RequestGdapNotice>)
  | {
      /** Approved, blocked only by dates: it runs by itself after the last one. */
      kind: 'removalScheduled';
      customer: NoticeCustomer;
      requestId: string;
      scheduledFor: string;
      /** Turning auto-renew off, per subscription, as Partner Center confirmed it. */
      autoRenewOff: { name: string; ok: boolean }[];
    }
  | {
      kind: 'removalReminder';
      customer: NoticeCustomer;
      requestId: string;
      scheduledFor: string;
      /** 7 or 1: days before the date. */
      daysBefore: number;
    }
  | {
      /** On or after the date something other than dates blocks it: it keeps waiting, or failed. */
      kind: 'removalStillBlocked';
      customer: NoticeCustomer;
      requestId: string;
      blockedBy: string[];
      onBlocked: 'wait' | 'fail';
    }
  | {
      kind: 'cancellationWindowClosing';
      customer: NoticeCustomer;
      subscriptionName: string;
      /** New commerce or software: named with the label every card gives it. */
      commerce: SubscriptionCommerceModel;
      until: string;
      requestId: string;
    }
  | {
      /** Once per ISO week: the GDAP health report's counts and first findings (three per section). */
      kind: 'gdapDigest';
      /** The ISO week, e.g. `2026-W10`. */
      week: string;
      report: GdapHealthReport;
    }
);

/** The card a notification shows, and the data it is rendered from. */
export type Notice =
  | { card: 'approval'; request: RemovalRequest }
  /** The requester's own card: the request's state, where it went and who may approve it. */
  | { card: 'requested'; request: RemovalRequest; route?: ApprovalRoute; approvers: string[] }
  | { card: 'event'; event: EventNotice }
  | {
      card: 'providerRemovalRequest';
      request: ProviderRemovalRequest;
      reseller: { name: string; mpnId: string };
    };

/**
 * A notice, where it goes, and its dedupe key (the same key is enqueued once per channel, ever):
 * `post` to every channel registered for a purpose, `direct` to one stored conversation (a person's
 * 1:1 chat, or one channel), or `update` of the copies of a card posted before.
 */
export type DeskEvent = { notice: Notice; dedupeKey: string } & (
  | { send: 'post'; purpose: NotificationPurpose }
  | { send: 'direct'; conversationKey: string }
  | { send: 'update'; copies: PostedCopy[] }
);

export interface EventPublisher {
  /**
   * `post`: the card, in each channel's language, to every channel registered for the purpose.
   * `direct`: the card to that one conversation, in its language; in a person's 1:1 chat, as that
   * person should see it.
   * `update`: the card replaces each copy already delivered, in its channel's language (a copy still
   * queued is left: the card's refresh shows the current state). Answers the copies newly posted
   * (none for an update, none for a dedupe key already enqueued).
   */
  publish(event: DeskEvent): Promise<PostedCopy[]>;
}
