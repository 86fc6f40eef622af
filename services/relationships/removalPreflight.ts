/**
 * The removal pre-flight: what stands between a customer and the removal of the reseller
 * relationship, and the remedy for each (docs/partner-center.md §3, §4).
 *
 * - active legacy subscription → suspend it (a suspended legacy subscription is not billed);
 * - Azure plan → suspend it;
 * - new-commerce (NCE) or software subscription, active or suspended, inside its cancellation window
 *   (`cancellationAllowedUntilDate`, that instant included, never computed here) → cancel it; a
 *   suspended one is still billed and must be cancelled all the same;
 * - the same outside the window → blocked until the term ends; suggest turning off auto-renew;
 * - a subscription in any other live state (pending…) → wait;
 * - active Azure reservation (every spelling of the type) → cancel or exchange it in the Azure portal,
 *   opened from Partner Center;
 * - software purchase → cancel the lines of its order that are this purchase, never the whole order;
 *   perpetual software only within 30 days of the order's creation (that instant included);
 * - perpetual software past that window → not a blocker but a notice: nobody can cancel it and
 *   Microsoft does not say whether it blocks the removal (**Assumption** in §4: it does not);
 * - an entitlement of a type we do not know → a blocker with no remedy (shown as unknown).
 * Deleted, expired and disabled subscriptions and suspended legacy ones block nothing.
 */
import {
  entitlementLineItemNumber,
  isEntitlementActive,
  isPerpetualSoftware,
  isReservation,
  subscriptionCommerceModel,
  type Entitlement,
  type Order,
  type OrderLineToCancel,
  type Subscription,
} from '../partner-center';
import { cancellationWindow } from './cancellationWindow';

export type BlockerKind =
  | 'activeLegacySubscription'
  | 'activeAzurePlan'
  | 'cancellableSubscription'
  | 'lockedSubscription'
  | 'pendingSubscription'
  | 'activeReservation'
  | 'softwarePurchase'
  | 'unknownEntitlement';

/** What the user can do about a blocker from the card; `none` means the card explains instead. */
export type Remedy = 'suspend' | 'cancel' | 'cancelSoftwareOrder' | 'none';

/**
 * What a button of the pre-flight card does to a blocker: its remedy, or turning off auto-renew of a
 * subscription locked until its term ends (which does not lift the blocker: services/relationships/remedies.ts).
 */
export const REMEDY_ACTIONS = ['suspend', 'cancel', 'cancelSoftwareOrder', 'autoRenewOff'] as const;
export type RemedyAction = (typeof REMEDY_ACTIONS)[number];

