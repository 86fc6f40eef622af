/**
 * Requests and their history: the `requests` list, a customer's `audit` trail, `audit export`, and
 * approval decisions.
 */
import { buildAuditExportCard } from '../../cards/auditExportCard';
import { buildAuditTrailCard } from '../../cards/auditTrailCard';
import type { AdaptiveCardJson } from '../../cards/cardTemplate';
import { buildRequestListCard } from '../../cards/requestListCard';
import { approvalButtonsFor } from '../../services/access/policy';
import { MAX_PERIOD_DAYS } from '../../services/audit/auditExport';
import { exportExample } from '../commands/commandCatalog';
import { scheduledFor, type Decision, type RemovalRequest } from '../../services/workflows/removalRequest';
import { approvalCard } from './approvalCards';
import { notice, refusalCard } from './notices';
import { requestedCard } from './requestedCards';
import type { FlowDependencies, Turn } from './turn';

const MAX_AUDIT_ROWS = 30;

/** `requests`: each row opens the request's approval card as this person sees it (with its buttons). */
export async function requestList(deps: FlowDependencies, turn: Turn): Promise<AdaptiveCardJson> {
  const result = await deps.services.workflow.list(turn.member);
  if (!result.ok) return refusalCard(turn, result);
  return buildRequestListCard({
    locale: turn.locale,
    rows: result.requests.map((request) => {
      const buttons = approvalButtonsFor(turn, request);
      return {
        requestId: request.id,
        customer: { id: request.customerId, name: request.customerName, domain: request.customerDomain },
        state: request.state,
        requestedBy: request.requestedBy.name,
        requestedAt: request.requestedAt,
        canDecide: request.state === 'pending' && buttons.viewer === 'approver' && !buttons.approverNote,
        scheduledFor: request.schedule ? scheduledFor(request.schedule) : undefined,
      };
    }),
  });
}

/** The requester withdraws their request from their own card, which then shows it withdrawn. */
export async function cancelOwnRequest(
  deps: FlowDependencies,
  turn: Turn,
  requestId: string,
): Promise<AdaptiveCardJson> {
  const { workflow, approvals } = deps.services;
  const result = await workflow.decide(turn.actor, turn.member, requestId, { kind: 'cancel' });
  const request = 'request' in result ? result.request : await workflow.get(requestId);
  if (!request) return notice(turn, { kind: 'requestNotFound' });
  const names = approvals.approversOf(request).map((approver) => approver.name);
  return requestedCard(request, await approvals.routeOf(request.id), names, turn.locale);
}

export async function auditTrail(
  deps: FlowDependencies,
  turn: Turn,
  customer: { id: string; name: string; domain?: string },
): Promise<AdaptiveCardJson> {
  const result = await deps.services.audit.list(turn.member, customer.id);
  if (!result.ok) return refusalCard(turn, result);
  const { entries } = result;
  return buildAuditTrailCard({
    locale: turn.locale,
    customer: { name: customer.name, domain: customer.domain },
    total: entries.length,
    entries: entries
      .slice(-MAX_AUDIT_ROWS)
      .reverse()
      .map((entry) => ({
        at: entry.at,
        actor: entry.actor.name,
        action: entry.action,
        detail: entry.detail,
      })),
  });
}

/**
 * `audit export <from> <to>`: the links to the period's entries across customers, for a member who may
 * see the audit; for days that are not a period, how to type them.
 */
export async function auditExport(
  deps: FlowDependencies,
  turn: Turn,
  days: readonly string[],
): Promise<AdaptiveCardJson> {
  const [from = '', to = '', ...extra] = days;
  const result = await deps.services.evidence.requestExport(
    turn.actor,
    turn.member,
    from,
    extra.length > 0 ? '' : to,
    turn.locale,
  );
  if (result.ok) {
    return buildAuditExportCard({
      locale: turn.locale,
      kind: 'links',
      from: result.period.from,
      to: result.period.to,
      csvUrl: result.csv.url,
      jsonUrl: result.json.url,
      expiresAt: result.csv.expiresAt,
    });
  }
  if (result.reason === 'notAllowed') return refusalCard(turn, result);
  return buildAuditExportCard({
    locale: turn.locale,
    kind: 'invalid',
    problem: result.reason === 'invalidPeriod' ? result.problem : 'unavailable',
    example: exportExample(turn.locale),
    maxDays: MAX_PERIOD_DAYS,
  });
}

/** The evidence pack's link for this person, on a completed or failed request's card. */
function evidenceLink(deps: FlowDependencies, turn: Turn, request: RemovalRequest): string | undefined {
  return deps.services.evidence.linkFor(request, turn.locale, turn);
}

/** The approval card as this user should see it now (Universal Actions refresh). */
export async function approvalView(
  deps: FlowDependencies,
  turn: Turn,
  requestId: string,
): Promise<AdaptiveCardJson> {
  const request = await deps.services.workflow.get(requestId);
  if (!request) return notice(turn, { kind: 'requestNotFound' });
  return approvalCard(request, turn.locale, deps.roles, turn, evidenceLink(deps, turn, request));
}

/** Approve, reject or cancel; answers with the card as it now stands for this user. */
export async function decideRequest(
  deps: FlowDependencies,
  turn: Turn,
  requestId: string,
  decision: Decision,
): Promise<AdaptiveCardJson> {
  const result = await deps.services.workflow.decide(turn.actor, turn.member, requestId, decision);
  // Decided, or refused (already decided, own request, no right): the card shows the request as it
  // stands, with who decided and when, and only the buttons this user may use.
  const request = 'request' in result ? result.request : await deps.services.workflow.get(requestId);
  if (!request) return notice(turn, { kind: 'requestNotFound' });
  return approvalCard(request, turn.locale, deps.roles, turn, evidenceLink(deps, turn, request));
}
