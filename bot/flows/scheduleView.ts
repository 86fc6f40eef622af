/** A request's schedule as the approval card and the requester's card show it. */
import type { ScheduleView } from '../../cards/views';
import { scheduledFor, type RemovalRequest } from '../../services/workflows/removalRequest';

export function scheduleView(request: RemovalRequest): ScheduleView | undefined {
  const { schedule } = request;
  if (!schedule) return undefined;
  return {
    scheduledFor: scheduledFor(schedule),
    autoRenewOff: schedule.autoRenewOff.map((row) => row.name),
    prepared: schedule.prepared?.map(({ name, ok }) => ({ name, ok })),
    onBlocked: schedule.onBlocked,
    lastCheck: schedule.lastCheck,
  };
}
