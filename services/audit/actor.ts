/** Who did something: the person as the audit trail, removal requests and approval cards name them. */
import { z } from 'zod';

export const actorSchema = z.object({
  name: z.string(),
  aadObjectId: z.string().optional(),
  userId: z.string().optional(),
});
export type Actor = z.infer<typeof actorSchema>;

/** Same person: Entra object id when both have one, else Teams user id, else name. */
export function sameActor(a: Actor, b: Actor): boolean {
  if (a.aadObjectId && b.aadObjectId) return a.aadObjectId.toLowerCase() === b.aadObjectId.toLowerCase();
  if (a.userId && b.userId) return a.userId === b.userId;
  return a.name === b.name;
}

/** The desk itself, when it acts on its own (an expiry, a scheduled step, an execution). */
export const DESK_ACTOR: Actor = { name: 'Reseller Desk' };
