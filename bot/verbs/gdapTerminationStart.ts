/** `gdap.terminationStart`: the card to end a customer's GDAP relationships (the customer kept). */
import { z } from 'zod/v4';
import { VERBS } from '../../cards/verbs';
import { gdapTerminationCard } from '../flows/gdapTerminationFlows';
import { attested, gdapChoice, id, reason } from './cardData';
import { cardVerb } from './cardVerb';

export const gdapTerminationStart = cardVerb({
  verb: VERBS.gdapTerminationStart,
  // From the customer card: the id only; from its own Check again: the inputs too, shown again.
  schema: z.object({ customerId: id, gdapToEnd: gdapChoice(), reason, confirmed: attested }),
  handle: (deps, turn, { customerId, ...inputs }) => gdapTerminationCard(deps, turn, customerId, inputs),
});
