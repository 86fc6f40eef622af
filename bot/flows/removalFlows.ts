/** The removal card: pre-flight, remedies, the attested request, and the indirect reseller's ask to its provider. */
import { ATTESTATION_VERSION } from '../../cards/attestation';
import type { AdaptiveCardJson } from '../../cards/cardTemplate';
import { buildRemovalPreflightCard } from '../../cards/removalPreflightCard';
import type { RemovalPreflightView } from '../../cards/views';
import type { ReferenceLike } from '../../services/notifications/channelRegistry';
import type { Remedy } from '../../services/relationships/removalPreflight';
import type { PreflightReport, RemedyResult } from '../../services/relationships/removalService';
import { notice, refusalCard } from './notices';
import { requestedCard } from './requestedCards';
import type { FlowDependencies, Turn } from './turn';

function preflightView(turn: Turn, report: PreflightReport, lastAction?: RemedyResult): RemovalPreflightView {
  return { locale: turn.locale, ...report, attestationVersion: ATTESTATION_VERSION, lastAction };
}

export async function removalPreflight(
  deps: FlowDependencies,
  turn: Turn,
  customerId: string,
): Promise<AdaptiveCardJson> {
  const result = await deps.services.removal.preflight(turn.member, customerId);
  if (!result.ok) return refusalCard(turn, result);
  return buildRemovalPreflightCard(preflightView(turn, result.report));
}

export async function runRemedy(
  deps: FlowDependencies,
  turn: Turn,
  customerId: string,
  blockerId: string,
  remedy: Remedy,
): Promise<AdaptiveCardJson> {
  const result = await deps.services.removal.remediate(
    turn.actor,
    turn.member,
    customerId,
    blockerId,
    remedy,
  );
  if (!result.ok) return refusalCard(turn, result);
  return buildRemovalPreflightCard(preflightView(turn, result.report, result.result));
}

/**
 * The attested request. On success the answer is the requester's own card, which replaces the
 * pre-flight card they clicked in (`cardMessage`) and is kept so every later change replaces it too.
 */
export async function requestRemoval(
  deps: FlowDependencies,
  turn: Turn,
  customerId: string,
  input: { attested: boolean; reason: string },
  cardMessage?: { reference: ReferenceLike; activityId: string },
): Promise<AdaptiveCardJson> {
  const result = await deps.services.removal.requestRemoval(turn.actor, turn.member, customerId, {
    ...input,
    attestationVersion: ATTESTATION_VERSION,
  });
  if (result.ok) {
    const { request } = result;
    const { approvals } = deps.services;
    if (cardMessage)
      await approvals.followRequester(request, cardMessage.reference, cardMessage.activityId, turn.locale);
    const names = approvals.approversOf(request).map((approver) => approver.name);
    return requestedCard(request, await approvals.routeOf(request.id), names, turn.locale);
  }
  if (result.reason === 'removalRefused') {
    // The card comes back as it is now; a missing attestation or reason is enforced by the card's own
    // required inputs, so reaching here means the card was bypassed: show the state, changed nothing.
    return buildRemovalPreflightCard(preflightView(turn, result.report));
  }
  return refusalCard(turn, result);
}

export async function askProvider(
  deps: FlowDependencies,
  turn: Turn,
  customerId: string,
  reason: string,
): Promise<AdaptiveCardJson> {
  const result = await deps.services.removal.askProvider(turn.actor, turn.member, customerId, reason);
  if (!result.ok) return refusalCard(turn, result);
  const { request, delivery } = result;
  return delivery === 'sent'
    ? notice(turn, {
        kind: 'providerAsked',
        providerName: request.providerName,
        customerName: request.customerName,
      })
    : notice(turn, { kind: 'noProviderChannel', providerName: request.providerName });
}
