/**
 * Why the emulator refuses E4 (remove reseller relationship), like the service and the Partner Center
 * UI ("If any subscriptions are still active, the Remove reseller relationship link will be inactive"):
 * any active subscription, any suspended NCE/software subscription (still billed, must be cancelled),
 * any active Azure reservation or software entitlement.
 */
import { subscriptionCommerceModel } from '../model/subscription';

export interface RemovalBlocker {
  kind: 'activeSubscription' | 'suspendedNewCommerceSubscription' | 'activeReservation' | 'activeSoftware';
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
}

export function removalBlockers(
  subscriptions: readonly SubscriptionView[],
  entitlements: readonly EntitlementView[],
  now: Date,
): RemovalBlocker[] {
  const blockers: RemovalBlocker[] = [];
  for (const subscription of subscriptions) {
    const model = subscriptionCommerceModel(subscription);
    if (subscription.status === 'active') {
      blockers.push({ kind: 'activeSubscription', id: subscription.id, name: subscription.offerName });
    } else if (subscription.status === 'suspended' && (model === 'nce' || model === 'software')) {
      blockers.push({
        kind: 'suspendedNewCommerceSubscription',
        id: subscription.id,
        name: subscription.offerName,
      });
    }
  }
  for (const entitlement of entitlements) {
    const expired =
      entitlement.expiryDate !== undefined && Date.parse(entitlement.expiryDate) <= now.getTime();
    if (entitlement.fulfillmentState !== 'fulfilled' || expired) continue;
    blockers.push({
      kind: entitlement.entitlementType === 'reservedinstance' ? 'activeReservation' : 'activeSoftware',
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
