/** `removal.request`: the attested request to remove the relationship, which then awaits approval. */
import { TurnContext } from 'botbuilder';
import { z } from 'zod/v4';
import { VERBS } from '../../cards/verbs';
import { requestRemoval } from '../flows/removalFlows';
import { id, preflightInputs } from './cardData';
import { cardVerb } from './cardVerb';

export const removalRequest = cardVerb({
  verb: VERBS.removalRequest,
  // `scheduled`: the button of a removal only dates block (request now, run after the last date).
  schema: z.object({ customerId: id, scheduled: z.enum(['true']).optional(), ...preflightInputs }),
  // The answer replaces the card clicked in (the invoke's replyToId): that message becomes the
  // requester's card, replaced again on every change of the request.
  handle: (deps, turn, { customerId, scheduled, ...inputs }, context) => {
    const activityId = context.activity.replyToId;
    const cardMessage = activityId
      ? { reference: TurnContext.getConversationReference(context.activity), activityId }
      : undefined;
    return requestRemoval(deps, turn, customerId, inputs, cardMessage, scheduled === 'true');
  },
});
