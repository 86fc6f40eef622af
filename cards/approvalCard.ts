/**
 * The approval card of a removal request, posted to the approvers' channel. With Universal Actions
 * the same message shows each person their own view (`viewer`): approvers decide, the requester may
 * withdraw, everyone else reads. Decision buttons appear only while the request is pending; a
 * completed or failed request offers its evidence pack (a signed link, services/evidence/).
 */
import { BULLET, customerFacts, errorFacts, type Tone } from './cardParts';
import { CardRenderError, expandCardTemplate, type AdaptiveCardJson } from './cardTemplate';
import { formatDateTime, formatNumber } from './format';
import { fact, paragraph, run, runs, type Paragraph } from './richText';
import { text, type Locale } from './strings';
import { scheduleParagraphs } from './schedulePart';
import { gdapEndParagraphs, gdapEndStyle, requestStateName, requestStateText } from './gdapEndPart';
import template from './templates/approval.json';
import type { RemovalState } from '../services/workflows/removalRequest';
import type { ApprovalCardView } from './views';

/** The heading's tone in each state: waiting warns, work under way is an accent, the end states their outcome. */
export const TONES: Record<RemovalState, Tone> = {
  pending: 'warning',
  approved: 'accent',
  scheduled: 'accent',
  executing: 'accent',
  completed: 'good',
  rejected: 'default',
  cancelled: 'default',
  expired: 'default',
  failed: 'attention',
};

/** States that can still change, so a manual Refresh is worth offering. */
const OPEN_STATES: readonly RemovalState[] = ['pending', 'approved', 'scheduled', 'executing'];

/**
 * Teams refreshes a card for at most 60 users
 * (https://learn.microsoft.com/en-us/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/user-specific-views).
 */
export const MAX_REFRESH_USER_IDS = 60;

export function decisionParagraphs(
  view: Pick<ApprovalCardView, 'locale' | 'decision' | 'state'>,
): Paragraph[] {
  const { locale, decision, state } = view;
  if (!decision) return [];
  const at = formatDateTime(locale, decision.at);
  let sentence;
  if (state === 'expired') sentence = runs(locale, 'approval.decision.expired', { at });
  else if ((state === 'rejected' || state === 'cancelled') && decision.by !== undefined)
    sentence = runs(locale, `approval.decision.${state}`, { by: decision.by, at }, ['by']);
  else sentence = runs(locale, 'approval.decision.at', { at });
  const result = [paragraph(sentence)];
  if (decision.reason !== undefined) result.push(fact(locale, 'approval.decisionReason', decision.reason));
  return result;
}

export function executionParagraphs(locale: Locale, execution: ApprovalCardView['execution']): Paragraph[] {
  if (!execution) return [];
  const result: Paragraph[] = [];
  if (execution.startedAt)
    result.push(fact(locale, 'approval.execution.started', formatDateTime(locale, execution.startedAt)));
  if (execution.finishedAt)
    result.push(fact(locale, 'approval.execution.finished', formatDateTime(locale, execution.finishedAt)));
  if (execution.error) {
    result.push(paragraph(runs(locale, 'approval.execution.error')));
    result.push(...errorFacts(locale, execution.error));
  }
  if (execution.retryError) {
    result.push(paragraph(runs(locale, 'approval.execution.retrying')));
    result.push(...errorFacts(locale, execution.retryError));
  }
  return result;
}

/** "Done before the request:" and a line for each remedy: what, on which product, who and when. */
function remediesParagraphs(view: ApprovalCardView): Paragraph[] {
  const { locale } = view;
  const done = view.remediesBefore ?? [];
  if (!done.length) return [];
  return [
    paragraph([run(text(locale, 'approval.remediesBefore'), true)]),
    ...done.map((remedy) => ({
      runs: [
        run(BULLET),
        ...runs(locale, `approval.remedy.${remedy.remedy}`, { name: remedy.name }, ['name']),
        run(' — '),
        run(remedy.by),
        run(`, ${formatDateTime(locale, remedy.at)}`),
      ],
    })),
  ];
}

