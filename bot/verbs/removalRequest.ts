/** `removal.request`: the attested request to remove the relationship, which then awaits approval. */
import { z } from 'zod/v4';
import { VERBS } from '../../cards/verbs';
import { requestRemoval } from '../flows/removalFlows';
import { id, preflightInputs } from './cardData';
import { cardVerb } from './cardVerb';

export const removalRequest = cardVerb({
  verb: VERBS.removalRequest,
  schema: z.object({ customerId: id, ...preflightInputs }),
  handle: (deps, turn, { customerId, ...inputs }) => requestRemoval(deps, turn, customerId, inputs),
});
