/**
 * When a scheduled removal is checked again, and what a check means (the pure part; the execution
 * is removalExecution.ts): due once its last blocking date has passed, then again every
 * RECHECK_EVERY_MS while something still blocks it. On the day, nothing left means the removal runs;
 * anything left is new — every date it was planned for has passed, so even a dated blocker (a term
 * that renewed, a new reservation) was not in the plan — and the requester chose, at request time,
 * whether it then keeps waiting or fails.
 */
import type { RemovalBlocker } from '../relationships/removalPreflight';
import { scheduledFor, type RemovalRequest } from './removalRequest';

/** How often a scheduled request past its date is checked again while something still blocks it. */
export const RECHECK_EVERY_MS = 6 * 3_600_000;

export function checkDue(request: RemovalRequest, now: Date): boolean {
  if (request.state !== 'scheduled' || !request.schedule) return false;
  const due = Date.parse(scheduledFor(request.schedule));
  if (now.getTime() < due) return false;
  const last = request.schedule.lastCheck ? Date.parse(request.schedule.lastCheck.at) : undefined;
  return last === undefined || last < due || now.getTime() - last >= RECHECK_EVERY_MS;
}

/** What a check on or after the date found: clear, or what blocks it now. */
export function scheduledCheck(blockers: RemovalBlocker[] | 'gone'): 'clear' | { blockedBy: string[] } {
  if (blockers === 'gone' || blockers.length === 0) return 'clear';
  return { blockedBy: blockers.map((blocker) => blocker.name) };
}
