/**
 * The approval card of a removal request as a given person sees it (Universal Actions), with the
 * buttons services/access/policy.ts gives them (approvalButtonsFor). The channel copy is the read-only
 * one with a `refresh` naming approvers and requester, so their clients ask for their view.
 */
import { buildApprovalCard } from '../../cards/approvalCard';
import type { AdaptiveCardJson } from '../../cards/cardTemplate';
import type { Locale } from '../../cards/strings';
import { approvalButtonsFor, approversAmong, type Viewer } from '../../services/access/policy';
import type { RoleDirectory } from '../../services/access/roleDirectory';
import { OPEN_STATES, type RemovalRequest } from '../../services/workflows/removalRequest';
import { gdapEndView } from './gdapEndView';
import { scheduleView } from './scheduleView';

const MAX_REFRESH_USERS = 60;

/** Teams user ids whose clients refresh the card: the requester, then approvers; at most 60 (Teams' limit). */
function refreshUserIds(request: RemovalRequest, roles: RoleDirectory): string[] {
  const approvers = approversAmong(roles.members)
    .filter((member) => member.userId)
    .map((member) => member.userId!);
  const ids = request.requestedBy.userId ? [request.requestedBy.userId, ...approvers] : approvers;
  return [...new Set(ids)].slice(0, MAX_REFRESH_USERS);
}

/** `evidenceUrl`: the signed link to the evidence pack, when this viewer gets one (EvidenceService.linkFor). */
export function approvalCard(
  request: RemovalRequest,
  locale: Locale,
  roles: RoleDirectory,
  viewer?: Viewer,
  evidenceUrl?: string,
): AdaptiveCardJson {
  const { viewer: who, approverNote } = approvalButtonsFor(viewer, request);
  return buildApprovalCard({
    locale,
    requestId: request.id,
    customer: { id: request.customerId, name: request.customerName, domain: request.customerDomain },
    requestedBy: request.requestedBy.name,
    requestedAt: request.requestedAt,
    reason: request.reason,
    attestationVersion: request.attestation.version,
    correlationId: request.correlationId,
    remediesBefore: request.remediesBefore?.map(({ remedy, name, by, at }) => ({
      remedy,
      name,
      by: by.name,
      at,
    })),
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
    schedule: scheduleView(request),
    gdapEnd: gdapEndView(request),
    viewer: who,
    approverNote,
    refreshUserIds: OPEN_STATES.includes(request.state) ? refreshUserIds(request, roles) : undefined,
    evidenceUrl,
  });
}
