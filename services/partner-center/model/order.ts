/**
 * The Order resource: what GET …/orders/{id} and the cancel-software-purchase PATCH return
 * (docs/partner-center.md §4). `creationDate` is the purchase date the perpetual-software window
 * counts from; a cancelled line keeps its place with quantity 0.
 */
import { z } from 'zod';

export const orderLineItemSchema = z.object({
  lineItemNumber: z.number().nullish(),
  offerId: z.string().nullish(),
  quantity: z.number().nullish(),
  friendlyName: z.string().nullish(),
});

export const orderSchema = z.object({
  id: z.string(),
  /** `completed` while any line is still live, `cancelled` once every line is (lowercased). */
  status: z
    .string()
    .transform((value) => value.toLowerCase())
    .nullish(),
  creationDate: z.string().nullish(),
  lineItems: z.array(orderLineItemSchema).nullish(),
});

export type Order = z.infer<typeof orderSchema>;

/** One line to cancel: the documented PATCH names each by number and offer. */
export interface OrderLineToCancel {
  lineItemNumber: number;
  offerId: string;
}
