/** `customer.show`: one customer's details, from the picker or a choice between matches. */
import { VERBS } from '../../cards/verbs';
import { customerDetailsCard } from '../flows/customerFlows';
import { customerData } from './cardData';
import { cardVerb } from './cardVerb';

export const customerShow = cardVerb({
  verb: VERBS.customerShow,
  schema: customerData,
  handle: (deps, turn, data) => customerDetailsCard(deps, turn, data.customerId),
});
