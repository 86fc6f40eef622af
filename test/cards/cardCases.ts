/** Every card builder with representative data (hostile names included), shared by the card tests. */
import { buildApprovalCard } from '../../cards/approvalCard';
import { buildAuditExportCard } from '../../cards/auditExportCard';
import { buildAuditTrailCard } from '../../cards/auditTrailCard';
import { buildCustomerChoiceCard } from '../../cards/customerChoiceCard';
import { buildCustomerDetailsCard } from '../../cards/customerDetailsCard';
import { buildCustomerPickerCard } from '../../cards/customerPickerCard';
import { buildDidYouMeanCard } from '../../cards/didYouMeanCard';
import { buildEventCard } from '../../cards/eventCard';
import { buildGdapHealthCard } from '../../cards/gdapHealthCard';
import { buildGdapTerminationCard } from '../../cards/gdapTerminationCard';
import { buildHelpCard } from '../../cards/helpCard';
import { buildInvitationDraftCard } from '../../cards/invitationDraftCard';
import { buildNoticeCard } from '../../cards/noticeCard';
import { buildProviderChoiceCard } from '../../cards/providerChoiceCard';
import { buildProviderRemovalRequestCard } from '../../cards/providerRemovalRequestCard';
import { buildRemovalPreflightCard } from '../../cards/removalPreflightCard';
import { buildRemovalRequestedCard } from '../../cards/removalRequestedCard';
import { buildRequestListCard } from '../../cards/requestListCard';
import type { Locale } from '../../cards/strings';
import type { AdaptiveCardJson } from '../../cards/cardTemplate';
import { HOSTILE, LONG } from './cardAssertions';
import * as fx from './fixtures';

export type Case = [name: string, build: (locale: Locale) => AdaptiveCardJson, hostile: boolean];

/** A card builder and the view it is given in a locale (compiledTemplate.test.ts varies the view). */
export interface ViewCase<View = any> {
  name: string;
  view: (locale: Locale) => View;
  build: (view: View) => AdaptiveCardJson;
  hostile: boolean;
}

function viewCase<View>(
  name: string,
  view: (locale: Locale) => View,
  build: (view: View) => AdaptiveCardJson,
  hostile: boolean,
): ViewCase<View> {
  return { name, view, build, hostile };
}

