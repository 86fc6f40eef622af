/** The requester's own card of a removal request, from the record (the flow's answer and each later update). */
import type { AdaptiveCardJson } from '../../cards/cardTemplate';
import { buildRemovalRequestedCard } from '../../cards/removalRequestedCard';
import type { Locale } from '../../cards/strings';
import type { ApprovalRoute } from '../../services/notifications/approvalRoute';
import type { ReferenceLike } from '../../services/notifications/channelRegistry';
import type { RemovalRequest } from '../../services/workflows/removalRequest';
import type { FlowDependencies, Turn } from './turn';
import { gdapEndView } from './gdapEndView';
import { scheduleView } from './scheduleView';

export function requestedCard(
  request: RemovalRequest,
  route: ApprovalRoute | undefined,
  approvers: string[],
  locale: Locale,
): AdaptiveCardJson {
  return buildRemovalRequestedCard({
    locale,
    requestId: request.id,
    customer: { id: request.customerId, name: request.customerName, domain: request.customerDomain },
    requestedBy: request.requestedBy.name,
    at: request.requestedAt,
    reason: request.reason,
    correlationId: request.correlationId,
    state: request.state,
    expiresAt: request.expiresAt,
    route,
    approvers,
    approvals: request.approvals.map((approval) => ({ by: approval.by.name, at: approval.at })),
    decision: request.decision
      ? { by: request.decision.by?.name, at: request.decision.at, reason: request.decision.reason }
      : undefined,
    schedule: scheduleView(request),
    gdapEnd: gdapEndView(request),
    execution: request.execution
      ? {
          finishedAt: request.execution.finishedAt,
          error: request.execution.error,
          retryError: request.state === 'executing' ? request.execution.lastError : undefined,
        }
      : undefined,
  });
}

/**
 * The answer to a new request: the requester's own card, replacing the card they clicked in
 * (`cardMessage`), which is kept so that every later change of the request replaces it too.
 */
export async function newRequestCard(
  deps: FlowDependencies,
  turn: Turn,
  request: RemovalRequest,
  cardMessage?: { reference: ReferenceLike; activityId: string },
): Promise<AdaptiveCardJson> {
  const { approvals } = deps.services;
  if (cardMessage)
    await approvals.followRequester(request, cardMessage.reference, cardMessage.activityId, turn.locale);
  const names = approvals.approversOf(request).map((approver) => approver.name);
  return requestedCard(request, await approvals.routeOf(request.id), names, turn.locale);
}
