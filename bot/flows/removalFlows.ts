/**
 * The removal card: pre-flight, remedies (asked, then confirmed), the attested request, and the
 * indirect reseller's ask to its provider. Every redraw of the pre-flight card keeps the attestation
 * tick and the reason the user left in it (the card's buttons carry them back).
 */
import { ATTESTATION_VERSION } from '../../cards/attestation';
import type { AdaptiveCardJson } from '../../cards/cardTemplate';
import { buildRemovalPreflightCard } from '../../cards/removalPreflightCard';
import type { PreflightInputs, RemovalPreflightView } from '../../cards/views';
import type { ReferenceLike } from '../../services/notifications/channelRegistry';
import type { RemedyAction } from '../../services/relationships/removalPreflight';
import { MAX_REASON_LENGTH, type PreflightReport } from '../../services/relationships/removalService';
import { notice, refusalCard } from './notices';
import { newRequestCard } from './requestedCards';
import type { FlowDependencies, Turn } from './turn';

/** A card opened by a command or another card: nothing ticked, nothing typed yet. */
const NO_INPUTS: PreflightInputs = { attested: false, reason: '' };

function preflightCard(
  turn: Turn,
  report: PreflightReport,
  inputs: PreflightInputs,
  extra: Partial<RemovalPreflightView> = {},
): AdaptiveCardJson {
  return buildRemovalPreflightCard({
    locale: turn.locale,
    ...report,
    attestationVersion: ATTESTATION_VERSION,
    inputs: { ...inputs, reason: inputs.reason.slice(0, MAX_REASON_LENGTH) },
    gdapChoices: report.gdapChoices,
    ...extra,
  });
}

export async function removalPreflight(
  deps: FlowDependencies,
  turn: Turn,
  customerId: string,
  inputs: PreflightInputs = NO_INPUTS,
): Promise<AdaptiveCardJson> {
  const result = await deps.services.removal.preflight(turn.member, customerId);
  if (!result.ok) return refusalCard(turn, result);
  return preflightCard(turn, result.report, inputs);
}

/**
 * A remedy button: the card comes back asking to confirm what it would change (the blockers named,
 * or every one offering it). Nothing reaches Partner Center.
 */
export async function askRemedy(
  deps: FlowDependencies,
  turn: Turn,
  customerId: string,
  remedy: RemedyAction,
  blockerIds: readonly string[] | undefined,
  inputs: PreflightInputs,
): Promise<AdaptiveCardJson> {
  const result = await deps.services.removal.proposeRemedy(turn.member, customerId, remedy, blockerIds);
  if (!result.ok) return refusalCard(turn, result);
  return preflightCard(turn, result.report, inputs, { confirmation: result.confirmation });
}

/** Confirm: the remedy runs on each blocker confirmed, and the card says what Partner Center answered. */
export async function confirmRemedy(
  deps: FlowDependencies,
  turn: Turn,
  customerId: string,
  remedy: RemedyAction,
  blockerIds: readonly string[],
  inputs: PreflightInputs,
): Promise<AdaptiveCardJson> {
  const result = await deps.services.removal.remediateAll(
    turn.actor,
    turn.member,
    customerId,
    remedy,
    blockerIds,
  );
  if (!result.ok) return refusalCard(turn, result);
  return preflightCard(turn, result.report, inputs, { results: result.results, skipped: result.skipped });
}

/**
 * The attested request. On success the answer is the requester's own card, which replaces the
 * pre-flight card they clicked in (`cardMessage`) and is kept so every later change replaces it too.
 */
export async function requestRemoval(
  deps: FlowDependencies,
  turn: Turn,
  customerId: string,
  inputs: PreflightInputs,
  cardMessage?: { reference: ReferenceLike; activityId: string },
  scheduled = false,
): Promise<AdaptiveCardJson> {
  const result = await deps.services.removal.requestRemoval(turn.actor, turn.member, customerId, {
    attested: inputs.attested,
    reason: inputs.reason,
    attestationVersion: ATTESTATION_VERSION,
    schedule: scheduled
      ? { onBlocked: inputs.onBlocked ?? 'wait', turnOffAutoRenew: inputs.autoRenewOff === true }
      : undefined,
    gdapToEnd: inputs.gdapToEnd,
  });
  if (result.ok) return newRequestCard(deps, turn, result.request, cardMessage);
  if (result.reason === 'removalRefused') {
    // The card comes back as it is now, with the inputs as they were; a missing attestation or reason
    // is said beside them (the card cannot require them: its remedy buttons carry them too).
    const { why } = result;
    const problem =
      why === 'notAttested' ||
      why === 'reasonMissing' ||
      why === 'autoRenewNotConfirmed' ||
      why === 'gdapChoiceStale'
        ? why
        : undefined;
    return preflightCard(turn, result.report, inputs, { problem });
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
