/**
 * Representative view models for the documentation screenshots: the emulator's demo tenant (Contoso
 * Ltd, Contoso Pharmaceuticals, …) as a user would see it. test/cards/fixtures.ts has the same shapes at
 * their largest and most hostile; these are the friendly, everyday versions.
 *
 * Long because it is the one set of everyday data behind every screenshot, kept together so the cards agree.
 */
import { usageOf } from '../../bot/commands/commandCatalog';
import { ATTESTATION_VERSION } from '../../cards/attestation';
import type { Locale } from '../../cards/strings';
import type { OtherPartner } from '../../services/relationships/customerRecord';
import type {
  ApprovalCardView,
  GdapTerminationView,
  BlockerRow,
  CommandName,
  CustomerDetailsView,
  CustomerPickerView,
  CustomerRow,
  EventView,
  GdapInfo,
  HelpView,
  InvitationDraftView,
  RemovalPreflightView,
  RemovalRequestedView,
} from '../../cards/views';

const INVITATION_URL =
  'https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=0630eb3a-a5e2-595f-a092-815f09d1e0dd&msppId=0&DAP=false#/BillingAccounts/partner-invitation';

const CONTOSO_LTD: CustomerRow = {
  id: '3f1b7c2e-5a4d-5e6f-8a9b-0c1d2e3f4a5b',
  name: 'Contoso Ltd',
  domain: 'contoso.onmicrosoft.com',
};

const CONTOSO: CustomerRow[] = [
  CONTOSO_LTD,
  {
    id: '8d2e4f6a-1b3c-5d7e-9f0a-2b4c6d8e0f1a',
    name: 'Contoso Pharmaceuticals',
    domain: 'contosopharma.onmicrosoft.com',
  },
  {
    id: '5c7e9a1b-3d5f-4a6c-8e0b-2d4f6a8c0e2b',
    name: 'Contoso Suites',
    domain: 'contososuites.onmicrosoft.com',
  },
  {
    id: '9e1a3c5e-7a9c-4e1a-b3c5-7e9a1c3e5a7c',
    name: 'Contoso Fiber',
    domain: 'contosofiber.onmicrosoft.com',
  },
];

const PARTNERS: OtherPartner[] = [
  { name: 'Northwind Resellers', mpnId: '4847383', role: 'indirectReseller' },
];

const GDAP: GdapInfo = {
  available: true,
  relationships: [
    {
      name: 'Fabrikam support (default)',
      status: 'active',
      endsAt: '2026-09-30T00:00:00Z',
      roles: ['Global Reader', 'Helpdesk Administrator'],
    },
  ],
};

const COMMANDS: CommandName[] = [
  'help',
  'customers',
  'customer',
  'invite',
  'inviteNew',
  'remove',
  'requests',
  'audit',
  'gdap',
  'notify',
];

export function helpView(locale: Locale): HelpView {
  return {
    locale,
    user: { name: 'Alex Wilber', roles: ['adminAgent'], approver: false },
    commands: COMMANDS.map((name) => ({
      name,
      usage: usageOf(name, locale),
      allowed: name !== 'notify',
    })),
  };
}

export function pickerView(locale: Locale): CustomerPickerView {
  return {
    locale,
    query: 'contoso',
    customers: CONTOSO,
    total: CONTOSO.length,
    page: 0,
    pageSize: 15,
    actions: { invite: true, remove: true },
  };
}

export function detailsView(locale: Locale): CustomerDetailsView {
  return {
    locale,
    customer: {
      ...CONTOSO[1],
      relationship: 'reseller',
      delegatedAccess: false,
      country: 'US',
    },
    partners: PARTNERS,
    subscriptions: [
      {
        id: 'sub-1',
        name: 'Office 365 E3',
        status: 'active',
        commerce: 'nce',
        quantity: 25,
        termEnd: '2026-03-12T00:00:00Z',
        autoRenew: true,
      },
      {
        id: 'sub-2',
        name: 'Project Plan 3',
        status: 'active',
        commerce: 'nce',
        quantity: 10,
        cancellation: { closed: true, at: '2025-03-19T14:05:00Z' },
        termEnd: '2026-03-12T00:00:00Z',
        autoRenew: true,
      },
      {
        id: 'sub-3',
        name: 'Visio Plan 2',
        status: 'suspended',
        commerce: 'legacy',
        quantity: 3,
        termEnd: '2025-11-30T00:00:00Z',
        autoRenew: false,
      },
    ],
    subscriptionCount: 3,
    reservations: [
      {
        orderId: 'KaJ8XvkKc_GoNZOUyjVaRJalTBN5MWdV1',
        productId: 'DZH318Z0BQ3W',
        quantity: 1,
        expiresOn: '2027-01-31T00:00:00Z',
      },
    ],
    gdap: GDAP,
    actions: { invite: true, remove: true },
  };
}

