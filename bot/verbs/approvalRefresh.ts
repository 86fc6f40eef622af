/** `approval.refresh`: the Universal Actions refresh, the approval card as this user should see it now. */
import { VERBS } from '../../cards/verbs';
import { approvalView } from '../flows/workflowFlows';
import { requestData } from './cardData';
import { cardVerb } from './cardVerb';

export const approvalRefresh = cardVerb({
  verb: VERBS.approvalRefresh,
  schema: requestData,
  universalAction: true,
  handle: (deps, turn, data) => approvalView(deps, turn, data.requestId),
});
