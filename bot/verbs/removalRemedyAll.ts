/**
 * `removal.remedyAll`: "Suspend all (3)" and the like: asks one confirmation for every blocker that
 * offers the remedy now.
 */
import { z } from 'zod/v4';
import { VERBS } from '../../cards/verbs';
import { askRemedy } from '../flows/removalFlows';
import { id, preflightInputs, remedy } from './cardData';
import { cardVerb } from './cardVerb';

export const removalRemedyAll = cardVerb({
  verb: VERBS.removalRemedyAll,
  schema: z.object({ customerId: id, remedy, ...preflightInputs }),
  handle: (deps, turn, { customerId, remedy: action, ...inputs }) =>
    askRemedy(deps, turn, customerId, action, undefined, inputs),
});