export const VIEW_CASES: ViewCase[] = [
  viewCase('help', (l) => fx.helpView(l), buildHelpCard, true),
  viewCase(
    'help without roles',
    (l) => ({ ...fx.helpView(l), user: { name: 'x', roles: [], approver: false } }),
    buildHelpCard,
    false,
  ),
  viewCase('picker, 40 results', (l) => fx.pickerView(l, 40, 1), buildCustomerPickerCard, true),
  viewCase('picker, 0 results', (l) => fx.pickerView(l, 0), buildCustomerPickerCard, true),
  viewCase(
    'picker while the list is still read',
    (l) => ({ ...fx.pickerView(l, 20), loading: { customersSoFar: 1500 } }),
    buildCustomerPickerCard,
    true,
  ),
  viewCase(
    'picker while the list is still read, 0 results',
    (l) => ({ ...fx.pickerView(l, 0), loading: { customersSoFar: 500 } }),
    buildCustomerPickerCard,
    true,
  ),
  viewCase(
    'picker for `remove`',
    (l) => ({ ...fx.pickerView(l, 20), query: '', next: 'removal.preflight' as const }),
    buildCustomerPickerCard,
    true,
  ),
  viewCase(
    'did you mean',
    (l) => ({
      locale: l,
      typed: `custmers ${HOSTILE}`,
      suggestions: ['customers contoso'],
      helpCommand: 'help',
    }),
    buildDidYouMeanCard,
    true,
  ),
  viewCase('choice (invite)', (l) => fx.choiceView(l, 'invite.start'), buildCustomerChoiceCard, true),
  viewCase('choice (show)', (l) => fx.choiceView(l, 'customer.show'), buildCustomerChoiceCard, true),
  viewCase(
    'provider choice',
    (l) => ({
      locale: l,
      providers: [
        { id: '0630eb3a-a5e2-595f-a092-815f09d1e0dd', name: HOSTILE },
        { id: '5c1f6a8e-3b0d-4f27-9a64-1d2e3f4a5b6c', name: 'Tailspin Distribution' },
      ],
    }),
    buildProviderChoiceCard,
    true,
  ),
  viewCase('details', (l) => fx.detailsView(l), buildCustomerDetailsCard, true),
  viewCase(
    'details without GDAP access',
    (l) => ({ ...fx.detailsView(l), gdap: { available: false, relationships: [] } }),
    buildCustomerDetailsCard,
    true,
  ),
  viewCase(
    'GDAP health, 10 findings per section and more',
    (l) => fx.gdapHealthView(l),
    buildGdapHealthCard,
    true,
  ),
  viewCase('GDAP health, nothing found', (l) => fx.gdapHealthView(l, 0, 0), buildGdapHealthCard, false),
  viewCase(
    'GDAP health without Microsoft Graph',
    (l) => ({ locale: l, health: { available: false as const } }),
    buildGdapHealthCard,
    false,
  ),
  viewCase(
    'GDAP health, Graph failed',
    (l) => ({
      locale: l,
      health: {
        available: false as const,
        failure: {
          code: 'accessDenied',
          description: HOSTILE,
          correlationId: 'corr-1',
          service: 'graph' as const,
        },
      },
    }),
    buildGdapHealthCard,
    true,
  ),
  viewCase('draft', (l) => fx.draftView(l, { problem: 'urlChanged' }), buildInvitationDraftCard, true),
  viewCase(
    'completed draft',
    (l) => fx.draftView(l, { completed: { by: HOSTILE, at: '2025-03-12T14:05:00Z' } }),
    buildInvitationDraftCard,
    true,
  ),
  viewCase('pre-flight with 10 blockers', (l) => fx.preflightView(l), buildRemovalPreflightCard, true),
  viewCase(
    'GDAP termination, not confirmed',
    (l) => fx.gdapTerminationView(l),
    buildGdapTerminationCard,
    true,
  ),
  viewCase(
    'GDAP termination, a request open',
    (l) =>
      fx.gdapTerminationView(l, {
        refusal: 'pendingRequest',
        pendingRequest: { id: 'req-42' },
        problem: undefined,
        inputs: undefined,
      }),
    buildGdapTerminationCard,
    true,
  ),
  viewCase(
    'approval, removal ending GDAP',
    (l) =>
      fx.approvalView(l, { state: 'executing', gdapEnd: fx.gdapEndView('removal', '2025-03-13T08:00:00Z') }),
    buildApprovalCard,
    true,
  ),
  viewCase(
    'requested, GDAP alone',
    (l) => fx.requestedView(l, { state: 'failed', gdapEnd: fx.gdapEndView('gdap') }),
    buildRemovalRequestedCard,
    true,
  ),
  viewCase(
    'pre-flight, ready',
    (l) =>
      fx.preflightView(l, {
        blockers: [],
        refusal: undefined,
        results: [{ ok: true, remedy: 'cancel', name: HOSTILE }],
        inputs: undefined,
      }),
    buildRemovalPreflightCard,
    true,
  ),
  viewCase(
    'pre-flight, asking to suspend 10 at once',
    (l) => {
      const blockers = Array.from({ length: 10 }, (_, index) =>
        fx.blocker('activeLegacySubscription', index),
      );
      return fx.preflightView(l, { blockers, confirmation: { remedy: 'suspend', blockers }, results: [] });
    },
    buildRemovalPreflightCard,
    true,
  ),
  ...(['cancel', 'cancelSoftwareOrder', 'autoRenewOff'] as const).map((remedy) =>
    viewCase(
      `pre-flight, asking to confirm ${remedy}`,
      (l) => {
        const kind = {
          cancel: 'cancellableSubscription',
          cancelSoftwareOrder: 'softwarePurchase',
          autoRenewOff: 'lockedSubscription',
        } as const;
        const blockers = [fx.blocker(kind[remedy], 0, { stillBilled: false })];
        return fx.preflightView(l, { blockers, confirmation: { remedy, blockers } });
      },
      buildRemovalPreflightCard,
      true,
    ),
  ),
  viewCase(
    'pre-flight, 10 results of a batch and 2 skipped',
    (l) =>
      fx.preflightView(l, {
        results: Array.from({ length: 10 }, (_, index) =>
          index % 2
            ? {
                ok: true as const,
                remedy: 'cancel' as const,
                name: fx.blocker('cancellableSubscription', index).name,
              }
            : {
                ok: false as const,
                remedy: 'cancel' as const,
                name: HOSTILE,
                error: {
                  code: '900117',
                  description: `${HOSTILE} ${'x'.repeat(120)}`,
                  correlationId: `corr-${index}`,
                },
              },
        ),
        skipped: 2,
      }),
    buildRemovalPreflightCard,
    true,
  ),
  viewCase(
    'pre-flight, request refused without the attestation',
    (l) =>
      fx.preflightView(l, {
        blockers: [],
        refusal: undefined,
        results: [],
        problem: 'notAttested',
        inputs: { attested: false, reason: HOSTILE },
      }),
    buildRemovalPreflightCard,
    true,
  ),
  viewCase(
    'pre-flight, indirect reseller',
    (l) => fx.preflightView(l, { refusal: 'indirectReseller', provider: { name: HOSTILE } }),
    buildRemovalPreflightCard,
    true,
  ),
  viewCase(
    'pre-flight, pending request',
    (l) =>
      fx.preflightView(l, {
        refusal: 'pendingRequest',
        pendingRequest: { id: 'req-1', requestedBy: HOSTILE, at: '2025-03-12T14:05:00Z' },
      }),
    buildRemovalPreflightCard,
    true,
  ),
  viewCase('removal requested', (l) => fx.requestedView(l), buildRemovalRequestedCard, true),
  viewCase(
    'removal requested, scheduled',
    (l) => fx.requestedView(l, { state: 'scheduled', schedule: fx.SCHEDULE_VIEW }),
    buildRemovalRequestedCard,
    true,
  ),
  viewCase(
    'approval, scheduled with its schedule, approver',
    (l) => fx.approvalInState(l, 'scheduled', { schedule: fx.SCHEDULE_VIEW }),
    buildApprovalCard,
    true,
  ),
  viewCase(
    'pre-flight, only dates block: schedule offered',
    (l) =>
      fx.preflightView(l, {
        refusal: 'blockers',
        schedule: {
          dates: ['2025-07-30T14:05:00Z'],
          scheduledFor: '2025-07-30T14:05:00Z',
          autoRenewOn: [{ id: 'sub-1', name: HOSTILE }],
        },
        inputs: { attested: true, reason: HOSTILE, autoRenewOff: true, onBlocked: 'fail' },
        problem: 'autoRenewNotConfirmed',
      }),
    buildRemovalPreflightCard,
    true,
  ),
  viewCase(
    'removal requested, reached no approver',
    (l) =>
      fx.requestedView(l, {
        route: { channels: [], people: [], unreachable: ['Megan Bowen'], approvers: ['Megan Bowen'] },
        approvers: ['Megan Bowen'],
      }),
    buildRemovalRequestedCard,
    false,
  ),
  viewCase(
    'removal requested, no approver in the roles file',
    (l) =>
      fx.requestedView(l, {
        route: { channels: [], people: [], unreachable: [], approvers: [] },
        approvers: [],
      }),
    buildRemovalRequestedCard,
    false,
  ),
  ...fx.ALL_STATES.map((state) =>
    viewCase(
      `removal requested, ${state}`,
      (l) => {
        const { approvals, decision, execution } = fx.approvalInState(l, state);
        return fx.requestedView(l, { state, approvals, decision, execution });
      },
      buildRemovalRequestedCard,
      true,
    ),
  ),
  viewCase('provider removal request', (l) => fx.providerView(l), buildProviderRemovalRequestCard, true),
  ...fx.ALL_STATES.map((state) =>
    viewCase(`approval, ${state}, approver`, (l) => fx.approvalInState(l, state), buildApprovalCard, true),
  ),
  viewCase(
    'approval, pending, requester without refresh',
    (l) => fx.approvalView(l, { viewer: 'requester', refreshUserIds: undefined }),
    buildApprovalCard,
    true,
  ),
  viewCase(
    'approval, pending, other',
    (l) => fx.approvalView(l, { viewer: 'other' }),
    buildApprovalCard,
    true,
  ),
  viewCase(
    'approval, pending, own request',
    (l) => fx.approvalView(l, { approverNote: 'ownRequest' }),
    buildApprovalCard,
    true,
  ),
  viewCase(
    'approval, pending, already approved, 60 refresh ids',
    (l) =>
      fx.approvalView(l, {
        approverNote: 'alreadyApproved',
        requiredApprovals: 3,
        approvals: [{ by: HOSTILE, at: '2025-03-13T09:30:00Z' }],
        refreshUserIds: Array.from({ length: 60 }, (_, index) => `29:1-user-${index}-${'u'.repeat(60)}`),
      }),
    buildApprovalCard,
    true,
  ),
  viewCase(
    'approval, pending, 20 remedies done before, 60 refresh ids',
    (l) =>
      fx.approvalView(l, {
        remediesBefore: Array.from({ length: 20 }, (_, index) => ({
          remedy: (['suspend', 'cancel', 'cancelSoftwareOrder', 'autoRenewOff'] as const)[index % 4],
          name: index ? `${LONG} ${index}`.slice(0, 120) : HOSTILE,
          by: LONG,
          at: '2025-03-12T10:02:00Z',
        })),
        refreshUserIds: Array.from({ length: 60 }, (_, index) => `29:1-user-${index}-${'u'.repeat(60)}`),
      }),
    buildApprovalCard,
    true,
  ),
  viewCase(
    'approval, completed, with the evidence pack',
    (l) => ({ ...fx.approvalInState(l, 'completed'), evidenceUrl: fx.EVIDENCE_URL }),
    buildApprovalCard,
    true,
  ),
  viewCase(
    'audit export, links',
    (l) => ({
      locale: l,
      kind: 'links' as const,
      from: '2025-01-01',
      to: '2025-12-31',
      csvUrl: 'https://desk.example/audit-export/2025-01-01/2025-12-31.csv?exp=1741600000&lang=en&sig=abc',
      jsonUrl: 'https://desk.example/audit-export/2025-01-01/2025-12-31.json?exp=1741600000&lang=en&sig=abc',
      expiresAt: '2025-01-08T10:00:00.000Z',
    }),
    buildAuditExportCard,
    false,
  ),
  ...(['format', 'order', 'tooLong', 'unavailable'] as const).map((problem) =>
    viewCase(
      `audit export, ${problem}`,
      (l) => ({
        locale: l,
        kind: 'invalid' as const,
        problem,
        example: `audit export ${HOSTILE}`,
        maxDays: 366,
      }),
      buildAuditExportCard,
      true,
    ),
  ),
  viewCase('requests, 60 rows', (l) => fx.requestListView(l, 60), buildRequestListCard, true),
  viewCase('requests, none', (l) => fx.requestListView(l, 0), buildRequestListCard, false),
  viewCase('audit trail, 35 entries', (l) => fx.auditTrailView(l, 35, 120), buildAuditTrailCard, true),
  viewCase('audit trail, empty', (l) => fx.auditTrailView(l, 0), buildAuditTrailCard, true),
];

