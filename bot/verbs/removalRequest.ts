/** `removal.request`: the attested request to remove the relationship, which then awaits approval. */
import { z } from 'zod/v4';
import { VERBS } from '../../cards/verbs';
import { requestRemoval } from '../flows/removalFlows';
import { id, reason } from './cardData';
import { cardVerb } from './cardVerb';

export const removalRequest = cardVerb({
  verb: VERBS.removalRequest,
  schema: z.object({
    customerId: id,
    // The checkbox input answers 'true' / 'false'.
    attested: z
      .union([z.boolean(), z.enum(['true', 'false'])])
      .transform((value) => value === true || value === 'true'),
    reason,
  }),
  handle: (deps, turn, { customerId, attested, reason }) =>
    requestRemoval(deps, turn, customerId, { attested, reason }),
});
