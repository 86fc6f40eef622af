/** `removal.remedy`: suspend or cancel what blocks a removal, then the pre-flight again. */
import { z } from 'zod/v4';
import { VERBS } from '../../cards/verbs';
import { runRemedy } from '../flows/removalFlows';
import { id } from './cardData';
import { cardVerb } from './cardVerb';

export const removalRemedy = cardVerb({
  verb: VERBS.removalRemedy,
  schema: z.object({
    customerId: id,
    blockerId: id,
    remedy: z.enum(['suspend', 'cancel', 'cancelSoftwareOrder']),
  }),
  handle: (deps, turn, data) => runRemedy(deps, turn, data.customerId, data.blockerId, data.remedy),
});
