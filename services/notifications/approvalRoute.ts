/** Where a removal request's approval card went (services/notifications/approvalDelivery.ts keeps it). */
import { z } from 'zod';

export const approvalRouteSchema = z.object({
  /** The channels the approval card was posted to, each named by who ran `notify here` there. */
  channels: z.array(z.string()),
  /** Approvers who were sent the card in a 1:1 chat. */
  people: z.array(z.string()),
  /** Approvers the bot could not reach (no chat known and none could be opened). */
  unreachable: z.array(z.string()),
  /** Everyone who may approve this request (the roles file's approvers, not the requester). */
  approvers: z.array(z.string()),
});

export type ApprovalRoute = z.infer<typeof approvalRouteSchema>;
