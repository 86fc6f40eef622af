/**
 * The view models the card builders take: plain data computed by services/ and handed over by bot/.
 * Cards format them (dates, numbers, words) in the user's locale; they never fetch anything.
 * Every string that comes from Partner Center or a user (names, domains, e-mail text, reasons) is
 * untrusted: builders put it in TextRuns or input values only (see cards/cardTemplate.ts).
 * The domain's words (roles, states, blocker kinds, remedies …) are the services' own types, imported
 * with `import type` only: erased at run time, so cards/ loads nothing from services/.
 *
 * Long because it is the one list of every card's view model, so that bot/ and the tests find them in one place.
 */
import type { PeriodProblem } from '../services/audit/auditExport';
import type { AuditAction } from '../services/audit/auditLog';
import type { NamedRole } from '../services/graph/entraRoles';
import type { GdapAutoExtend } from '../services/graph/gdapLifetime';
import type { GdapHealth } from '../services/relationships/gdapHealth';
import type { PartnerRole } from '../services/access/partnerRoles';
import type { Permission } from '../services/access/policy';
import type { RelationshipToPartner } from '../services/partner-center/model/customer';
import type {
  SubscriptionCommerceModel,
  SubscriptionStatus,
} from '../services/partner-center/model/subscription';
import type { PartnerCenterFailure } from '../services/partner-center/failure';
import type { ApprovalRoute } from '../services/notifications/approvalRoute';
import type { EventNotice } from '../services/notifications/deskEvent';
import type { OtherPartner } from '../services/relationships/customerRecord';
import type { CancellationWindow } from '../services/relationships/cancellationWindow';
import type { ReservationSummary } from '../services/relationships/customerDetails';
import type { LinkCheck } from '../services/relationships/invitationLink';
import type { RemedyAction, RemovalNotice } from '../services/relationships/removalPreflight';
import type { ScheduleOffer } from '../services/relationships/scheduleOffer';
import type { PreflightBlocker } from '../services/relationships/remedies';
import type { RemedyResult } from '../services/relationships/remedyRunner';
import type { RemovalRefusal } from '../services/access/policy';
import type { RemovalState, RequestKind } from '../services/workflows/removalRequest';
import type { GdapOutcome } from '../services/workflows/gdapTermination';
import type { Locale } from './strings';

export interface CustomerRow {
  id: string;
  name: string;
  domain: string;
}

/** What the current user may do, so a card shows only the buttons that will work. */
export interface AllowedActions {
  invite: boolean;
  remove: boolean;
  /** May request ending GDAP relationships (the customer card offers it when one is active). */
  endGdap?: boolean;
}

// ---------------------------------------------------------------------------------------------- help

export type CommandName =
  | 'help'
  | 'customers'
  | 'customer'
  | 'invite'
  | 'inviteNew'
  | 'inviteNewWithProvider'
  | 'remove'
  | 'requests'
  | 'audit'
  | 'auditExport'
  | 'gdap'
  | 'notify';

export interface HelpView {
  locale: Locale;
  /** The user's name and roles (empty roles: the user is not in the roles file). */
  user: { name: string; roles: PartnerRole[]; approver: boolean };
  /** Every command, with the words to type in this locale, and whether this user may run it. */
  commands: { name: CommandName; usage: string; allowed: boolean }[];
  /** What the user typed when it was not a command (shown literally). */
  unknownInput?: string;
}

/** A typed word close to some command words: what to run instead, each a whole command line. */
export interface DidYouMeanView {
  locale: Locale;
  /** What the user typed (shown literally). */
  typed: string;
  /** The suggested command lines (`customers contoso`), closest first. */
  suggestions: string[];
  /** The help command in the user's language, for the Help button. */
  helpCommand: string;
}

// ------------------------------------------------------------------------------------ customer picker

