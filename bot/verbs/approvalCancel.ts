/** `approval.cancel`: the requester withdraws their removal request. */
import { VERBS } from '../../cards/verbs';
import { decideRequest } from '../flows/workflowFlows';
import { requestData } from './cardData';
import { cardVerb } from './cardVerb';

export const approvalCancel = cardVerb({
  verb: VERBS.approvalCancel,
  schema: requestData,
  universalAction: true,
  handle: (deps, turn, data) => decideRequest(deps, turn, data.requestId, { kind: 'cancel' }),
});
