/**
 * A removal still waiting (pending or approved) for a customer whose new-commerce subscription can be
 * cancelled only for a few more hours: once the 7-day window closes the subscription cannot be cancelled
 * until its term ends, and the removal waits with it (docs/partner-center.md §4). Finds those windows so the
 * team can be warned in time.
 */
import type { RemovalBlocker } from '../relationships/removalPreflight';
import type { RemovalRequest } from './removalRequest';
import type { RemovalWorkflow } from './removalWorkflow';

export interface ClosingWindow {
  request: RemovalRequest;
  blocker: RemovalBlocker & { cancellableUntil: string };
}

export async function findClosingWindows(
  workflow: RemovalWorkflow,
  blockersOf: (customerId: string) => Promise<RemovalBlocker[] | 'gone'>,
  now: Date,
  withinMs = 24 * 3_600_000,
): Promise<ClosingWindow[]> {
  const closing: ClosingWindow[] = [];
  const waiting = (await workflow.all()).filter(
    (request) => request.state === 'pending' || request.state === 'approved',
  );
  for (const request of waiting) {
    const blockers = await blockersOf(request.customerId);
    if (blockers === 'gone') continue;
    for (const blocker of blockers) {
      if (blocker.kind !== 'cancellableSubscription' || !blocker.cancellableUntil) continue;
      const left = Date.parse(blocker.cancellableUntil) - now.getTime();
      if (left > 0 && left <= withinMs)
        closing.push({ request, blocker: { ...blocker, cancellableUntil: blocker.cancellableUntil } });
    }
  }
  return closing;
}
