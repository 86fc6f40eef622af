/** Every card builder with representative data (hostile names included), shared by the card tests. */
import { buildApprovalCard } from '../../cards/approvalCard';
import { buildAuditTrailCard } from '../../cards/auditTrailCard';
import { buildCustomerChoiceCard } from '../../cards/customerChoiceCard';
import { buildCustomerDetailsCard } from '../../cards/customerDetailsCard';
import { buildCustomerPickerCard } from '../../cards/customerPickerCard';
import { buildHelpCard } from '../../cards/helpCard';
import { buildInvitationDraftCard } from '../../cards/invitationDraftCard';
import { buildProviderChoiceCard } from '../../cards/providerChoiceCard';
import { buildProviderRemovalRequestCard } from '../../cards/providerRemovalRequestCard';
import { buildRemovalPreflightCard } from '../../cards/removalPreflightCard';
import { buildRemovalRequestedCard } from '../../cards/removalRequestedCard';
import { buildRequestListCard } from '../../cards/requestListCard';
import type { Locale } from '../../cards/strings';
import type { AdaptiveCardJson } from '../../cards/cardTemplate';
import { HOSTILE } from './cardAssertions';
import * as fx from './fixtures';

export type Case = [name: string, build: (locale: Locale) => AdaptiveCardJson, hostile: boolean];

export const CASES: Case[] = [
  ['help', (l) => buildHelpCard(fx.helpView(l)), true],
  [
    'help without roles',
    (l) => buildHelpCard({ ...fx.helpView(l), user: { name: 'x', roles: [], approver: false } }),
    false,
  ],
  ['picker, 40 results', (l) => buildCustomerPickerCard(fx.pickerView(l, 40, 1)), true],
  ['picker, 0 results', (l) => buildCustomerPickerCard(fx.pickerView(l, 0)), true],
  ['choice (invite)', (l) => buildCustomerChoiceCard(fx.choiceView(l, 'invite.start')), true],
  ['choice (show)', (l) => buildCustomerChoiceCard(fx.choiceView(l, 'customer.show')), true],
  [
    'provider choice',
    (l) =>
      buildProviderChoiceCard({
        locale: l,
        providers: [
          { id: '0630eb3a-a5e2-595f-a092-815f09d1e0dd', name: HOSTILE },
          { id: '5c1f6a8e-3b0d-4f27-9a64-1d2e3f4a5b6c', name: 'Tailspin Distribution' },
        ],
      }),
    true,
  ],
  ['details', (l) => buildCustomerDetailsCard(fx.detailsView(l)), true],
  [
    'details without GDAP access',
    (l) => buildCustomerDetailsCard({ ...fx.detailsView(l), gdap: { available: false, relationships: [] } }),
    true,
  ],
  ['draft', (l) => buildInvitationDraftCard(fx.draftView(l, { problem: 'urlChanged' })), true],
  [
    'completed draft',
    (l) =>
      buildInvitationDraftCard(fx.draftView(l, { completed: { by: HOSTILE, at: '2025-03-12T14:05:00Z' } })),
    true,
  ],
  ['pre-flight with 10 blockers', (l) => buildRemovalPreflightCard(fx.preflightView(l)), true],
  [
    'pre-flight, ready',
    (l) =>
      buildRemovalPreflightCard(
        fx.preflightView(l, {
          blockers: [],
          refusal: undefined,
          lastAction: { ok: true, remedy: 'cancel', name: HOSTILE },
        }),
      ),
    true,
  ],
  [
    'pre-flight, indirect reseller',
    (l) =>
      buildRemovalPreflightCard(
        fx.preflightView(l, { refusal: 'indirectReseller', provider: { name: HOSTILE } }),
      ),
    true,
  ],
  [
    'pre-flight, pending request',
    (l) =>
      buildRemovalPreflightCard(
        fx.preflightView(l, {
          refusal: 'pendingRequest',
          pendingRequest: { id: 'req-1', requestedBy: HOSTILE, at: '2025-03-12T14:05:00Z' },
        }),
      ),
    true,
  ],
  ['removal requested', (l) => buildRemovalRequestedCard(fx.requestedView(l)), true],
  ['provider removal request', (l) => buildProviderRemovalRequestCard(fx.providerView(l)), true],
  ...fx.ALL_STATES.map((state): Case => [
    `approval, ${state}, approver`,
    (l) => buildApprovalCard(fx.approvalInState(l, state)),
    true,
  ]),
  [
    'approval, pending, requester without refresh',
    (l) => buildApprovalCard(fx.approvalView(l, { viewer: 'requester', refreshUserIds: undefined })),
    true,
  ],
  ['approval, pending, other', (l) => buildApprovalCard(fx.approvalView(l, { viewer: 'other' })), true],
  [
    'approval, pending, own request',
    (l) => buildApprovalCard(fx.approvalView(l, { approverNote: 'ownRequest' })),
    true,
  ],
  [
    'approval, pending, already approved, 60 refresh ids',
    (l) =>
      buildApprovalCard(
        fx.approvalView(l, {
          approverNote: 'alreadyApproved',
          requiredApprovals: 3,
          approvals: [{ by: HOSTILE, at: '2025-03-13T09:30:00Z' }],
          refreshUserIds: Array.from({ length: 60 }, (_, index) => `29:1-user-${index}-${'u'.repeat(60)}`),
        }),
      ),
    true,
  ],
  ['requests, 60 rows', (l) => buildRequestListCard(fx.requestListView(l, 60)), true],
  ['requests, none', (l) => buildRequestListCard(fx.requestListView(l, 0)), false],
  ['audit trail, 35 entries', (l) => buildAuditTrailCard(fx.auditTrailView(l, 35, 120)), true],
  ['audit trail, empty', (l) => buildAuditTrailCard(fx.auditTrailView(l, 0)), true],
];
