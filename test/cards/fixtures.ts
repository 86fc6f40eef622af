/** Representative view models for every card, at their largest: long and hostile names everywhere. */
import { ATTESTATION_VERSION } from '../../cards/attestation';
import { AUDIT_ACTIONS } from '../../services/audit/auditLog';
import type { NamedRole } from '../../services/graph/entraRoles';
import type { GdapAutoExtend } from '../../services/graph/gdapLifetime';
import type { GdapFinding, GdapHealthReport } from '../../services/relationships/gdapHealth';
import type { BlockerKind } from '../../services/relationships/removalPreflight';
import { remedyActionOf } from '../../services/relationships/remedies';
import { REMOVAL_STATES, type RemovalState } from '../../services/workflows/removalRequest';
import type { Locale } from '../../cards/strings';
import type {
  GdapEndView,
  GdapTerminationView,
  ScheduleView,
  ApprovalCardView,
  AuditTrailView,
  BlockerRow,
  CustomerChoiceView,
  CustomerDetailsView,
  CustomerPickerView,
  CustomerRow,
  EventView,
  GdapHealthView,
  HelpView,
  InvitationDraftView,
  NoticeView,
  ProviderRemovalRequestView,
  RemovalPreflightView,
  RemovalRequestedView,
  RequestListView,
} from '../../cards/views';
import { HOSTILE, LONG } from './cardAssertions';

export const URL =
  'https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=11111111-2222-3333-4444-555555555555&msppId=0&DAP=false#/BillingAccounts/partner-invitation';

export function customers(count: number, offset = 0): CustomerRow[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `cust-${offset + index}`,
    name: index === 0 ? HOSTILE : `${LONG} ${offset + index}`.slice(0, 120),
    domain: `customer${offset + index}-${'d'.repeat(40)}.onmicrosoft.com`,
  }));
}

export function helpView(locale: Locale): HelpView {
  return {
    locale,
    user: { name: HOSTILE, roles: ['adminAgent', 'salesAgent'], approver: true },
    commands: [
      { name: 'help', usage: 'help', allowed: true },
      { name: 'customers', usage: 'customers [search]', allowed: true },
      { name: 'customer', usage: 'customer <name>', allowed: true },
      { name: 'invite', usage: 'invite <name>', allowed: true },
      { name: 'inviteNew', usage: 'invite new', allowed: true },
      { name: 'inviteNewWithProvider', usage: 'invite new with provider', allowed: false },
      { name: 'remove', usage: 'remove <name>', allowed: false },
    ],
    unknownInput: HOSTILE,
  };
}

export function pickerView(locale: Locale, total = 40, page = 0): CustomerPickerView {
  const count = Math.max(0, Math.min(15, total - page * 15));
  return {
    locale,
    query: HOSTILE,
    customers: customers(count, page * 15),
    total,
    page,
    pageSize: 15,
    actions: { invite: true, remove: true },
  };
}

export function choiceView(
  locale: Locale,
  next: CustomerChoiceView['next'] = 'invite.start',
): CustomerChoiceView {
  return { locale, query: HOSTILE, matches: customers(10), total: 25, next };
}

export function detailsView(locale: Locale): CustomerDetailsView {
  return {
    locale,
    customer: {
      id: '0e7a9d36-8c36-4a69-9a7b-1d2c3e4f5a6b',
      name: HOSTILE,
      domain: 'contoso.onmicrosoft.com',
      relationship: 'reseller',
      delegatedAccess: null,
      country: 'FR',
    },
    partners: [
      { name: HOSTILE, mpnId: '1234567', role: 'indirectReseller' },
      { name: LONG, role: 'indirectProvider' },
    ],
    subscriptions: Array.from({ length: 10 }, (_, index) => ({
      id: `sub-${index}`,
      name: index === 0 ? HOSTILE : LONG,
      status: index % 2 ? 'active' : 'suspended',
      commerce: (['legacy', 'nce', 'azurePlan', 'software'] as const)[index % 4],
      quantity: 1250 + index,
      cancellation:
        index % 3
          ? { closed: false, at: '2025-03-19T14:05:00Z' }
          : { closed: true, at: '2025-03-19T14:05:00Z' },
      termEnd: '2026-03-12T00:00:00Z',
      autoRenew: true,
    })),
    subscriptionCount: 37,
    reservations: [
      { orderId: 'order-1', productId: HOSTILE, quantity: 2, expiresOn: '2027-01-31T00:00:00Z' },
    ],
    gdap: {
      available: true,
      relationships: Array.from({ length: 5 }, (_, index) => ({
        name: index === 0 ? HOSTILE : LONG,
        status: 'active',
        endsAt: '2026-01-01T00:00:00Z',
        roles: ['Global Reader', 'Helpdesk Administrator', 'User Administrator', HOSTILE],
        roleNames: [GDAP_ROLES[5], ...GDAP_ROLES.slice(1, 4)],
        autoExtend: GDAP_AUTO_EXTEND[index % 3],
        endsSoon: index < 2,
      })),
    },
    actions: { invite: true, remove: true, endGdap: true },
  };
}

