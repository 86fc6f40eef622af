/** `invite.keepEdit`: the draft keeps the edited e-mail, and the card's mail button now carries it. */
import { z } from 'zod/v4';
import { VERBS } from '../../cards/verbs';
import { completeInvitation } from '../flows/invitationFlows';
import { id } from './cardData';
import { cardVerb } from './cardVerb';

export const inviteKeepEdit = cardVerb({
  verb: VERBS.inviteKeepEdit,
  schema: z.object({ draftId: id, emailBody: z.string().max(20_000) }),
  handle: (deps, turn, data) => completeInvitation(deps, turn, data.draftId, data.emailBody, 'keepEdit'),
});
