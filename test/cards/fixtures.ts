/** Representative view models for every card, at their largest: long and hostile names everywhere. */
import { ATTESTATION_VERSION } from '../../cards/attestation';
import type { Locale } from '../../cards/strings';
import type {
  BlockerKindName,
  BlockerRow,
  CustomerChoiceView,
  CustomerDetailsView,
  CustomerPickerView,
  CustomerRow,
  HelpView,
  InvitationDraftView,
  NoticeView,
  ProviderRemovalRequestView,
  RemovalPreflightView,
  RemovalRequestedView,
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
      cancellableUntil: '2025-03-19T14:05:00Z',
      termEnd: '2026-03-12T00:00:00Z',
      autoRenew: true,
    })),
    subscriptionCount: 37,
    gdap: {
      available: true,
      relationships: Array.from({ length: 5 }, (_, index) => ({
        name: index === 0 ? HOSTILE : LONG,
        status: 'active',
        endsAt: '2026-01-01T00:00:00Z',
        roles: ['Global Reader', 'Helpdesk Administrator', 'User Administrator'],
      })),
    },
    actions: { invite: true, remove: true },
  };
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

const REMEDIES: Record<BlockerKindName, BlockerRow['remedy']> = {
  activeLegacySubscription: 'suspend',
  activeAzurePlan: 'suspend',
  cancellableSubscription: 'cancel',
  lockedSubscription: 'none',
  pendingSubscription: 'none',
  activeReservation: 'none',
  softwarePurchase: 'cancelSoftwareOrder',
};
export const BLOCKER_KINDS = Object.keys(REMEDIES) as BlockerKindName[];

export function blocker(kind: BlockerKindName, index = 0, extra: Partial<BlockerRow> = {}): BlockerRow {
  return {
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
}

export function preflightView(
  locale: Locale,
  extra: Partial<RemovalPreflightView> = {},
): RemovalPreflightView {
  const details = detailsView(locale);
  return {
    locale,
    customer: { ...customers(1)[0], relationship: 'reseller', delegatedAccess: true },
    blockers: Array.from({ length: 10 }, (_, index) => blocker(BLOCKER_KINDS[index % 7], index)),
    canRemediate: true,
    lastAction: {
      ok: false,
      name: HOSTILE,
      error: { code: '800090', description: `${HOSTILE} ${'x'.repeat(200)}`, correlationId: 'corr-1' },
    },
    partners: details.partners,
    gdap: details.gdap,
    attestationVersion: ATTESTATION_VERSION,
    refusal: 'blockers',
    checkedAt: '2025-03-12T14:05:00Z',
    ...extra,
  };
}

export function requestedView(locale: Locale): RemovalRequestedView {
  return {
    locale,
    requestId: 'req-42',
    customer: customers(1)[0],
    requestedBy: HOSTILE,
    at: '2025-03-12T14:05:00Z',
    reason: `${HOSTILE} ${'r'.repeat(480)}`,
    correlationId: 'corr-2',
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
    { locale, kind: 'customerQueryMissing', command: 'remove' },
    { locale, kind: 'customerGone', customerName: HOSTILE },
    {
      locale,
      kind: 'partnerCenterError',
      error: { code: '600008', description: HOSTILE, correlationId: 'corr-3' },
    },
    { locale, kind: 'partnerCenterBusy', retryAfterSeconds: 30 },
    { locale, kind: 'partnerCenterBusy' },
    { locale, kind: 'storeUnavailable' },
    { locale, kind: 'staleAction' },
    { locale, kind: 'resellerCannotRemove', providerName: HOSTILE },
    { locale, kind: 'resellerCannotRemove' },
    { locale, kind: 'providerAsked', providerName: HOSTILE, customerName: HOSTILE },
    { locale, kind: 'noProviderChannel', providerName: HOSTILE },
    { locale, kind: 'noProvider' },
  ];
}