export interface CustomerPickerView {
  locale: Locale;
  /** What was searched; '' lists everyone. */
  query: string;
  /** This page (at most 15), in name order; also the picker's static choices. */
  customers: CustomerRow[];
  /** Every match, not just this page. */
  total: number;
  /** 0-based page number and page size (15). */
  page: number;
  pageSize: number;
  actions: AllowedActions;
  /** Opened by `remove`, `invite` or `customer` without a name: the one button continues that command. */
  next?: PickerNext;
  /** Set while the customer list is still being read after a start: the page is from that many customers. */
  loading?: { customersSoFar: number };
}

/** The verb a customer picked from the picker goes on to, when it was opened for one command. */
export type PickerNext = 'customer.show' | 'invite.start' | 'removal.preflight';

/** Several customers match what was typed; buttons pick one and go on to `next`. */
export interface CustomerChoiceView {
  locale: Locale;
  query: string;
  matches: CustomerRow[];
  total: number;
  next: 'customer.show' | 'invite.start' | 'removal.preflight' | 'audit.show';
}

/** The indirect providers an indirect reseller can name in an invitation (it has several). */
export interface ProviderChoiceView {
  locale: Locale;
  providers: { id: string; name: string }[];
}

// ----------------------------------------------------------------------------------- customer details

export interface SubscriptionRow {
  id: string;
  name: string;
  status: SubscriptionStatus;
  commerce: SubscriptionCommerceModel;
  quantity: number;
  /** NCE: open until, or closed since (ISO); none once the subscription has ended. */
  cancellation?: CancellationWindow;
  /** End of the current term (ISO). */
  termEnd?: string;
  autoRenew?: boolean;
}

export interface GdapRow {
  /** Graph's id (what a card's choice of relationships to end carries). */
  id?: string;
  name: string;
  status: string;
  /** ISO end date, if any. */
  endsAt?: string;
  /** Microsoft's English names (or template ids) of the roles. */
  roles: string[];
  /** The roles with their keys, for names in the user's language (the details card). */
  roleNames?: NamedRole[];
  autoExtend?: GdapAutoExtend;
  /** Active and ending within 30 days (services/graph/gdapLifetime.ts). */
  endsSoon?: boolean;
}

export interface GdapInfo {
  /** False when GDAP could not be read (live mode without Microsoft Graph access): the card says so. */
  available: boolean;
  relationships: GdapRow[];
}

export interface CustomerDetailsView {
  locale: Locale;
  customer: CustomerRow & {
    relationship: RelationshipToPartner;
    /** DAP; null when Partner Center did not say. */
    delegatedAccess: boolean | null;
    country?: string;
  };
  /** Other partners with a relationship to the customer (E6). */
  partners: OtherPartner[];
  /** At most 10 rows; `subscriptionCount` says how many there are. */
  subscriptions: SubscriptionRow[];
  subscriptionCount: number;
  /** Active Azure reservations (E11), named by product id. */
  reservations: ReservationSummary[];
  gdap: GdapInfo;
  actions: AllowedActions;
}

// -------------------------------------------------------------------------------------- GDAP health

/** `gdap`: the GDAP health report (at most 10 findings per section), or why there is none. */
export interface GdapHealthView {
  locale: Locale;
  health: GdapHealth;
}

// --------------------------------------------------------------------------------- invitation draft

export type InvitationTarget =
  | { kind: 'existing'; customerName: string; alreadyReseller?: boolean }
  | { kind: 'new' }
  | { kind: 'newWithProvider'; providerName: string };

export interface InvitationDraftView {
  locale: Locale;
  draftId: string;
  target: InvitationTarget;
  /** E-mail subject and body (the body contains `url`); the body is the editable text. */
  subject: string;
  body: string;
  url: string;
  /** The URL was built by us in the community-observed format, not returned by Partner Center. */
  unofficialUrl: boolean;
  /** Set after Done when the edited text lost or changed the link: the card says so and keeps the edit. */
  problem?: Exclude<LinkCheck, 'ok'>;
  /** Set once Done succeeded: the card turns read-only and says what to do next. */
  completed?: { by: string; at: string };
}