export interface RemovalBlocker {
  kind: BlockerKind;
  remedy: Remedy;
  /** Subscription id, or the order id of an entitlement. */
  id: string;
  /** softwarePurchase: the order lines that are this purchase (what a cancel names). */
  lineItems?: OrderLineToCancel[];
  /** The product as people know it (offer or friendly name, or product id). */
  name: string;
  quantity?: number;
  /** cancellableSubscription, softwarePurchase: the last moment a cancel is allowed. */
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

/** Perpetual software can be cancelled for 30 days after its order's creation (docs/partner-center.md §4). */
export const PERPETUAL_SOFTWARE_WINDOW_DAYS = 30;

/** Something the user should know that does not block the removal. */
export interface RemovalNotice {
  kind: 'perpetualSoftwareOutsideWindow';
  /** The order id. */
  id: string;
  name: string;
  quantity?: number;
  /** The order's creation date (the purchase). */
  purchasedAt: string;
  /** When the cancellation window closed. */
  windowClosedAt: string;
}

export interface RemovalAssessment {
  blockers: RemovalBlocker[];
  notices: RemovalNotice[];
}

/** The orders of the customer's software entitlements, by order id (GET …/orders/{id}). */
export type OrdersById = ReadonlyMap<string, Order>;

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
      const window = cancellationWindow(subscription, now);
      if (window && !window.closed) {
        return {
          ...base,
          kind: 'cancellableSubscription',
          remedy: 'cancel',
          cancellableUntil: window.at,
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

function entitlementName(entitlement: Entitlement, orderId: string): string {
  return entitlement.productId ?? orderId;
}

/** The last instant the order can be cancelled, when the order's creation date is known. */
function perpetualDeadline(order: Order | undefined): Date | undefined {
  const created = order?.creationDate ? Date.parse(order.creationDate) : NaN;
  return Number.isNaN(created) ? undefined : new Date(created + PERPETUAL_SOFTWARE_WINDOW_DAYS * 86_400_000);
}

/**
 * The order lines a software cancel names: the entitlements' own lines, with the offer the order
 * gives for each. Undefined when a line cannot be named: then no cancel is offered, since a PATCH
 * without lines would cancel the whole order.
 */
function linesToCancel(
  entitlements: readonly Entitlement[],
  order: Order | undefined,
): OrderLineToCancel[] | undefined {
  const lines: OrderLineToCancel[] = [];
  for (const entitlement of entitlements) {
    const number = entitlementLineItemNumber(entitlement);
    const line = order?.lineItems?.find((item) => item.lineItemNumber === number);
    if (number === undefined || !line?.offerId) return undefined;
    if (!lines.some((known) => known.lineItemNumber === number))
      lines.push({ lineItemNumber: number, offerId: line.offerId });
  }
  return lines;
}

/** The orders of subscriptions that block the removal themselves. */
function blockingOrders(subscriptions: readonly Subscription[], now: Date): Set<string> {
  return new Set(
    subscriptions.filter((s) => s.orderId && subscriptionBlocker(s, now)).map((s) => s.orderId as string),
  );
}

/**
 * Every blocker (subscriptions first) and every notice. A software entitlement that belongs to a
 * subscription that blocks the removal itself (same order) is that subscription's purchase, so it is
 * not listed twice; under a subscription that does not block (suspended legacy), it is listed.
 */
export function assessRemoval(
  subscriptions: readonly Subscription[],
  entitlements: readonly Entitlement[],
  orders: OrdersById,
  now: Date,
): RemovalAssessment {
  const liveOrders = blockingOrders(subscriptions, now);
  const blockers: RemovalBlocker[] = [];
  const notices: RemovalNotice[] = [];
  for (const subscription of subscriptions) {
    const blocker = subscriptionBlocker(subscription, now);
    if (blocker) blockers.push(blocker);
  }
  const software = new Map<string, Entitlement[]>();
  for (const entitlement of entitlements) {
    if (!isEntitlementActive(entitlement, now)) continue;
    const orderId = entitlement.referenceOrder?.id ?? entitlement.productId ?? 'unknown';
    const base = {
      id: orderId,
      name: entitlementName(entitlement, orderId),
      quantity: entitlement.quantity ?? undefined,
      revision: entitlement.fulfillmentState ?? 'fulfilled',
    };
    if (isReservation(entitlement)) {
      blockers.push({
        ...base,
        kind: 'activeReservation',
        remedy: 'none',
        blockedUntil: entitlement.expiryDate ?? undefined,
      });
    } else if (entitlement.entitlementType === 'unknown') {
      blockers.push({ ...base, kind: 'unknownEntitlement', remedy: 'none' });
    } else if (!liveOrders.has(orderId)) {
      software.set(orderId, [...(software.get(orderId) ?? []), entitlement]);
    }
  }
  for (const [orderId, purchase] of software) {
    const order = orders.get(orderId);
    const deadline = purchase.every(isPerpetualSoftware) ? perpetualDeadline(order) : undefined;
    const name = entitlementName(purchase[0], orderId);
    const quantity = purchase.reduce((sum, e) => sum + (e.quantity ?? 0), 0) || undefined;
    if (deadline && now.getTime() > deadline.getTime()) {
      notices.push({
        kind: 'perpetualSoftwareOutsideWindow',
        id: orderId,
        name,
        quantity,
        purchasedAt: order!.creationDate!,
        windowClosedAt: deadline.toISOString(),
      });
      continue;
    }
    const lineItems = linesToCancel(purchase, order);
    blockers.push({
      kind: 'softwarePurchase',
      remedy: lineItems ? 'cancelSoftwareOrder' : 'none',
      id: orderId,
      name,
      quantity,
      lineItems,
      cancellableUntil: deadline?.toISOString(),
      revision: purchase
        .map((e) => `${entitlementLineItemNumber(e) ?? '?'}:${e.fulfillmentState ?? 'fulfilled'}`)
        .join(','),
    });
  }
  return { blockers, notices };
}

/** The blockers alone: removable iff this is empty. */
export function findRemovalBlockers(
  subscriptions: readonly Subscription[],
  entitlements: readonly Entitlement[],
  now: Date,
  orders: OrdersById = new Map(),
): RemovalBlocker[] {
  return assessRemoval(subscriptions, entitlements, orders, now).blockers;
}

/**
 * The orders whose creation date or lines the assessment needs: those of active software
 * entitlements not covered by a live subscription.
 */
export function ordersToRead(
  subscriptions: readonly Subscription[],
  entitlements: readonly Entitlement[],
  now: Date,
): string[] {
  const liveOrders = blockingOrders(subscriptions, now);
  const ids = new Set<string>();
  for (const entitlement of entitlements) {
    const id = entitlement.referenceOrder?.id;
    if (
      id &&
      entitlement.entitlementType === 'software' &&
      isEntitlementActive(entitlement, now) &&
      !liveOrders.has(id)
    )
      ids.add(id);
  }
  return [...ids];
}
