/** `approval.approve`: an approver approves a removal request (maker-checker). */
import { VERBS } from '../../cards/verbs';
import { decideRequest } from '../flows/workflowFlows';
import { requestData } from './cardData';
import { cardVerb } from './cardVerb';

export const approvalApprove = cardVerb({
  verb: VERBS.approvalApprove,
  schema: requestData,
  universalAction: true,
  handle: (deps, turn, data) => decideRequest(deps, turn, data.requestId, { kind: 'approve' }),
});
