/** `removal.askProvider`: an indirect reseller asks its provider to remove the relationship. */
import { z } from 'zod/v4';
import { VERBS } from '../../cards/verbs';
import { askProvider } from '../flows/removalFlows';
import { id, reason } from './cardData';
import { cardVerb } from './cardVerb';

export const removalAskProvider = cardVerb({
  verb: VERBS.removalAskProvider,
  schema: z.object({ customerId: id, reason }),
  handle: (deps, turn, data) => askProvider(deps, turn, data.customerId, data.reason),
});
