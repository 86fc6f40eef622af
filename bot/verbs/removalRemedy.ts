/**
 * `removal.remedy`: a blocker's remedy button (suspend, cancel, cancel a software order, turn off
 * auto-renew) asks first: the card comes back with what it would change and Confirm / Keep buttons.
 */
import { z } from 'zod/v4';
import { VERBS } from '../../cards/verbs';
import { askRemedy } from '../flows/removalFlows';
import { id, preflightInputs, remedy } from './cardData';
import { cardVerb } from './cardVerb';

export const removalRemedy = cardVerb({
  verb: VERBS.removalRemedy,
  schema: z.object({ customerId: id, blockerId: id, remedy, ...preflightInputs }),
  handle: (deps, turn, { customerId, blockerId, remedy: action, ...inputs }) =>
    askRemedy(deps, turn, customerId, action, [blockerId], inputs),
});
