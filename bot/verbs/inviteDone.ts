/** `invite.done`: the user sent the (possibly edited) invitation email; the draft is completed. */
import { z } from 'zod/v4';
import { VERBS } from '../../cards/verbs';
import { completeInvitation } from '../flows/invitationFlows';
import { id } from './cardData';
import { cardVerb } from './cardVerb';

export const inviteDone = cardVerb({
  verb: VERBS.inviteDone,
  schema: z.object({ draftId: id, emailBody: z.string().max(20_000) }),
  handle: (deps, turn, data) => completeInvitation(deps, turn, data.draftId, data.emailBody),
});