/** Roles as a relationship names them: known ones by key, an unknown one by its (hostile) id. */
export const GDAP_ROLES: NamedRole[] = [
  { key: 'globalAdministrator', name: 'Global Administrator' },
  { key: 'helpdeskAdministrator', name: 'Helpdesk Administrator' },
  { key: 'userAdministrator', name: 'User Administrator' },
  { name: HOSTILE },
  { key: 'complianceDataAdministrator', name: 'Compliance Data Administrator' },
  { key: 'globalReader', name: 'Global Reader' },
  { key: 'teamsAdministrator', name: 'Teams Administrator' },
  { key: 'exchangeAdministrator', name: 'Exchange Administrator' },
];
export const GDAP_AUTO_EXTEND: readonly GdapAutoExtend[] = ['notPossible', 'off', 'extends'];
/** Graph ids of GDAP relationships (two GUIDs joined, as Microsoft's examples). */
export const GDAP_IDS = Array.from(
  { length: 5 },
  (_, index) => `0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4${index}-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d`,
);

/** The GDAP part of a request: every outcome once, hostile names, an error from Graph. */
export function gdapEndView(kind: GdapEndView['kind'], removedAt?: string): GdapEndView {
  return {
    kind,
    removedAt,
    targets: [
      { name: HOSTILE, roles: ['Helpdesk Administrator', HOSTILE] },
      { name: LONG, roles: ['Security Reader'], outcome: 'requested', status: 'terminating' },
      {
        name: `${HOSTILE} 2`,
        roles: [],
        outcome: 'terminated',
        status: 'terminated',
        confirmedAt: '2025-03-13T09:00:00Z',
      },
      {
        name: `${LONG} 2`,
        roles: ['License Administrator'],
        outcome: 'failed',
        status: 'active',
        error: { code: 'Forbidden', description: HOSTILE, requestId: 'graph-req-1', service: 'graph' },
      },
    ],
  };
}

export function gdapTerminationView(
  locale: Locale,
  extra: Partial<GdapTerminationView> = {},
): GdapTerminationView {
  const details = detailsView(locale);
  return {
    locale,
    customer: {
      id: '0e7a9d36-8c36-4a69-9a7b-1d2c3e4f5a6b',
      name: HOSTILE,
      domain: `${LONG}.onmicrosoft.com`,
    },
    gdap: details.gdap,
    choices: details.gdap.relationships.map((row, index) => ({ ...row, id: GDAP_IDS[index] })),
    inputs: {
      gdapToEnd: [GDAP_IDS[1]],
      reason: `${HOSTILE} {{DATE(2025-03-12T14:05:00Z)}}`,
      confirmed: false,
    },
    problem: 'notConfirmed',
    checkedAt: '2025-03-12T14:05:00Z',
    ...extra,
  };
}

/** A GDAP finding at its largest: long hostile names, eight roles; none for a customer without GDAP. */
export function gdapFinding(index: number, withRelationship = true): GdapFinding {
  const finding: GdapFinding = {
    tenantId: `0e7a9d36-8c36-4a69-9a7b-${String(index).padStart(12, '0')}`,
    customerName: index === 0 ? HOSTILE : index === 1 ? undefined : `${LONG} ${index}`.slice(0, 120),
    domain: `customer${index}-${'d'.repeat(40)}.onmicrosoft.com`,
  };
  if (!withRelationship) return finding;
  return {
    ...finding,
    relationship: {
      id: `rel-${index}`,
      name: index === 0 ? HOSTILE : LONG.slice(0, 50),
      status: 'active',
      endsAt: '2026-03-24T10:00:00Z',
      autoExtend: GDAP_AUTO_EXTEND[index % 3],
      roles: GDAP_ROLES,
    },
  };
}

