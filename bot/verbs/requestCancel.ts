/** `request.cancel`: the requester withdraws their removal request from their own card. */
import { VERBS } from '../../cards/verbs';
import { cancelOwnRequest } from '../flows/workflowFlows';
import { requestData } from './cardData';
import { cardVerb } from './cardVerb';

export const requestCancel = cardVerb({
  verb: VERBS.requestCancel,
  schema: requestData,
  handle: (deps, turn, data) => cancelOwnRequest(deps, turn, data.requestId),
});