export function draftView(locale: Locale): InvitationDraftView {
  return {
    locale,
    draftId: 'draft-1',
    target: { kind: 'existing', customerName: 'Contoso Ltd' },
    subject: 'Fabrikam Cloud Distribution invites you to a reseller relationship',
    body: [
      'Hello,',
      '',
      'To let Fabrikam Cloud Distribution manage your Microsoft subscriptions, a Global Administrator of Contoso Ltd can accept our reseller invitation here:',
      '',
      INVITATION_URL,
      '',
      'Best regards,',
      'Alex Wilber',
    ].join('\n'),
    url: INVITATION_URL,
    unofficialUrl: false,
  };
}

const BLOCKERS: BlockerRow[] = [
  {
    id: 'sub-legacy-1',
    kind: 'activeLegacySubscription',
    remedy: 'suspend',
    name: 'Office 365 E3',
    quantity: 25,
    commerce: 'legacy',
  },
  {
    id: 'sub-nce-2',
    kind: 'cancellableSubscription',
    remedy: 'cancel',
    name: 'Microsoft 365 Business Standard',
    quantity: 12,
    cancellableUntil: '2025-03-19T14:05:00Z',
    commerce: 'nce',
  },
  {
    id: 'sub-nce-3',
    kind: 'lockedSubscription',
    remedy: 'none',
    name: 'Microsoft Teams Essentials',
    quantity: 20,
    blockedUntil: '2026-03-12T00:00:00Z',
    autoRenewEnabled: true,
    commerce: 'nce',
  },
];

export function preflightView(locale: Locale): RemovalPreflightView {
  return {
    locale,
    customer: { ...CONTOSO_LTD, relationship: 'reseller', delegatedAccess: false },
    blockers: BLOCKERS,
    notices: [],
    canRemediate: true,
    partners: [],
    gdap: GDAP,
    attestationVersion: ATTESTATION_VERSION,
    refusal: 'blockers',
    checkedAt: '2025-03-12T14:05:00Z',
  };
}

export function approvalView(locale: Locale): ApprovalCardView {
  return {
    locale,
    requestId: 'req-42',
    customer: CONTOSO_LTD,
    requestedBy: 'Alex Wilber',
    requestedAt: '2025-03-12T14:05:00Z',
    reason: 'The customer moved to another partner at the end of their contract.',
    attestationVersion: ATTESTATION_VERSION,
    correlationId: '6f2c1e0a-9b8d-4c7e-a6f5-4e3d2c1b0a99',
    state: 'pending',
    approvals: [],
    requiredApprovals: 1,
    expiresAt: '2025-03-19T14:05:00Z',
    viewer: 'approver',
  };
}

export function eventView(locale: Locale): EventView {
  return {
    locale,
    at: '2025-03-12T14:05:00Z',
    kind: 'customerAccepted',
    customer: CONTOSO_LTD,
    invitedBy: 'Alex Wilber',
  };
}

/** Only a new-commerce term blocks it: the pre-flight offers to request it for the term's end. */
export function scheduleOfferView(locale: Locale): RemovalPreflightView {
  const locked = BLOCKERS.find((blocker) => blocker.kind === 'lockedSubscription') ?? BLOCKERS[0];
  return {
    ...preflightView(locale),
    blockers: [locked],
    schedule: {
      dates: ['2026-03-12T00:00:00Z'],
      scheduledFor: '2026-03-12T00:00:00Z',
      autoRenewOn: [{ id: locked.id, name: locked.name }],
    },
    inputs: { attested: true, reason: 'The customer leaves at the end of its term.', onBlocked: 'wait' },
  };
}

/** The requester's card when no channel runs `notify here` and no approver could be reached. */
export function strandedRequestView(locale: Locale): RemovalRequestedView {
  return {
    locale,
    requestId: 'req-42',
    customer: CONTOSO_LTD,
    requestedBy: 'Alex Wilber',
    at: '2025-03-12T14:05:00Z',
    reason: 'The customer moved to another partner at the end of their contract.',
    correlationId: '6f2c1e0a-9b8d-4c7e-a6f5-4e3d2c1b0a99',
    state: 'pending',
    expiresAt: '2025-03-15T14:05:00Z',
    route: {
      channels: [],
      people: [],
      unreachable: ['Megan Bowen', 'Isaiah Langer'],
      approvers: ['Megan Bowen', 'Isaiah Langer'],
    },
    approvers: ['Megan Bowen', 'Isaiah Langer'],
    approvals: [],
  };
}