/** A GDAP health report: `shown` findings of `total` in each section. */
export function gdapReport(shown: number, total: number): GdapHealthReport {
  const section = (withRelationship: boolean) => ({
    total,
    findings: Array.from({ length: shown }, (_, index) => gdapFinding(index, withRelationship)),
  });
  return {
    at: '2026-03-04T10:00:00Z',
    activeRelationships: 98_765,
    customers: 100_000,
    sections: {
      endingSoon: section(true),
      cannotAutoExtend: section(true),
      notCustomers: section(true),
      withoutGdap: section(false),
    },
  };
}

export function gdapHealthView(locale: Locale, shown = 10, total = 12_345): GdapHealthView {
  return { locale, health: { available: true, report: gdapReport(shown, total) } };
}

export function draftView(locale: Locale, extra: Partial<InvitationDraftView> = {}): InvitationDraftView {
  return {
    locale,
    draftId: 'draft-1',
    target: { kind: 'existing', customerName: HOSTILE },
    subject: `${HOSTILE} invites you`,
    body: `Hello,\n\n${HOSTILE}\n\n${URL}\n\n${'Kind regards. '.repeat(40)}`,
    url: URL,
    unofficialUrl: true,
    ...extra,
  };
}

const REMEDIES: Record<BlockerKind, BlockerRow['remedy']> = {
  activeLegacySubscription: 'suspend',
  activeAzurePlan: 'suspend',
  cancellableSubscription: 'cancel',
  lockedSubscription: 'none',
  pendingSubscription: 'none',
  activeReservation: 'none',
  softwarePurchase: 'cancelSoftwareOrder',
  unknownEntitlement: 'none',
};
export const BLOCKER_KINDS = Object.keys(REMEDIES) as BlockerKind[];

/** A blocker of `kind` with every field set, and the action of its button as the service gives it. */
export function blocker(kind: BlockerKind, index = 0, extra: Partial<BlockerRow> = {}): BlockerRow {
  const row: BlockerRow = {
    id: `blocker-${index}`,
    kind,
    remedy: REMEDIES[kind],
    name: index === 0 ? HOSTILE : `${LONG} ${index}`.slice(0, 120),
    quantity: 25,
    cancellableUntil: '2025-03-19T14:05:00Z',
    blockedUntil: '2026-03-12T00:00:00Z',
    stillBilled: true,
    autoRenewEnabled: true,
    commerce: 'nce',
    ...extra,
  };
  const action = 'action' in extra ? extra.action : remedyActionOf({ ...row, revision: 'r' });
  return action ? { ...row, action } : row;
}

export function preflightView(
  locale: Locale,
  extra: Partial<RemovalPreflightView> = {},
): RemovalPreflightView {
  const details = detailsView(locale);
  return {
    locale,
    customer: { ...customers(1)[0], relationship: 'reseller', delegatedAccess: true },
    blockers: Array.from({ length: 10 }, (_, index) =>
      blocker(BLOCKER_KINDS[index % BLOCKER_KINDS.length], index),
    ),
    notices: [
      {
        kind: 'perpetualSoftwareOutsideWindow',
        id: 'order-9',
        name: HOSTILE,
        quantity: 2,
        purchasedAt: '2025-01-10T09:00:00Z',
        windowClosedAt: '2025-02-09T09:00:00Z',
      },
    ],
    canRemediate: true,
    results: [
      {
        ok: false,
        remedy: 'suspend',
        name: HOSTILE,
        error: { code: '800090', description: `${HOSTILE} ${'x'.repeat(200)}`, correlationId: 'corr-1' },
      },
    ],
    inputs: {
      attested: true,
      reason: `${HOSTILE} {{DATE(2025-03-12T14:05:00Z)}} ${'r'.repeat(440)}`,
      gdapToEnd: [GDAP_IDS[0], GDAP_IDS[2]],
    },
    partners: details.partners,
    gdap: details.gdap,
    gdapChoices: details.gdap.relationships.map((row, index) => ({ ...row, id: GDAP_IDS[index] })),
    attestationVersion: ATTESTATION_VERSION,
    refusal: 'blockers',
    checkedAt: '2025-03-12T14:05:00Z',
    ...extra,
  };
}