/** What this viewer may do while the request is pending. */
function viewerPart(view: ApprovalCardView): {
  notes: Paragraph[];
  decide: boolean;
  cancel: boolean;
} {
  const { locale } = view;
  const none = { notes: [], decide: false, cancel: false };
  // A scheduled removal waits for its date: the requester or an approver may still call it off.
  if (view.state === 'scheduled')
    return { ...none, cancel: view.viewer === 'requester' || view.viewer === 'approver' };
  if (view.state !== 'pending') return none;
  switch (view.viewer) {
    case 'approver':
      if (view.approverNote === 'ownRequest')
        return {
          ...none,
          notes: [
            paragraph(
              runs(
                locale,
                view.gdapEnd?.kind === 'gdap' ? 'gdapEnd.note.ownRequest' : 'approval.note.ownRequest',
              ),
            ),
          ],
        };
      if (view.approverNote === 'alreadyApproved') {
        const missing = Math.max(0, view.requiredApprovals - view.approvals.length);
        return {
          ...none,
          notes: [
            paragraph(
              runs(locale, 'approval.note.alreadyApproved', { count: formatNumber(locale, missing) }),
            ),
          ],
        };
      }
      return { ...none, decide: true };
    case 'requester':
      return {
        notes: [
          paragraph(runs(locale, view.gdapEnd?.kind === 'gdap' ? 'gdapEnd.requester' : 'approval.requester')),
        ],
        decide: false,
        cancel: true,
      };
    case 'other':
      return { ...none, notes: [paragraph(runs(locale, 'approval.readOnly'))] };
  }
}

export function buildApprovalCard(view: ApprovalCardView): AdaptiveCardJson {
  const { locale, customer, state } = view;
  const userIds = view.refreshUserIds;
  if (userIds && userIds.length > MAX_REFRESH_USER_IDS)
    throw new CardRenderError(
      'approval',
      `${userIds.length} refresh user ids is over the Teams limit of ${MAX_REFRESH_USER_IDS}`,
    );
  const viewer = viewerPart(view);

  const card = expandCardTemplate('approval', template, {
    requestId: view.requestId,
    refresh: { show: userIds !== undefined, userIds: userIds ?? [] },
    tone: TONES[state],
    title: runs(locale, view.gdapEnd?.kind === 'gdap' ? 'gdapEnd.title' : 'approval.title', {
      customer: customer.name,
    }),
    status: [
      paragraph(
        runs(locale, 'approval.status', { state: requestStateName(locale, state, view.gdapEnd) }, ['state']),
      ),
      paragraph(runs(locale, requestStateText(state, view.gdapEnd))),
    ],
    facts: [
      fact(locale, 'fact.customer', customer.name),
      ...customerFacts(locale, customer),
      fact(locale, 'fact.requestedBy', view.requestedBy),
      fact(locale, 'approval.requestedAt', formatDateTime(locale, view.requestedAt)),
      fact(locale, 'fact.reason', view.reason),
      fact(locale, 'approval.attestationVersion', view.attestationVersion),
      fact(locale, 'fact.requestId', view.requestId),
      fact(locale, 'fact.correlationId', view.correlationId),
      fact(locale, 'approval.expiresAt', formatDateTime(locale, view.expiresAt)),
    ],
    approvals: [
      paragraph(
        runs(
          locale,
          'approval.approvals',
          {
            count: formatNumber(locale, view.approvals.length),
            required: formatNumber(locale, view.requiredApprovals),
          },
          ['count', 'required'],
        ),
      ),
      ...view.approvals.map((approval) => ({
        runs: [run(BULLET), run(approval.by, true), run(' — '), run(formatDateTime(locale, approval.at))],
      })),
    ],
    remediesBefore: remediesParagraphs(view),
    schedule: scheduleParagraphs(locale, view.schedule, state !== 'pending'),
    gdapEnd: gdapEndParagraphs(locale, view.gdapEnd, state),
    gdapEndStyle: gdapEndStyle(view.gdapEnd),
    decision: decisionParagraphs(view),
    execution: {
      style: view.execution?.error ? 'attention' : 'default',
      paragraphs: executionParagraphs(locale, view.execution),
    },
    notes: viewer.notes,
    decide: {
      show: viewer.decide,
      confirm: text(
        locale,
        view.gdapEnd?.kind === 'gdap'
          ? 'gdapEnd.confirm'
          : view.gdapEnd?.targets.length
            ? 'gdapEnd.confirmWithRemoval'
            : 'approval.confirm',
      ),
      approve: text(locale, 'approval.button.approve'),
      rejectLabel: text(locale, 'approval.rejectLabel'),
      rejectPlaceholder: text(locale, 'approval.rejectPlaceholder'),
      rejectError: text(locale, 'approval.rejectError'),
      reject: text(locale, 'approval.button.reject'),
    },
    showCancel: viewer.cancel,
    cancelTitle: text(locale, 'approval.button.cancel'),
    showRefresh: OPEN_STATES.includes(state),
    refreshTitle: text(locale, 'approval.button.refresh'),
    evidence: {
      show: view.evidenceUrl !== undefined,
      title: text(locale, 'evidence.button'),
      url: view.evidenceUrl ?? '',
    },
  });
  // A `$when` that is false leaves `refresh: null`; a card without auto-refresh has no `refresh` at all.
  if (card.refresh == null) delete card.refresh;
  return card;
}