// ------------------------------------------------------------------------------------ removal card

/**
 * A blocker as the card shows it; `id` (subscription or order id) is what the remedy button sends back
 * as `blockerId`, `action` what its button does (none: no button). The order lines and the revision
 * stay in services/.
 */
export type BlockerRow = Omit<PreflightBlocker, 'lineItems' | 'revision'>;

/** A scheduled removal as the approval card and the requester's card show it. */
export interface ScheduleView {
  scheduledFor: string;
  /** Subscriptions whose auto-renew is turned off once approved. */
  autoRenewOff: string[];
  /** After approval: what turning auto-renew off gave, as Partner Center confirmed it. */
  prepared?: { name: string; ok: boolean }[];
  onBlocked: 'wait' | 'fail';
  /** A check on or after the date that found something blocking it. */
  lastCheck?: { at: string; blockedBy: string[] };
}

/**
 * The GDAP part of a request on the approval and requester cards: the relationships to end and where
 * each stands (services/workflows/gdapTermination.ts), and when the reseller relationship was removed.
 */
export interface GdapEndView {
  /** `gdap`: ending GDAP alone, the customer kept. */
  kind: RequestKind;
  removedAt?: string;
  targets: {
    name: string;
    roles: string[];
    outcome?: GdapOutcome;
    status?: string;
    confirmedAt?: string;
    error?: PartnerCenterFailure;
  }[];
}

/** The attestation tick and the typed reason as the card's buttons carried them back. */
export interface PreflightInputs {
  attested: boolean;
  reason: string;
  /** The GDAP relationships ticked to end with the removal (Graph ids). */
  gdapToEnd?: string[];
  /** A removal only dates block: the requester confirms auto-renew is turned off once approved. */
  autoRenewOff?: boolean;
  /** A removal only dates block: on the day, when something new blocks it, keep waiting or fail. */
  onBlocked?: 'wait' | 'fail';
}

export interface RemovalPreflightView {
  locale: Locale;
  customer: CustomerRow & { relationship: RelationshipToPartner; delegatedAccess: boolean | null };
  blockers: BlockerRow[];
  /** What does not block but the user should know (perpetual software past its window). */
  notices: RemovalNotice[];
  /** The user may press remedy buttons (Suspend / Cancel / Turn off auto-renew). */
  canRemediate: boolean;
  /**
   * A remedy asked for, waiting for its confirmation: the blockers it would change (read fresh), shown
   * at the top with what it does, and the Confirm / Keep buttons instead of the remedy buttons.
   */
  confirmation?: { remedy: RemedyAction; blockers: BlockerRow[] };
  /** The outcome of the remedies just run, one each, shown at the top. */
  results?: RemedyResult[];
  /** Confirmed blockers that no longer needed the remedy: nothing was sent for them. */
  skipped?: number;
  /** The inputs as the user left them: the redrawn card shows them again (none: unticked, empty). */
  inputs?: PreflightInputs;
  /** The request was refused for a missing attestation, reason or auto-renew confirmation: said beside the inputs. */
  problem?: 'notAttested' | 'reasonMissing' | 'autoRenewNotConfirmed' | 'gdapChoiceStale';
  /** The active GDAP relationships the request may also end (none when Graph could not be read). */
  gdapChoices?: GdapRow[];
  /** Only dates block it: it can be requested now and run by itself after the last date. */
  schedule?: ScheduleOffer;
  /** Other partners that keep their own relationship with the customer (E6). */
  partners: OtherPartner[];
  gdap: GdapInfo;
  /** Version of the attestation text the user agrees to (recorded with the request). */
  attestationVersion: string;
  /** Undefined: the request can be made. Otherwise why not (the button is disabled or replaced). */
  refusal?: RemovalRefusal;
  /** For indirect resellers: the provider who can remove the relationship (button to ask them). */
  provider?: { name: string };
  /** An open removal request for this customer. */
  pendingRequest?: { id: string; requestedBy: string; at: string };
  /** When the state was read from Partner Center (ISO). */
  checkedAt: string;
}