export function requestedView(
  locale: Locale,
  extra: Partial<RemovalRequestedView> = {},
): RemovalRequestedView {
  return {
    locale,
    requestId: 'req-42',
    customer: customers(1)[0],
    requestedBy: HOSTILE,
    at: '2025-03-12T14:05:00Z',
    reason: `${HOSTILE} ${'r'.repeat(480)}`,
    correlationId: 'corr-2',
    state: 'pending',
    expiresAt: '2025-03-15T14:05:00Z',
    route: {
      channels: [],
      people: [HOSTILE, 'Isaiah Langer'],
      unreachable: [LONG],
      approvers: [HOSTILE, 'Isaiah Langer', LONG],
    },
    approvers: [HOSTILE, 'Isaiah Langer', LONG],
    approvals: [],
    ...extra,
  };
}

export function providerView(locale: Locale): ProviderRemovalRequestView {
  return {
    locale,
    reseller: { name: HOSTILE, mpnId: '7654321' },
    customer: customers(1)[0],
    requestedBy: HOSTILE,
    at: '2025-03-12T14:05:00Z',
    reason: `${HOSTILE} ${'r'.repeat(480)}`,
  };
}

/** One notice of every kind, each carrying the hostile text wherever it carries data. */
export function noticeViews(locale: Locale): NoticeView[] {
  return [
    {
      locale,
      kind: 'notAllowed',
      permission: 'requestRemoval',
      userRoles: ['helpdeskAgent'],
      requiredRoles: ['adminAgent', 'salesAgent'],
    },
    { locale, kind: 'unknownUser', permission: 'invite' },
    { locale, kind: 'customerNotFound', query: HOSTILE },
    { locale, kind: 'customerQueryMissing', command: 'audit' },
    { locale, kind: 'customerGone', customerName: HOSTILE },
    {
      locale,
      kind: 'partnerCenterError',
      error: { code: '600008', description: HOSTILE, correlationId: 'corr-3' },
    },
    {
      locale,
      kind: 'partnerCenterRefused',
      error: { code: '900308', description: HOSTILE, correlationId: 'corr-5' },
    },
    { locale, kind: 'partnerCenterRefused', error: { code: '401', description: '' } },
    { locale, kind: 'partnerCenterBusy', retryAfterSeconds: 30 },
    { locale, kind: 'partnerCenterBusy' },
    {
      locale,
      kind: 'partnerCenterUnavailable',
      error: { code: 'InternalServerError', description: HOSTILE, correlationId: 'corr-4' },
    },
    { locale, kind: 'storeUnavailable' },
    { locale, kind: 'staleAction' },
    { locale, kind: 'resellerCannotRemove', providerName: HOSTILE },
    { locale, kind: 'resellerCannotRemove' },
    { locale, kind: 'providerAsked', providerName: HOSTILE, customerName: HOSTILE },
    { locale, kind: 'noProviderChannel', providerName: HOSTILE },
    { locale, kind: 'noProvider' },
    { locale, kind: 'notifyOn', purpose: 'events' },
    { locale, kind: 'notifyOn', purpose: 'provider' },
    { locale, kind: 'notifyOff' },
    { locale, kind: 'notifyNeedsChannel' },
    { locale, kind: 'requestNotFound' },
  ];
}

/** Teams user ids (MRIs) of the people who see their own view of an approval card. */
export const REFRESH_USER_IDS = ['29:1-approver-megan', '29:1-approver-lee', '29:1-requester-alex'];

export const ALL_STATES: readonly RemovalState[] = REMOVAL_STATES;

export function approvalView(locale: Locale, extra: Partial<ApprovalCardView> = {}): ApprovalCardView {
  return {
    locale,
    requestId: 'req-42',
    customer: {
      id: '0e7a9d36-8c36-4a69-9a7b-1d2c3e4f5a6b',
      name: HOSTILE,
      domain: 'contoso.onmicrosoft.com',
    },
    requestedBy: HOSTILE,
    requestedAt: '2025-03-12T14:05:00Z',
    reason: `${HOSTILE} ${'r'.repeat(470)}`,
    attestationVersion: ATTESTATION_VERSION,
    correlationId: 'corr-42',
    state: 'pending',
    approvals: [],
    requiredApprovals: 1,
    expiresAt: '2025-03-19T14:05:00Z',
    viewer: 'approver',
    refreshUserIds: REFRESH_USER_IDS,
    ...extra,
  };
}

