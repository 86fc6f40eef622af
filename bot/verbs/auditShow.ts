/** `audit.show`: a customer's history, from a choice between matches. */
import { VERBS } from '../../cards/verbs';
import { auditTrail } from '../flows/workflowFlows';
import { customerData } from './cardData';
import { cardVerb } from './cardVerb';

export const auditShow = cardVerb({
  verb: VERBS.auditShow,
  schema: customerData,
  handle: async (deps, turn, { customerId }) => {
    // A customer whose relationship ended is no longer in the directory: its id still finds the trail.
    const customer = await deps.services.directory.byId(customerId);
    return auditTrail(deps, turn, customer ?? { id: customerId, name: customerId });
  },
});
