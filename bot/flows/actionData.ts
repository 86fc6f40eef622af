/**
 * The `data` each Action.Execute verb may carry. Card data comes from the client, so it is parsed
 * here and anything else is a stale or forged action; ids in it are only lookup keys — the services
 * reload the records and check the user's role.
 */
import { z } from 'zod/v4';

/** Customer, request and draft ids are GUIDs or similar tokens: anything else is forged. */
const id = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9._:@-]+$/);

export const ACTION_DATA = {
  runCommand: z.object({ command: z.string().max(300) }),
  customersPage: z.object({
    query: z.string().max(300).default(''),
    page: z.coerce.number().int().min(0).max(100_000),
  }),
  customerShow: z.object({ customerId: id }),
  inviteStart: z.union([
    z.object({ target: z.literal('existing'), customerId: id }),
    z.object({ target: z.literal('newWithProvider'), providerId: id.optional() }),
    z.object({ target: z.literal('new') }),
  ]),
  inviteDone: z.object({ draftId: id, emailBody: z.string().max(20_000) }),
  removalPreflight: z.object({ customerId: id }),
  removalRemedy: z.object({
    customerId: id,
    blockerId: id,
    remedy: z.enum(['suspend', 'cancel', 'cancelSoftwareOrder']),
  }),
  removalRequest: z.object({
    customerId: id,
    attested: z
      .union([z.boolean(), z.enum(['true', 'false'])])
      .transform((value) => value === true || value === 'true'),
    reason: z.string().max(2000).default(''),
  }),
  removalAskProvider: z.object({ customerId: id, reason: z.string().max(2000).default('') }),
  approval: z.object({ requestId: id }),
  approvalReject: z.object({ requestId: id, rejectReason: z.string().max(2000).default('') }),
} as const;