/** The approval card of a scheduled removal, as an approver sees it in a 1:1 chat. */
export function scheduledApprovalView(locale: Locale): ApprovalCardView {
  return {
    ...approvalView(locale),
    state: 'scheduled',
    approvals: [{ by: 'Megan Bowen', at: '2025-03-12T15:00:00Z' }],
    remediesBefore: [
      { remedy: 'suspend', name: 'Office 365 E3', by: 'Alex Wilber', at: '2025-03-12T14:01:00Z' },
    ],
    schedule: {
      scheduledFor: '2026-03-12T00:00:00Z',
      autoRenewOff: ['Microsoft Teams Essentials'],
      prepared: [{ name: 'Microsoft Teams Essentials', ok: true }],
      onBlocked: 'wait',
    },
  };
}

const WOODGROVE = {
  id: 'ed9ad289-a7d7-5f47-85fe-d28e9d17432b',
  name: 'Woodgrove Bank',
  domain: 'woodgrovebank.onmicrosoft.com',
};
const WOODGROVE_GDAP: GdapInfo = {
  available: true,
  relationships: [
    {
      id: '30c0cf84-169c-596d-b73c-d02d41fb6dbd-abd2fa6d-2b5a-508b-9fed-c4d34220661a',
      name: 'Fabrikam support woodgrovebank',
      status: 'active',
      endsAt: '2027-04-11T00:00:00Z',
      roles: ['Helpdesk Administrator', 'User Administrator'],
      autoExtend: 'off',
    },
    {
      id: '5b1c7e42-93d0-5c1e-8a4f-2d6b9e0c1f37-abd2fa6d-2b5a-508b-9fed-c4d34220661a',
      name: 'Fabrikam security woodgrovebank',
      status: 'active',
      endsAt: '2027-07-30T00:00:00Z',
      roles: ['Security Reader'],
      autoExtend: 'extends',
    },
    {
      id: '8e4f2a61-07bd-5d2c-9e3a-6f1b0c8d7a54-abd2fa6d-2b5a-508b-9fed-c4d34220661a',
      name: 'Fabrikam licensing woodgrovebank',
      status: 'active',
      endsAt: '2026-09-26T00:00:00Z',
      roles: ['License Administrator'],
      autoExtend: 'extends',
    },
  ],
};

/** Nothing blocks it: the request can also end GDAP relationships (two ticked). */
export function gdapChoiceView(locale: Locale): RemovalPreflightView {
  return {
    ...preflightView(locale),
    customer: { ...WOODGROVE, relationship: 'reseller', delegatedAccess: false },
    blockers: [],
    refusal: undefined,
    gdap: WOODGROVE_GDAP,
    gdapChoices: WOODGROVE_GDAP.relationships,
    inputs: {
      attested: true,
      reason: 'The customer moved to another partner.',
      gdapToEnd: WOODGROVE_GDAP.relationships.slice(0, 2).map((row) => row.id ?? ''),
    },
  };
}

/** The approval card of that request, the removal done and GDAP being ended. */
export function gdapApprovalView(locale: Locale): ApprovalCardView {
  return {
    ...approvalView(locale),
    customer: WOODGROVE,
    state: 'executing',
    approvals: [{ by: 'Megan Bowen', at: '2025-03-12T14:20:00Z' }],
    gdapEnd: {
      kind: 'removal',
      removedAt: '2025-03-12T14:20:04Z',
      targets: [
        {
          name: 'Fabrikam support woodgrovebank',
          roles: ['Helpdesk Administrator', 'User Administrator'],
          outcome: 'terminated',
          status: 'terminated',
          confirmedAt: '2025-03-12T14:20:07Z',
        },
        {
          name: 'Fabrikam security woodgrovebank',
          roles: ['Security Reader'],
          outcome: 'requested',
          status: 'terminating',
        },
      ],
    },
    viewer: 'other',
  };
}

/** Ending GDAP relationships alone, from the customer card. */
export function gdapTerminationView(locale: Locale): GdapTerminationView {
  return {
    locale,
    customer: WOODGROVE,
    gdap: WOODGROVE_GDAP,
    choices: WOODGROVE_GDAP.relationships,
    inputs: {
      gdapToEnd: [WOODGROVE_GDAP.relationships[2].id ?? ''],
      reason: 'Licensing is handled in house now.',
      confirmed: true,
    },
    checkedAt: '2025-03-12T14:05:00Z',
  };
}
