/**
 * What the end of a new-commerce or software term does, by the sandbox clock: with auto-renew off the
 * subscription is `expired` from its commitment end date; with auto-renew on it renews for as many
 * terms as have ended (the commitment end date moves on by `termDuration`, and each renewal opens a
 * new 7-day cancellation window). Derived on every read, never stored, so a later SANDBOX_NOW sees it.
 *
 * **Assumption** (docs/partner-center.md §8): Microsoft documents `expired` among the subscription
 * statuses and that a term with auto-renew off ends instead of renewing, not the status reached at
 * that moment; if Partner Center shows another status, the pre-flight reads it as it does today.
 */
import type { SubscriptionCommerceModel } from '../model/subscription';

const TERM = /^P(\d+)([YMD])$/;
const WINDOW_DAYS = 7;
const DAY_MS = 86_400_000;

export interface TermFields {
  status: string;
  autoRenewEnabled?: boolean | null;
  commitmentEndDate?: string | null;
  termDuration?: string | null;
  cancellationAllowedUntilDate?: string | null;
}

function addTerm(date: Date, term: string): Date | undefined {
  const match = TERM.exec(term);
  if (!match || Number(match[1]) <= 0) return undefined;
  const next = new Date(date);
  const amount = Number(match[1]);
  if (match[2] === 'Y') next.setUTCFullYear(next.getUTCFullYear() + amount);
  else if (match[2] === 'M') next.setUTCMonth(next.getUTCMonth() + amount);
  else next.setUTCDate(next.getUTCDate() + amount);
  return next;
}

/** The fields a read shows at `now`: unchanged while the term runs. */
export function asOfTermEnd<T extends TermFields>(
  subscription: T,
  model: SubscriptionCommerceModel,
  now: Date,
): T {
  if (model !== 'nce' && model !== 'software') return subscription;
  if (subscription.status !== 'active' && subscription.status !== 'suspended') return subscription;
  const end = subscription.commitmentEndDate ? Date.parse(subscription.commitmentEndDate) : NaN;
  if (Number.isNaN(end) || end > now.getTime()) return subscription;
  if (subscription.autoRenewEnabled === false) return { ...subscription, status: 'expired' };
  if (!subscription.termDuration) return subscription;
  let termEnd = new Date(end);
  let renewedAt = termEnd;
  for (let guard = 0; termEnd.getTime() <= now.getTime() && guard < 1000; guard++) {
    const next = addTerm(termEnd, subscription.termDuration);
    if (!next) return subscription;
    renewedAt = termEnd;
    termEnd = next;
  }
  return {
    ...subscription,
    commitmentEndDate: termEnd.toISOString(),
    cancellationAllowedUntilDate: new Date(renewedAt.getTime() + WINDOW_DAYS * DAY_MS).toISOString(),
  };
}
