/**
 * Ending GDAP relationships on their own (the customer kept): the card, then the request, which
 * approvers decide like a removal. The answer to the request is the requester's own card, replaced in
 * place on every later change (as for a removal).
 */
import type { AdaptiveCardJson } from '../../cards/cardTemplate';
import { buildGdapTerminationCard } from '../../cards/gdapTerminationCard';
import type { GdapTerminationView } from '../../cards/views';
import type { ReferenceLike } from '../../services/notifications/channelRegistry';
import type { GdapTerminationReport } from '../../services/relationships/gdapTerminationService';
import { refusalCard } from './notices';
import { newRequestCard } from './requestedCards';
import type { FlowDependencies, Turn } from './turn';

export interface GdapTerminationInputs {
  gdapToEnd: string[];
  reason: string;
  confirmed: boolean;
}

const CARD_REFUSALS = new Set(['role', 'unavailable', 'noActive', 'pendingRequest'] as const);
type CardRefusal = NonNullable<GdapTerminationView['refusal']>;
const CARD_PROBLEMS = new Set(['noneChosen', 'notConfirmed', 'reasonMissing', 'choiceStale'] as const);
type CardProblem = NonNullable<GdapTerminationView['problem']>;

function card(
  turn: Turn,
  report: GdapTerminationReport,
  inputs?: GdapTerminationInputs,
  problem?: CardProblem,
): AdaptiveCardJson {
  const refusal = report.refusal as CardRefusal | undefined;
  return buildGdapTerminationCard({
    locale: turn.locale,
    customer: report.customer,
    gdap: report.gdap,
    choices: report.choices,
    refusal: refusal && CARD_REFUSALS.has(refusal) ? refusal : undefined,
    pendingRequest: report.pendingRequest,
    inputs,
    problem,
    checkedAt: report.checkedAt,
  });
}

export async function gdapTerminationCard(
  deps: FlowDependencies,
  turn: Turn,
  customerId: string,
  inputs?: GdapTerminationInputs,
): Promise<AdaptiveCardJson> {
  const result = await deps.services.gdapTermination.preflight(turn.member, customerId);
  if (!result.ok) return refusalCard(turn, result);
  return card(turn, result.report, inputs);
}

export async function requestGdapTermination(
  deps: FlowDependencies,
  turn: Turn,
  customerId: string,
  inputs: GdapTerminationInputs,
  cardMessage?: { reference: ReferenceLike; activityId: string },
): Promise<AdaptiveCardJson> {
  const result = await deps.services.gdapTermination.request(turn.actor, turn.member, customerId, {
    relationshipIds: inputs.gdapToEnd,
    reason: inputs.reason,
    confirmed: inputs.confirmed,
  });
  if (result.ok) return newRequestCard(deps, turn, result.request, cardMessage);
  if (result.reason === 'gdapRefused') {
    const problem = CARD_PROBLEMS.has(result.why as CardProblem) ? (result.why as CardProblem) : undefined;
    return card(turn, result.report, inputs, problem);
  }
  return refusalCard(turn, result);
}
