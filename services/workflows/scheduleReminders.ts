/**
 * Reminders of a scheduled removal's dates: 7 days and 1 day before each blocking date, once each
 * (the notification's dedupe key keeps it once), never after the date. Read by the services'
 * periodic work (services/deskServices.ts), told by the notification plan.
 */
import type { RemovalRequest } from './removalRequest';

export const REMINDER_DAYS = [7, 1] as const;
const DAY_MS = 86_400_000;

export interface DueReminder {
  request: RemovalRequest;
  /** The blocking date it reminds of. */
  date: string;
  daysBefore: (typeof REMINDER_DAYS)[number];
}

export function dueReminders(requests: readonly RemovalRequest[], now: Date): DueReminder[] {
  const due: DueReminder[] = [];
  const at = now.getTime();
  for (const request of requests) {
    if (request.state !== 'scheduled' || !request.schedule) continue;
    for (const date of request.schedule.dates) {
      const day = Date.parse(date);
      if (Number.isNaN(day) || at >= day) continue;
      // The closest reminder only: 1 day before wins over 7 days before.
      const daysBefore = REMINDER_DAYS.filter((days) => at >= day - days * DAY_MS).at(-1);
      if (daysBefore !== undefined) due.push({ request, date, daysBefore });
    }
  }
  return due;
}
