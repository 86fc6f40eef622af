/** `removal.request`: the attested request to remove the relationship, which then awaits approval. */
import { TurnContext } from 'botbuilder';
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
  // The answer replaces the card clicked in (the invoke's replyToId): that message becomes the
  // requester's card, replaced again on every change of the request.
  handle: (deps, turn, { customerId, attested, reason }, context) => {
    const activityId = context.activity.replyToId;
    const cardMessage = activityId
      ? { reference: TurnContext.getConversationReference(context.activity), activityId }
      : undefined;
    return requestRemoval(deps, turn, customerId, { attested, reason }, cardMessage);
  },
});
