/**
 * `removal.remedyConfirm`: the confirmation of a remedy: it runs on each blocker listed that still
 * offers it (the service reloads and re-checks each one), and the card reports each result.
 */
import { z } from 'zod/v4';
import { VERBS } from '../../cards/verbs';
import { confirmRemedy } from '../flows/removalFlows';
import { id, preflightInputs, remedy } from './cardData';
import { cardVerb } from './cardVerb';

/** More than a customer's blockers ever are: a longer list is forged. */
const MAX_BLOCKERS = 100;

export const removalRemedyConfirm = cardVerb({
  verb: VERBS.removalRemedyConfirm,
  schema: z.object({
    customerId: id,
    remedy,
    blockerIds: z.array(id).min(1).max(MAX_BLOCKERS),
    ...preflightInputs,
  }),
  handle: (deps, turn, { customerId, remedy: action, blockerIds, ...inputs }) =>
    confirmRemedy(deps, turn, customerId, action, blockerIds, inputs),
});
