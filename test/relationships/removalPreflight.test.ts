/** The removal blockers and their remedies, one case per rule of the seeds. */
import assert from 'node:assert/strict';
import { entitlementSchema, orderSchema, type Order, type Subscription } from '../../services/partner-center';
import { assessRemoval, findRemovalBlockers } from '../../services/relationships/removalPreflight';

const now = new Date('2026-11-22T12:00:00Z');
const days = (n: number) => new Date(now.getTime() + n * 86_400_000).toISOString();

function legacy(status: string, extra: Partial<Subscription> = {}): Subscription {
  return {
    id: `legacy-${status}`,
    offerId: '91FD106F-4B2C-4938-95AC-F54F74E9A239',
    offerName: 'Office 365 E3',
    quantity: 10,
    status,
    productType: { id: 'OnlineServices' },
    ...extra,
  } as Subscription;
}
function nce(
  status: string,
  cancellableUntil: string | null,
  extra: Partial<Subscription> = {},
): Subscription {
  return {
    id: `nce-${status}-${cancellableUntil}`,
    offerId: 'CFQ7TTC0LDPB:0001:CFQ7TTC0K5DM',
    offerName: 'Microsoft 365 Business Standard',
    quantity: 5,
    status,
    productType: { id: 'OnlineServicesNCE' },
    cancellationAllowedUntilDate: cancellableUntil,
    commitmentEndDate: days(200),
    autoRenewEnabled: true,
    ...extra,
  } as Subscription;
}
const azurePlan = (status: string) =>
  ({
    id: `plan-${status}`,
    offerId: 'DZH318Z0BPS6:0001',
    offerName: 'Azure plan',
    quantity: 1,
    status,
    productType: { id: 'Azure' },
  }) as Subscription;
/** Entitlements go through the client's schema, as they come from Partner Center. */
const reservation = (expiry: string, state = 'fulfilled', entitlementType = 'reservedinstance') =>
  entitlementSchema.parse({
    entitlementType,
    productId: 'DZH318Z0BQ4H',
    quantity: 2,
    fulfillmentState: state,
    expiryDate: expiry,
    referenceOrder: { id: 'ri-order', lineItemId: '0' },
  });
const software = (order: string, lineItemId: string | null = '0', productId = 'DG7GMGF0FKZV') =>
  entitlementSchema.parse({
    entitlementType: 'software',
    productId,
    quantity: 1,
    fulfillmentState: 'fulfilled',
    referenceOrder: { id: order, lineItemId },
  });
/** A two-line software order created at `created`. */
const order = (id: string, created: string): Order =>
  orderSchema.parse({
    id,
    status: 'completed',
    creationDate: created,
    lineItems: [
      { lineItemNumber: 0, offerId: 'DG7GMGF0FKZV:0003:DG7GMGF0DWMS', quantity: 1 },
      { lineItemNumber: 1, offerId: 'DG7GMGF0DVT7:000C:DG7GMGF0FVZM', quantity: 1 },
    ],
  });
const orders = (...list: Order[]) => new Map(list.map((o) => [o.id, o]));