/** The approval card at its fullest for a state: approvals, decision and execution as they would be. */
export function approvalInState(
  locale: Locale,
  state: RemovalState,
  extra: Partial<ApprovalCardView> = {},
): ApprovalCardView {
  const approved = ['approved', 'executing', 'completed', 'failed'].includes(state);
  const decided = ['rejected', 'cancelled', 'expired'].includes(state);
  return approvalView(locale, {
    state,
    approvals: approved ? [{ by: LONG, at: '2025-03-13T09:30:00Z' }] : [],
    decision: decided
      ? {
          by: state === 'expired' ? undefined : LONG,
          at: '2025-03-14T10:00:00Z',
          reason: state === 'rejected' ? `${HOSTILE} ${'n'.repeat(470)}` : undefined,
        }
      : undefined,
    execution:
      state === 'executing'
        ? {
            startedAt: '2025-03-13T09:30:05Z',
            retryError: { code: 'InternalServerError', description: HOSTILE, correlationId: 'corr-pc-8' },
          }
        : state === 'completed'
          ? { startedAt: '2025-03-13T09:30:05Z', finishedAt: '2025-03-13T09:30:09Z' }
          : state === 'failed'
            ? {
                startedAt: '2025-03-13T09:30:05Z',
                finishedAt: '2025-03-13T09:30:09Z',
                error: {
                  code: '800002',
                  description: `${HOSTILE} ${'x'.repeat(200)}`,
                  correlationId: 'corr-pc-9',
                },
              }
            : undefined,
    ...extra,
  });
}

/** One event of every kind and variant, carrying the hostile text wherever it carries data. */
/** A signed link as the bot makes them (services/evidence/signedLinks.ts). */
export const EVIDENCE_URL =
  'https://desk.example/evidence/11111111-2222-4333-8444-555555555555?exp=1741600000&lang=en&sig=q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1c';

