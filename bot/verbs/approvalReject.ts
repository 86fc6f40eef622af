/** `approval.reject`: an approver rejects a removal request, with the reason typed on the card. */
import { z } from 'zod/v4';
import { VERBS } from '../../cards/verbs';
import { decideRequest } from '../flows/workflowFlows';
import { id, reason } from './cardData';
import { cardVerb } from './cardVerb';

export const approvalReject = cardVerb({
  verb: VERBS.approvalReject,
  schema: z.object({ requestId: id, rejectReason: reason }),
  universalAction: true,
  handle: (deps, turn, data) =>
    decideRequest(deps, turn, data.requestId, { kind: 'reject', reason: data.rejectReason }),
});