/** Ending a customer's GDAP relationships on their own (cards/gdapTerminationCard.ts). */
export interface GdapTerminationView {
  locale: Locale;
  customer: { id: string; name: string; domain: string };
  gdap: GdapInfo;
  /** The active relationships, which can be ended. */
  choices: GdapRow[];
  refusal?: 'role' | 'unavailable' | 'noActive' | 'pendingRequest';
  pendingRequest?: { id: string };
  inputs?: { gdapToEnd?: string[]; reason: string; confirmed: boolean };
  /** Why the request was refused, said beside the inputs. */
  problem?: 'noneChosen' | 'notConfirmed' | 'reasonMissing' | 'choiceStale';
  checkedAt: string;
}

/** Shown after a removal request was recorded (approval comes next). */
/**
 * The requester's own card: the request as it now stands, where it went and who may approve it. It is
 * replaced in place on every change of the request.
 */
export interface RemovalRequestedView {
  locale: Locale;
  requestId: string;
  customer: CustomerRow;
  requestedBy: string;
  at: string;
  reason: string;
  correlationId: string;
  state: RemovalState;
  expiresAt: string;
  /** Where the approval card went; absent for a request recorded before routes were kept. */
  route?: ApprovalRoute;
  /** Everyone who may approve it. */
  approvers: string[];
  approvals: { by: string; at: string }[];
  decision?: { by?: string; at: string; reason?: string };
  execution?: ApprovalCardView['execution'];
  schedule?: ScheduleView;
  /** A request that also ends GDAP relationships, or ends them alone. */
  gdapEnd?: GdapEndView;
}

/** Sent to the indirect provider's channel when one of its resellers asks for a removal. */
export interface ProviderRemovalRequestView {
  locale: Locale;
  reseller: { name: string; mpnId?: string };
  customer: CustomerRow;
  requestedBy: string;
  at: string;
  reason: string;
}

// ------------------------------------------------------------------------------------------ notices

/**
 * A short message card: refusals, unknown customers, Partner Center or store trouble, confirmations.
 * The builder writes the sentence for each kind in the user's language.
 */
export type NoticeView = { locale: Locale } & (
  | {
      kind: 'notAllowed';
      permission: Permission;
      userRoles: PartnerRole[];
      requiredRoles: readonly PartnerRole[];
    }
  | { kind: 'unknownUser'; permission: Permission }
  /** `offerInviteNew`: the user typed `invite <name>` and may invite: the card offers `invite new`. */
  | { kind: 'customerNotFound'; query: string; offerInviteNew?: boolean }
  | { kind: 'customerQueryMissing'; command: 'audit' }
  | { kind: 'customerGone'; customerName: string }
  | { kind: 'partnerCenterError'; error: PartnerCenterFailure }
  /** 401/403 with Partner Center's code: the bot's account may not do this (e.g. 900308). */
  | { kind: 'partnerCenterRefused'; error: PartnerCenterFailure }
  | { kind: 'partnerCenterBusy'; retryAfterSeconds?: number }
  /** Partner Center still failed on its side (5xx) after the client's retries. */
  | { kind: 'partnerCenterUnavailable'; error: PartnerCenterFailure }
  | { kind: 'storeUnavailable' }
  | { kind: 'staleAction' }
  | { kind: 'resellerCannotRemove'; providerName?: string }
  | { kind: 'providerAsked'; providerName: string; customerName: string }
  | { kind: 'noProviderChannel'; providerName: string }
  | { kind: 'noProvider' }
  | { kind: 'notifyOn'; purpose: 'events' | 'provider' }
  | { kind: 'notifyOff' }
  | { kind: 'notifyNeedsChannel' }
  | { kind: 'requestNotFound' }
);