describe('removal pre-flight', () => {
  it('has nothing to say about a customer with nothing active: removable now', () => {
    assert.deepEqual(
      findRemovalBlockers([legacy('suspended'), nce('deleted', null), legacy('expired')], [], now),
      [],
    );
  });

  it('asks to suspend an active legacy subscription', () => {
    const [blocker] = findRemovalBlockers([legacy('active')], [], now);
    assert.equal(blocker?.kind, 'activeLegacySubscription');
    assert.equal(blocker?.remedy, 'suspend');
    assert.equal(blocker?.name, 'Office 365 E3');
  });

  it('offers to cancel an NCE subscription inside its 7-day window, until the exact cut-off Partner Center gives', () => {
    const [blocker] = findRemovalBlockers([nce('active', days(5))], [], now);
    assert.equal(blocker?.kind, 'cancellableSubscription');
    assert.equal(blocker?.remedy, 'cancel');
    assert.equal(blocker?.cancellableUntil, days(5));
    assert.equal(blocker?.stillBilled, false);
  });

  it('blocks an NCE subscription outside its window until the term ends, noting auto-renew', () => {
    const [blocker] = findRemovalBlockers([nce('active', days(-3))], [], now);
    assert.equal(blocker?.kind, 'lockedSubscription');
    assert.equal(blocker?.remedy, 'none');
    assert.equal(blocker?.blockedUntil, days(200));
    assert.equal(blocker?.autoRenewEnabled, true);
  });

  it('treats an NCE subscription without a cancellation date as not cancellable', () => {
    assert.equal(findRemovalBlockers([nce('active', null)], [], now)[0]?.kind, 'lockedSubscription');
  });

  it('still blocks on a suspended NCE subscription: it is billed and must be cancelled', () => {
    const [inside] = findRemovalBlockers([nce('suspended', days(2))], [], now);
    assert.equal(inside?.kind, 'cancellableSubscription');
    assert.equal(inside?.stillBilled, true);
    const [outside] = findRemovalBlockers([nce('suspended', days(-2))], [], now);
    assert.equal(outside?.kind, 'lockedSubscription');
    assert.equal(outside?.stillBilled, true);
  });

  it('blocks on an active Azure reservation with no cancel from here, and ignores an expired or cancelled one', () => {
    const [blocker] = findRemovalBlockers([], [reservation(days(90))], now);
    assert.equal(blocker?.kind, 'activeReservation');
    assert.equal(blocker?.remedy, 'none');
    assert.equal(blocker?.blockedUntil, days(90));
    assert.deepEqual(
      findRemovalBlockers([], [reservation(days(-1)), reservation(days(30), 'cancelled')], now),
      [],
    );
  });

  it('asks to cancel a software purchase, naming only its own line of the order', () => {
    const [blocker] = findRemovalBlockers(
      [],
      [software('sw-order', '1', 'DG7GMGF0DVT7')],
      now,
      orders(order('sw-order', days(-3))),
    );
    assert.equal(blocker?.kind, 'softwarePurchase');
    assert.equal(blocker?.remedy, 'cancelSoftwareOrder');
    assert.equal(blocker?.id, 'sw-order');
    assert.deepEqual(blocker?.lineItems, [{ lineItemNumber: 1, offerId: 'DG7GMGF0DVT7:000C:DG7GMGF0FVZM' }]);
  });

  it('offers no cancel for a software purchase whose order lines it cannot name (it would cancel the whole order)', () => {
    const [noLine] = findRemovalBlockers(
      [],
      [software('sw-order', null)],
      now,
      orders(order('sw-order', days(-3))),
    );
    assert.deepEqual([noLine?.kind, noLine?.remedy], ['softwarePurchase', 'none']);
    const [noOrder] = findRemovalBlockers([], [software('sw-order')], now);
    assert.deepEqual([noOrder?.kind, noOrder?.remedy], ['softwarePurchase', 'none']);
  });

  it('offers to cancel perpetual software until 30 days after its order, that instant included', () => {
    const created = days(-30);
    const deadline = new Date(Date.parse(created) + 30 * 86_400_000);
    const atDeadline = assessRemoval(
      [],
      [software('sw-order')],
      orders(order('sw-order', created)),
      deadline,
    );
    assert.equal(atDeadline.blockers[0]?.remedy, 'cancelSoftwareOrder');
    assert.equal(atDeadline.blockers[0]?.cancellableUntil, deadline.toISOString());
    assert.deepEqual(atDeadline.notices, []);
  });

  it('does not offer a cancel that cannot work for perpetual software past its window: a notice, not a blocker', () => {
    const created = days(-45);
    const { blockers, notices } = assessRemoval(
      [],
      [software('sw-order')],
      orders(order('sw-order', created)),
      now,
    );
    assert.deepEqual(blockers, []);
    assert.deepEqual(notices, [
      {
        kind: 'perpetualSoftwareOutsideWindow',
        id: 'sw-order',
        name: 'DG7GMGF0FKZV',
        quantity: 1,
        purchasedAt: created,
        windowClosedAt: days(-15),
      },
    ]);
  });

  it('treats every spelling of a reservation as a reservation, and an unknown type as unknown, not software', () => {
    for (const spelling of [
      'reservedinstance',
      'reservedInstance',
      'ReservedInstance',
      'virtualMachineReservedInstance',
      'VirtualMachineReservedInstance',
      'virtual_machine_reserved_instance',
      'VIRTUAL_MACHINE_RESERVED_INSTANCE',
    ]) {
      const [blocker] = findRemovalBlockers([], [reservation(days(90), 'fulfilled', spelling)], now);
      assert.equal(blocker?.kind, 'activeReservation', spelling);
    }
    const [unknown] = findRemovalBlockers([], [reservation(days(90), 'fulfilled', 'azureSavingsPlanX')], now);
    assert.deepEqual([unknown?.kind, unknown?.remedy], ['unknownEntitlement', 'none']);
  });

  it('still offers to cancel an NCE subscription at the exact instant of cancellationAllowedUntilDate', () => {
    const [blocker] = findRemovalBlockers([nce('active', now.toISOString())], [], now);
    assert.equal(blocker?.kind, 'cancellableSubscription');
  });

  it('lists a software subscription once, not again as its entitlement', () => {
    const subscription = {
      ...nce('active', days(4)),
      productType: { id: 'Software' },
      orderId: 'sw-order',
    } as Subscription;
    const blockers = findRemovalBlockers([subscription], [software('sw-order')], now);
    assert.deepEqual(
      blockers.map((b) => [b.kind, b.commerce]),
      [['cancellableSubscription', 'software']],
    );
  });

  it('lists the software entitlement when its subscription is gone but the entitlement is still active', () => {
    const cancelled = {
      ...nce('deleted', days(4)),
      productType: { id: 'Software' },
      orderId: 'sw-order',
    } as Subscription;
    assert.deepEqual(
      findRemovalBlockers([cancelled], [software('sw-order')], now).map((b) => b.kind),
      ['softwarePurchase'],
    );
  });

  it('asks to suspend an active Azure plan, and accepts a suspended one', () => {
    assert.equal(findRemovalBlockers([azurePlan('active')], [], now)[0]?.remedy, 'suspend');
    assert.deepEqual(findRemovalBlockers([azurePlan('suspended')], [], now), []);
  });

  it('reports a subscription still being provisioned as a blocker with no remedy yet', () => {
    assert.equal(findRemovalBlockers([legacy('pending')], [], now)[0]?.kind, 'pendingSubscription');
  });

  it('lists every blocker of a customer with everything at once, subscriptions first', () => {
    const blockers = findRemovalBlockers(
      [legacy('active'), nce('active', days(5)), nce('active', days(-5)), azurePlan('active')],
      [reservation(days(100)), software('other-order')],
      now,
    );
    assert.deepEqual(
      blockers.map((b) => b.kind),
      [
        'activeLegacySubscription',
        'cancellableSubscription',
        'lockedSubscription',
        'activeAzurePlan',
        'activeReservation',
        'softwarePurchase',
      ],
    );
  });
});
