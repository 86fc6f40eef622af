/**
 * Removal when possible: a removal that only dates block can be requested now and run by itself after
 * the last one (the scheduled lifecycle: services/workflows/removalRequest.ts and scheduledRemoval.ts).
 */
import type { RemovalBlocker } from './removalPreflight';

/**
 * A removal blocked only by dates — new-commerce subscriptions locked until their term ends,
 * reservations until they expire — can be requested now and scheduled for the last date: those dates,
 * ascending. Undefined when nothing blocks, or anything else does (or a date is unknown).
 */
export function blockingDates(blockers: readonly RemovalBlocker[]): string[] | undefined {
  if (blockers.length === 0) return undefined;
  const dates = new Set<string>();
  for (const blocker of blockers) {
    const dated = blocker.kind === 'lockedSubscription' || blocker.kind === 'activeReservation';
    if (!dated || !blocker.blockedUntil || Number.isNaN(Date.parse(blocker.blockedUntil))) return undefined;
    dates.add(new Date(blocker.blockedUntil).toISOString());
  }
  return [...dates].sort();
}

/**
 * What the pre-flight offers when only dates block the removal: request it now, scheduled for the
 * last date, with auto-renew turned off on the subscriptions that would otherwise renew (and block).
 */
export interface ScheduleOffer {
  dates: string[];
  scheduledFor: string;
  /** Locked subscriptions whose auto-renew is on (or unknown): turned off once approved, if confirmed. */
  autoRenewOn: { id: string; name: string }[];
}

export function scheduleOffer(blockers: readonly RemovalBlocker[]): ScheduleOffer | undefined {
  const dates = blockingDates(blockers);
  if (!dates) return undefined;
  const autoRenewOn = blockers
    .filter((blocker) => blocker.kind === 'lockedSubscription' && blocker.autoRenewEnabled !== false)
    .map((blocker) => ({ id: blocker.id, name: blocker.name }));
  return { dates, scheduledFor: dates[dates.length - 1], autoRenewOn };
}
