/**
 * `removal.preflight`: what stands between a customer and the end of the reseller relationship. From
 * the pre-flight card itself (Check again, or Keep it under a remedy's confirmation) it carries the
 * card's inputs, and the card comes back with them.
 */
import { VERBS } from '../../cards/verbs';
import { removalPreflight as preflight } from '../flows/removalFlows';
import { customerData, preflightInputs } from './cardData';
import { cardVerb } from './cardVerb';

export const removalPreflight = cardVerb({
  verb: VERBS.removalPreflight,
  schema: customerData.extend(preflightInputs),
  handle: (deps, turn, { customerId, ...inputs }) => preflight(deps, turn, customerId, inputs),
});