export const CASES: Case[] = VIEW_CASES.map(({ name, view, build, hostile }): Case => [
  name,
  (locale) => build(view(locale)),
  hostile,
]);

/** View fields whose strings are words of the domain or of the card (not free text): kept as they are. */
const FIXED = new Set([
  'locale',
  'kind',
  'state',
  'remedy',
  'commerce',
  'status',
  'relationship',
  'role',
  'roles',
  'userRoles',
  'requiredRoles',
  'permission',
  'action',
  'next',
  'viewer',
  'approverNote',
  'purpose',
  'problem',
  'refusal',
  'command',
  'ok',
  'autoExtend',
]);
const ISO_DATE = /^\d{4}-\d\d-\d\dT/;

/**
 * The view with every free-text string replaced (from `texts`, in turn) and every flag set from
 * `flags` (in turn, none: kept); domain words, dates, numbers and the help card's command names are kept.
 */
export function vary(view: unknown, texts: string[], flags: boolean[]): unknown {
  let nextText = 0;
  let nextFlag = 0;
  const walk = (value: unknown, key: string): unknown => {
    if (FIXED.has(key)) return value;
    if (typeof value === 'string') return ISO_DATE.test(value) ? value : texts[nextText++ % texts.length];
    if (typeof value === 'boolean') return flags.length ? flags[nextFlag++ % flags.length] : value;
    if (Array.isArray(value)) return value.map((item) => walk(item, key));
    if (value && typeof value === 'object')
      return Object.fromEntries(
        Object.entries(value).map(([name, item]) => [
          name,
          key === 'commands' && name === 'name' ? item : walk(item, name),
        ]),
      );
    return value;
  };
  return walk(view, '');
}

/** Every card builder with a view: the shared cases, every notice and every event. */
export function allViewCases(): ViewCase[] {
  const noticeKinds = fx.noticeViews('en').map((view) => view.kind);
  const eventKinds = fx.eventViews('en').map((view) => view.kind);
  return [
    ...VIEW_CASES,
    ...noticeKinds.map((kind, index): ViewCase => ({
      name: `notice ${kind}`,
      view: (locale: Locale) => fx.noticeViews(locale)[index],
      build: buildNoticeCard,
      hostile: true,
    })),
    ...eventKinds.map((kind, index): ViewCase => ({
      name: `event ${kind}`,
      view: (locale: Locale) => fx.eventViews(locale)[index],
      build: buildEventCard,
      hostile: true,
    })),
  ];
}
