/**
 * Whether a subscription can still be cancelled, as of now: Partner Center gives the last moment
 * (`cancellationAllowedUntilDate`, that instant included, docs/partner-center.md §4); a subscription
 * already deleted, expired or disabled has no window to speak of.
 */
import type { Subscription } from '../partner-center';

/** `at`: the last moment a cancel is (or was) allowed, ISO; `closed` once it has passed. */
export interface CancellationWindow {
  closed: boolean;
  at: string;
}

const ENDED_STATUSES = new Set<Subscription['status']>(['deleted', 'expired', 'disabled']);

export function cancellationWindow(
  subscription: Pick<Subscription, 'status' | 'cancellationAllowedUntilDate'>,
  now: Date,
): CancellationWindow | undefined {
  const until = subscription.cancellationAllowedUntilDate;
  if (!until || ENDED_STATUSES.has(subscription.status)) return undefined;
  return { closed: Date.parse(until) < now.getTime(), at: until };
}
