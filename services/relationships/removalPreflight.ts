/**
 * The removal pre-flight: what stands between a customer and the removal of the reseller
 * relationship, and the remedy for each (seeds 000, 002, 003; partner-center.md §5.2, §6).
 *
 * - active legacy subscription → suspend it (a suspended legacy subscription is not billed);
 * - Azure plan → suspend it;
 * - new-commerce (NCE) or software subscription, active or suspended, inside its cancellation window
 *   (`cancellationAllowedUntilDate`, never computed here) → cancel it, prorated refund; a suspended
 *   one is still billed and must be cancelled all the same;
 * - the same outside the window → blocked until the term ends (`commitmentEndDate`); suggest turning
 *   off auto-renew;
 * - active Azure reservation → only Azure support can cancel it;
 * - software purchase (perpetual) → cancel the order.
 * Deleted, expired and disabled subscriptions and suspended legacy ones block nothing.
 */
import {
  isEntitlementActive,
  isReservation,
  subscriptionCommerceModel,
  type Entitlement,
  type Subscription,
} from '../partner-center';

export type BlockerKind =
  | 'activeLegacySubscription'
  | 'activeAzurePlan'
  | 'cancellableSubscription'
  | 'lockedSubscription'
  | 'pendingSubscription'
  | 'activeReservation'
  | 'softwarePurchase';

/** What the user can do about a blocker from the card; `none` means the card explains instead. */
export type Remedy = 'suspend' | 'cancel' | 'cancelSoftwareOrder' | 'none';

export interface RemovalBlocker {
  kind: BlockerKind;
  remedy: Remedy;
  /** Subscription id, or the order id of an entitlement. */
  id: string;
  /** The product as people know it (offer or friendly name, or product id). */
  name: string;
  quantity?: number;
  /** cancellableSubscription: the last moment a cancel is allowed. */
  cancellableUntil?: string;
  /** lockedSubscription: when the term ends; activeReservation: when it expires. */
  blockedUntil?: string;
  /** Suspended new-commerce subscriptions are still billed. */
  stillBilled?: boolean;
  autoRenewEnabled?: boolean;
  /** The subscription is new commerce or software (for the card's wording). */
  commerce?: 'legacy' | 'nce' | 'azurePlan' | 'software';
  /**
   * The state the blocker was read in (status and etag, or fulfilment state): a remedy's request id is
   * derived from it, so two clicks on the same state are one request to Partner Center.
   */
  revision: string;
}

const HARMLESS_STATUSES = new Set(['deleted', 'expired', 'disabled']);

function subscriptionName(subscription: Subscription): string {
  return subscription.friendlyName || subscription.offerName || subscription.offerId;
}

function subscriptionBlocker(subscription: Subscription, now: Date): RemovalBlocker | undefined {
  if (HARMLESS_STATUSES.has(subscription.status)) return undefined;
  const commerce = subscriptionCommerceModel(subscription);
  const base = {
    id: subscription.id,
    name: subscriptionName(subscription),
    quantity: subscription.quantity,
    commerce,
    revision: `${subscription.status}:${subscription.attributes?.etag ?? ''}`,
  };
  const suspended = subscription.status === 'suspended';
  if (subscription.status !== 'active' && !suspended) {
    return { ...base, kind: 'pendingSubscription', remedy: 'none' };
  }
  switch (commerce) {
    case 'legacy':
      return suspended ? undefined : { ...base, kind: 'activeLegacySubscription', remedy: 'suspend' };
    case 'azurePlan':
      return suspended ? undefined : { ...base, kind: 'activeAzurePlan', remedy: 'suspend' };
    case 'nce':
    case 'software': {
      const until = subscription.cancellationAllowedUntilDate;
      if (until && Date.parse(until) > now.getTime()) {
        return {
          ...base,
          kind: 'cancellableSubscription',
          remedy: 'cancel',
          cancellableUntil: until,
          stillBilled: suspended,
        };
      }
      return {
        ...base,
        kind: 'lockedSubscription',
        remedy: 'none',
        blockedUntil: subscription.commitmentEndDate ?? subscription.commitmentEndDateTime ?? undefined,
        stillBilled: suspended,
        autoRenewEnabled: subscription.autoRenewEnabled ?? undefined,
      };
    }
  }
}

function entitlementBlocker(entitlement: Entitlement, now: Date): RemovalBlocker | undefined {
  if (!isEntitlementActive(entitlement, now)) return undefined;
  const id = entitlement.referenceOrder?.id ?? entitlement.productId ?? 'unknown';
  const name = entitlement.productId ?? id;
  const revision = entitlement.fulfillmentState ?? 'fulfilled';
  if (isReservation(entitlement)) {
    return {
      kind: 'activeReservation',
      remedy: 'none',
      id,
      name,
      revision,
      quantity: entitlement.quantity ?? undefined,
      blockedUntil: entitlement.expiryDate ?? undefined,
    };
  }
  return {
    kind: 'softwarePurchase',
    remedy: 'cancelSoftwareOrder',
    id,
    name,
    revision,
    quantity: entitlement.quantity ?? undefined,
  };
}

/**
 * Every blocker, subscriptions first. A software entitlement that belongs to a subscription still
 * active or suspended (same order) is that subscription's purchase, so it is not listed twice.
 */
export function findRemovalBlockers(
  subscriptions: readonly Subscription[],
  entitlements: readonly Entitlement[],
  now: Date,
): RemovalBlocker[] {
  const liveOrders = new Set(
    subscriptions
      .filter((s) => !HARMLESS_STATUSES.has(s.status))
      .map((s) => s.orderId)
      .filter((id): id is string => !!id),
  );
  const blockers: RemovalBlocker[] = [];
  for (const subscription of subscriptions) {
    const blocker = subscriptionBlocker(subscription, now);
    if (blocker) blockers.push(blocker);
  }
  for (const entitlement of entitlements) {
    const order = entitlement.referenceOrder?.id;
    if (!isReservation(entitlement) && order && liveOrders.has(order)) continue;
    const blocker = entitlementBlocker(entitlement, now);
    if (blocker) blockers.push(blocker);
  }
  return blockers;
}
