/** `customers.page`: another page of the customer picker. */
import { z } from 'zod/v4';
import { VERBS } from '../../cards/verbs';
import { customerPicker } from '../flows/customerFlows';
import { cardVerb } from './cardVerb';

export const customersPage = cardVerb({
  verb: VERBS.customersPage,
  schema: z.object({
    query: z.string().max(300).default(''),
    page: z.coerce.number().int().min(0).max(100_000),
    /** The command the picker was opened for ('' for `customers`). */
    next: z.enum([VERBS.customerShow, VERBS.inviteStart, VERBS.removalPreflight, '']).default(''),
  }),
  handle: (deps, turn, data) =>
    customerPicker(deps, turn, data.query, data.page, data.next === '' ? undefined : data.next),
});
