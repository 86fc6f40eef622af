/**
 * The pieces of card `data` several verbs share. Ids in it are only lookup keys: the services reload
 * the records and check the user's role.
 */
import { z } from 'zod/v4';

/** Customer, request and draft ids are GUIDs or similar tokens: anything else is forged. */
export const id = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9._:@-]+$/);

/** A reason typed into a card, possibly left empty. */
export const reason = z.string().max(2000).default('');

/** data: { customerId }. */
export const customerData = z.object({ customerId: id });

/** data: { requestId }. */
export const requestData = z.object({ requestId: id });
