/** The schedule a removal request carries when only dates block it (its lifecycle: removalRequest.ts). */
import { z } from 'zod';

/**
 * A removal that cannot happen yet, only because of dates (new-commerce terms, reservations ending):
 * planned at request time, run by the sweep once the last date has passed and the pre-flight is clear.
 */
export const removalScheduleSchema = z.object({
  /** The blocking dates (ISO), ascending; the removal runs once the last has passed. */
  dates: z.array(z.string()).min(1),
  /** When something new blocks the removal on the day: keep waiting, or fail the request. */
  onBlocked: z.enum(['wait', 'fail']),
  /** Subscriptions whose auto-renew is turned off once approved, so their terms end instead of renewing. */
  autoRenewOff: z.array(z.object({ id: z.string(), name: z.string() })),
  /** What turning auto-renew off gave, per subscription (after approval), as Partner Center confirmed it. */
  prepared: z
    .array(
      z.object({
        id: z.string(),
        name: z.string(),
        ok: z.boolean(),
        code: z.string().optional(),
        description: z.string().optional(),
        correlationId: z.string().optional(),
      }),
    )
    .optional(),
  /** The last check on or after a date: when, and what blocked (names), if anything. */
  lastCheck: z.object({ at: z.string(), blockedBy: z.array(z.string()) }).optional(),
});
export type RemovalSchedule = z.infer<typeof removalScheduleSchema>;

/** When a scheduled removal may run: after its last blocking date. */
export function scheduledFor(schedule: RemovalSchedule): string {
  return schedule.dates[schedule.dates.length - 1];
}
