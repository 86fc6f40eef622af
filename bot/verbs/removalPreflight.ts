/** `removal.preflight`: what stands between a customer and the end of the reseller relationship. */
import { VERBS } from '../../cards/verbs';
import { removalPreflight as preflight } from '../flows/removalFlows';
import { customerData } from './cardData';
import { cardVerb } from './cardVerb';

export const removalPreflight = cardVerb({
  verb: VERBS.removalPreflight,
  schema: customerData,
  handle: (deps, turn, data) => preflight(deps, turn, data.customerId),
});
