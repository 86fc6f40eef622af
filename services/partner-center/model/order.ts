/** The Order resource, as the cancel-software-purchase call (PATCH …/orders/{id}) returns it. */
import { z } from 'zod';

export const orderSchema = z.object({
  id: z.string(),
  status: z
    .string()
    .transform((value) => value.toLowerCase())
    .nullish(),
  lineItems: z
    .array(
      z.object({
        lineItemNumber: z.number().nullish(),
        offerId: z.string().nullish(),
        quantity: z.number().nullish(),
      }),
    )
    .nullish(),
});

export type Order = z.infer<typeof orderSchema>;