export function eventViews(locale: Locale): EventView[] {
  const at = '2025-03-12T14:05:00Z';
  const customer = customers(1)[0];
  return [
    {
      locale,
      at,
      kind: 'invitationRecorded',
      by: HOSTILE,
      target: { kind: 'existing', customerName: HOSTILE },
    },
    { locale, at, kind: 'invitationRecorded', by: HOSTILE, target: { kind: 'new' } },
    {
      locale,
      at,
      kind: 'invitationRecorded',
      by: HOSTILE,
      target: { kind: 'newWithProvider', providerName: HOSTILE },
    },
    { locale, at, kind: 'customerAccepted', customer, invitedBy: HOSTILE },
    { locale, at, kind: 'customerAccepted', customer },
    { locale, at, kind: 'removalDecided', state: 'approved', customer, by: HOSTILE, requestId: 'req-1' },
    { locale, at, kind: 'removalDecided', state: 'approved', customer, requestId: 'req-1' },
    {
      locale,
      at,
      kind: 'removalDecided',
      state: 'rejected',
      customer,
      by: HOSTILE,
      reason: `${HOSTILE} ${'n'.repeat(470)}`,
      requestId: 'req-1',
    },
    { locale, at, kind: 'removalDecided', state: 'rejected', customer, requestId: 'req-1' },
    { locale, at, kind: 'removalDecided', state: 'expired', customer, requestId: 'req-1' },
    { locale, at, kind: 'removalDecided', state: 'cancelled', customer, by: HOSTILE, requestId: 'req-1' },
    { locale, at, kind: 'removalDecided', state: 'cancelled', customer, requestId: 'req-1' },
    { locale, at, kind: 'removalExecuted', customer, requestId: 'req-1', correlationId: 'corr-7' },
    {
      locale,
      at,
      kind: 'removalExecuted',
      customer,
      requestId: 'req-1',
      correlationId: 'corr-7',
      requestKind: 'removal',
      removed: true,
      gdap: [
        { name: HOSTILE, ended: true },
        { name: LONG, ended: true },
      ],
    },
    {
      locale,
      at,
      kind: 'removalExecuted',
      customer,
      requestId: 'req-1',
      correlationId: 'corr-7',
      requestKind: 'gdap',
      removed: false,
      gdap: [{ name: HOSTILE, ended: true }],
    },
    {
      locale,
      at,
      kind: 'removalDecided',
      state: 'approved',
      customer,
      by: HOSTILE,
      requestId: 'req-1',
      requestKind: 'gdap',
      removed: false,
      gdap: [{ name: HOSTILE, ended: false }],
    },
    {
      locale,
      at,
      kind: 'removalFailed',
      customer,
      requestId: 'req-1',
      requestKind: 'removal',
      removed: true,
      gdap: [
        { name: HOSTILE, ended: true },
        { name: LONG, ended: false },
      ],
      error: { code: 'GdapNotEnded', description: `${HOSTILE}`, service: 'graph' },
    },
    {
      locale,
      at,
      kind: 'removalExecuted',
      customer,
      requestId: 'req-1',
      correlationId: 'corr-7',
      evidenceUrl: EVIDENCE_URL,
    },
    {
      locale,
      at,
      kind: 'removalFailed',
      customer,
      requestId: 'req-1',
      evidenceUrl: EVIDENCE_URL,
      error: { code: '800002', description: `${HOSTILE} ${'x'.repeat(200)}`, correlationId: 'corr-pc-9' },
    },
    {
      locale,
      at,
      kind: 'cancellationWindowClosing',
      customer,
      subscriptionName: HOSTILE,
      commerce: 'software',
      until: '2025-03-19T14:05:00Z',
      requestId: 'req-1',
    },
    {
      locale,
      at,
      kind: 'removalScheduled',
      customer,
      requestId: 'req-1',
      scheduledFor: '2025-07-30T14:05:00Z',
      autoRenewOff: [
        { name: HOSTILE, ok: true },
        { name: LONG, ok: false },
      ],
    },
    { locale, at, kind: 'removalReminder', customer, requestId: 'req-1', scheduledFor: at, daysBefore: 7 },
    { locale, at, kind: 'removalReminder', customer, requestId: 'req-1', scheduledFor: at, daysBefore: 1 },
    {
      locale,
      at,
      kind: 'removalStillBlocked',
      customer,
      requestId: 'req-1',
      blockedBy: [HOSTILE, LONG],
      onBlocked: 'wait',
    },
    {
      locale,
      at,
      kind: 'removalStillBlocked',
      customer,
      requestId: 'req-1',
      blockedBy: [HOSTILE],
      onBlocked: 'fail',
    },
    { locale, at, kind: 'gdapDigest', week: '2026-W10', report: gdapReport(3, 12_345) },
  ];
}

/** A scheduled removal's schedule as the cards show it, with hostile names. */
export const SCHEDULE_VIEW: ScheduleView = {
  scheduledFor: '2025-07-30T14:05:00Z',
  autoRenewOff: [HOSTILE, LONG],
  prepared: [
    { name: HOSTILE, ok: true },
    { name: LONG, ok: false },
  ],
  onBlocked: 'wait',
  lastCheck: { at: '2025-07-30T20:05:00Z', blockedBy: [HOSTILE] },
};

export function requestListView(locale: Locale, count: number): RequestListView {
  return {
    locale,
    rows: customers(count).map((customer, index) => ({
      requestId: `req-${index}`,
      customer,
      state: ALL_STATES[index % ALL_STATES.length],
      requestedBy: index === 0 ? HOSTILE : LONG,
      requestedAt: '2025-03-12T14:05:00Z',
      canDecide: index % 2 === 0,
    })),
  };
}

export const ALL_AUDIT_ACTIONS = AUDIT_ACTIONS;

/** `count` entries at their largest: long hostile actors and details, every action in turn. */
export function auditTrailView(locale: Locale, count: number, total = count): AuditTrailView {
  return {
    locale,
    customer: { name: HOSTILE, domain: 'contoso.onmicrosoft.com' },
    entries: Array.from({ length: count }, (_, index) => ({
      at: '2025-03-12T14:05:00Z',
      actor: index === 0 ? HOSTILE : LONG,
      action: AUDIT_ACTIONS[index % AUDIT_ACTIONS.length],
      detail: {
        requestId: `req-${index}-0e7a9d36-8c36-4a69-9a7b-1d2c3e4f5a6b`,
        code: 800002,
        description: `${HOSTILE} ${'x'.repeat(200)}`,
        delivered: index % 2 === 0,
        unknownKey: 'value',
      },
    })),
    total,
  };
}
