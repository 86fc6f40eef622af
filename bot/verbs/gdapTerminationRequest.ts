/** `gdap.terminationRequest`: the confirmed request to end the chosen GDAP relationships, which then awaits approval. */
import { TurnContext } from 'botbuilder';
import { z } from 'zod/v4';
import { VERBS } from '../../cards/verbs';
import { requestGdapTermination } from '../flows/gdapTerminationFlows';
import { attested, gdapChoice, id, reason } from './cardData';
import { cardVerb } from './cardVerb';

export const gdapTerminationRequest = cardVerb({
  verb: VERBS.gdapTerminationRequest,
  schema: z.object({ customerId: id, gdapToEnd: gdapChoice(), reason, confirmed: attested }),
  // The answer replaces the card clicked in: it becomes the requester's card, replaced on every change.
  handle: (deps, turn, { customerId, ...inputs }, context) => {
    const activityId = context.activity.replyToId;
    const cardMessage = activityId
      ? { reference: TurnContext.getConversationReference(context.activity), activityId }
      : undefined;
    return requestGdapTermination(deps, turn, customerId, inputs, cardMessage);
  },
});
