/** `invite.start`: a draft invitation for an existing customer, a new one, or a new one with a provider. */
import { z } from 'zod/v4';
import { VERBS } from '../../cards/verbs';
import { startInvitation } from '../flows/invitationFlows';
import { id } from './cardData';
import { cardVerb } from './cardVerb';

export const inviteStart = cardVerb({
  verb: VERBS.inviteStart,
  schema: z.union([
    z.object({ target: z.literal('existing'), customerId: id }),
    z.object({ target: z.literal('newWithProvider'), providerId: id.optional() }),
    z.object({ target: z.literal('new') }),
  ]),
  handle: (deps, turn, data) =>
    startInvitation(
      deps,
      turn,
      data.target === 'existing'
        ? { kind: 'existing', customerId: data.customerId }
        : data.target === 'newWithProvider'
          ? { kind: 'newWithProvider', providerId: data.providerId }
          : { kind: 'new' },
    ),
});
