/**
 * Why the emulator refuses E4 (remove reseller relationship), the service's rule as the sandbox
 * models it (docs/partner-center.md §4). Kept apart from the bot's pre-flight on purpose: this is the
 * service, the pre-flight is our reading of it; test/relationships/removalRuleParity.test.ts holds
 * the two to the same verdict.
 *
 * Blocks the removal:
 * - any subscription that is neither deleted, expired nor disabled, except a suspended legacy or
 *   Azure plan one (a suspended NCE or software subscription is still billed; a pending one is
 *   still being provisioned);
 * - any entitlement neither cancelled nor expired: an Azure reservation (every spelling), a
 *   software purchase, or a type the sandbox does not know.
 * Does not block (**Assumption**, §4): perpetual software whose 30-day cancellation window has
 * closed, since nobody can cancel it any more.
 */
import { subscriptionCommerceModel } from '../model/subscription';

export interface RemovalBlocker {
  kind:
    | 'activeSubscription'
    | 'pendingSubscription'
    | 'suspendedNewCommerceSubscription'
    | 'activeReservation'
    | 'activeSoftware'
    | 'activeEntitlement';
  /** Subscription id or entitlement order id. */
  id: string;
  name: string;
}

export interface SubscriptionView {
  id: string;
  offerId: string;
  offerName: string;
  status: string;
  productType?: { id: string; displayName: string };
  cancellationAllowedUntilDate?: string | null;
}

export interface EntitlementView {
  entitlementType: string;
  productId: string;
  fulfillmentState: string;
  expiryDate?: string;
  referenceOrder: { id: string };
  /** The order's creation date, when the fixture gives one. */
  orderCreationDate?: string;
}

/** Perpetual software can be cancelled for 30 days after its order was created, that instant included. */
export const PERPETUAL_SOFTWARE_WINDOW_MS = 30 * 86_400_000;

const RESERVATION_SPELLINGS = new Set(['reservedinstance', 'virtualmachinereservedinstance']);

/** `software`, `reservation` or `other`, whatever the case, `_` or `-` of the served spelling. */
export function entitlementKind(entitlementType: string): 'software' | 'reservation' | 'other' {
  const key = entitlementType.toLowerCase().replace(/[_\-\s]/g, '');
  if (key === 'software') return 'software';
  return RESERVATION_SPELLINGS.has(key) ? 'reservation' : 'other';
}

/** The last instant a perpetual software order can be cancelled; undefined when its date is unknown. */
export function perpetualCancellationDeadline(entitlement: EntitlementView): number | undefined {
  if (entitlementKind(entitlement.entitlementType) !== 'software' || entitlement.expiryDate) return undefined;
  if (!entitlement.orderCreationDate) return undefined;
  return Date.parse(entitlement.orderCreationDate) + PERPETUAL_SOFTWARE_WINDOW_MS;
}

const GONE = new Set(['deleted', 'expired', 'disabled']);

export function removalBlockers(
  subscriptions: readonly SubscriptionView[],
  entitlements: readonly EntitlementView[],
  now: Date,
): RemovalBlocker[] {
  const blockers: RemovalBlocker[] = [];
  for (const subscription of subscriptions) {
    const model = subscriptionCommerceModel(subscription);
    const status = subscription.status.toLowerCase();
    const blocker = { id: subscription.id, name: subscription.offerName };
    if (GONE.has(status)) continue;
    if (status === 'active') blockers.push({ kind: 'activeSubscription', ...blocker });
    else if (status === 'suspended') {
      if (model === 'nce' || model === 'software')
        blockers.push({ kind: 'suspendedNewCommerceSubscription', ...blocker });
    } else blockers.push({ kind: 'pendingSubscription', ...blocker });
  }
  for (const entitlement of entitlements) {
    const state = entitlement.fulfillmentState.toLowerCase();
    const expired =
      entitlement.expiryDate !== undefined && Date.parse(entitlement.expiryDate) <= now.getTime();
    if (state === 'cancelled' || state === 'expired' || expired) continue;
    const deadline = perpetualCancellationDeadline(entitlement);
    if (deadline !== undefined && now.getTime() > deadline) continue;
    const kind = entitlementKind(entitlement.entitlementType);
    blockers.push({
      kind:
        kind === 'reservation'
          ? 'activeReservation'
          : kind === 'software'
            ? 'activeSoftware'
            : 'activeEntitlement',
      id: entitlement.referenceOrder.id,
      name: entitlement.productId,
    });
  }
  return blockers;
}

/** The description of the E4 refusal, in the wording the service and its samples use. */
export function describeBlockers(blockers: readonly RemovalBlocker[]): string {
  const reservations = blockers.filter((blocker) => blocker.kind === 'activeReservation');
  const others = blockers.filter((blocker) => blocker.kind !== 'activeReservation');
  const parts: string[] = [];
  if (reservations.length) {
    parts.push(
      `Customer relationship cannot be removed due to active Azure reserved instances.Please cancel the following orders: ${reservations.map((b) => b.id).join(', ')}`,
    );
  }
  if (others.length) {
    parts.push(
      `Customer relationship cannot be removed while subscriptions or software purchases are active. Please suspend legacy subscriptions and cancel new commerce subscriptions and software purchases: ${others.map((b) => b.id).join(', ')}`,
    );
  }
  return parts.join(' ');
}
