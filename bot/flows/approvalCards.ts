/**
 * The approval card of a removal request as a given person sees it (Universal Actions): approvers get
 * Approve / Reject, the requester gets Cancel, everyone else a read-only view. The channel copy is the
 * read-only one with a `refresh` naming approvers and requester, so their clients ask for their view.
 */
import { buildApprovalCard } from '../../cards/approvalCard';
import type { AdaptiveCardJson } from '../../cards/cardTemplate';
import type { Locale } from '../../cards/strings';
import type { ApprovalCardView } from '../../cards/views';
import { hasPermission, type Member } from '../../services/access/partnerRoles';
import type { RoleDirectory } from '../../services/access/roleDirectory';
import type { Actor } from '../../services/audit/auditLog';
import { OPEN_STATES, sameActor, type RemovalRequest } from '../../services/workflows/removalRequest';

const MAX_REFRESH_USERS = 60;

export interface Viewer {
  actor: Actor;
  member: Member | undefined;
}

/** Teams user ids whose clients refresh the card: the requester, then approvers; at most 60 (Teams' limit). */
function refreshUserIds(request: RemovalRequest, roles: RoleDirectory): string[] {
  const approvers = roles.members
    .filter((member) => hasPermission(member, 'approveRemoval') && member.userId)
    .map((member) => member.userId!);
  const ids = request.requestedBy.userId ? [request.requestedBy.userId, ...approvers] : approvers;
  return [...new Set(ids)].slice(0, MAX_REFRESH_USERS);
}

export function approvalCard(
  request: RemovalRequest,
  locale: Locale,
  roles: RoleDirectory,
  viewer?: Viewer,
): AdaptiveCardJson {
  let who: ApprovalCardView['viewer'] = 'other';
  let approverNote: ApprovalCardView['approverNote'];
  if (viewer && sameActor(request.requestedBy, viewer.actor)) who = 'requester';
  else if (viewer && hasPermission(viewer.member, 'approveRemoval')) {
    who = 'approver';
    if (request.approvals.some((approval) => sameActor(approval.by, viewer.actor)))
      approverNote = 'alreadyApproved';
  }
  return buildApprovalCard({
    locale,
    requestId: request.id,
    customer: { id: request.customerId, name: request.customerName, domain: request.customerDomain },
    requestedBy: request.requestedBy.name,
    requestedAt: request.requestedAt,
    reason: request.reason,
    attestationVersion: request.attestation.version,
    correlationId: request.correlationId,
    state: request.state,
    approvals: request.approvals.map((approval) => ({ by: approval.by.name, at: approval.at })),
    requiredApprovals: request.requiredApprovals,
    expiresAt: request.expiresAt,
    decision: request.decision
      ? { by: request.decision.by?.name, at: request.decision.at, reason: request.decision.reason }
      : undefined,
    execution: request.execution
      ? {
          startedAt: request.execution.startedAt,
          finishedAt: request.execution.finishedAt,
          error: request.execution.error,
          retryError: request.state === 'executing' ? request.execution.lastError : undefined,
        }
      : undefined,
    viewer: who,
    approverNote,
    refreshUserIds: OPEN_STATES.includes(request.state) ? refreshUserIds(request, roles) : undefined,
  });
}