// -------------------------------------------------------------------------------- approvals (issue 5)

/**
 * The approval card of one removal request, posted to the approvers' channel. With Universal Actions
 * the same message shows each person their own view: `viewer` decides the buttons.
 */
export interface ApprovalCardView {
  locale: Locale;
  requestId: string;
  customer: CustomerRow;
  requestedBy: string;
  requestedAt: string;
  reason: string;
  attestationVersion: string;
  correlationId: string;
  /** What was done to unblock the customer before the request: who, when, what, on which product. */
  remediesBefore?: { remedy: RemedyAction; name: string; by: string; at: string }[];
  /** Only dates block it: when it runs and what is prepared for it. */
  schedule?: ScheduleView;
  /** A request that also ends GDAP relationships, or ends them alone. */
  gdapEnd?: GdapEndView;
  state: RemovalState;
  approvals: { by: string; at: string }[];
  requiredApprovals: number;
  expiresAt: string;
  /** rejected / cancelled / expired: who, when, why (expired has no `by`). */
  decision?: { by?: string; at: string; reason?: string };
  /** executing / completed / failed. */
  execution?: {
    startedAt?: string;
    finishedAt?: string;
    error?: PartnerCenterFailure;
    /** executing: the last attempt failed transiently and will be tried again. */
    retryError?: PartnerCenterFailure;
  };
  /**
   * approver: may approve or reject (buttons, reject needs a reason) while pending;
   * requester: sees the status and may cancel while pending; other: read-only.
   */
  viewer: 'approver' | 'requester' | 'other';
  /** An approver who cannot act on this request, and why (shown instead of the buttons). */
  approverNote?: 'ownRequest' | 'alreadyApproved';
  /**
   * Universal Actions: when set, the card carries `refresh` (verb approval.refresh, data { requestId })
   * with these Teams user ids (at most 60), so each of them sees their own view.
   */
  refreshUserIds?: string[];
  /** completed / failed: the signed link to the request's evidence pack (an "Open" button). */
  evidenceUrl?: string;
}

/**
 * Channel notifications of events (one card per event): what services/notifications/notificationPlan.ts
 * decided to tell, with the invitation's target in the cards' words.
 */
export type EventView = {
  locale: Locale;
  /** removalExecuted / removalFailed: the signed link to the request's evidence pack. */
  evidenceUrl?: string;
} & (
  | Exclude<EventNotice, { kind: 'invitationRecorded' }>
  | { kind: 'invitationRecorded'; at: string; by: string; target: InvitationTarget }
);

/** `requests`: open and recent removal requests. */
export interface RequestListView {
  locale: Locale;
  rows: {
    requestId: string;
    customer: CustomerRow;
    state: RemovalState;
    requestedBy: string;
    requestedAt: string;
    /** This person may approve or reject it now (services/access/policy.ts, approvalButtonsFor). */
    canDecide: boolean;
    /** A removal only dates block: when it runs. */
    scheduledFor?: string;
  }[];
}

/** `audit <customer>`: the customer's history, newest first (at most 30 rows). */
export interface AuditTrailView {
  locale: Locale;
  customer: { name: string; domain?: string };
  entries: {
    at: string;
    actor: string;
    action: AuditAction;
    detail: Record<string, string | number | boolean>;
  }[];
  total: number;
}

/** `audit export <from> <to>`: the links to the period's entries, or why there are none. */
export type AuditExportView = { locale: Locale } & (
  | { kind: 'links'; from: string; to: string; csvUrl: string; jsonUrl: string; expiresAt: string }
  | {
      kind: 'invalid';
      problem: PeriodProblem | 'unavailable';
      /** The command to type, in the user's words, with two example days. */
      example: string;
      maxDays: number;
    }
);
