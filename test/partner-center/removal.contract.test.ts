import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import {
  PartnerCenterApiError,
  PartnerCenterNoRelationshipError,
  PartnerCenterRequestRejectedError,
} from '../../services/partner-center/errors';
import { collect, context, demoCustomer, demoSubscription, startHarness } from './emulatorHarness';
import type { Harness } from './emulatorHarness';
import type { Subscription } from '../../services/partner-center/model/subscription';
import { eachTest } from '../helpers/eachTest';

function rejectedWith(code: string | number, description: RegExp) {
  return (error: unknown): boolean => {
    assert.ok(error instanceof PartnerCenterRequestRejectedError, `got ${String(error)}`);
    assert.equal(error.status, 400);
    assert.ok(error.hasCode(code), `code ${String(error.code)}`);
    assert.match(error.description ?? '', description);
    assert.ok(error.correlationId, 'carries the correlation id');
    return true;
  };
}

/** Asks, as a new request, to cancel (status `deleted`) the customer's first subscription. */
function cancelFirstSubscription(
  harness: Harness,
  customer: { id: string; subscriptions: Array<{ id: string }> },
): Promise<Subscription> {
  const [subscription] = customer.subscriptions;
  return harness.client.changeSubscriptionStatus(
    context(randomUUID()),
    customer.id,
    subscription.id,
    'deleted',
  );
}

/** Removes the reseller relationship, as a new request, and gives what remains of it. */
async function removeRelationship(harness: Harness, customerId: string): Promise<string> {
  return (await harness.client.removeResellerRelationship(context(randomUUID()), customerId))
    .relationshipToPartner;
}

describe('Removing a reseller relationship in the emulator', () => {
  const harness = eachTest(startHarness);

  const blocked: Array<[string, RegExp]> = [
    ['Contoso Ltd', /suspend legacy subscriptions/],
    ['Humongous Insurance', /cancel new commerce subscriptions/],
    ['Litware, Inc.', /cancel new commerce subscriptions/],
    ['Lucerne Publishing', /active Azure reserved instances/],
    ['Nod Publishers', /software purchases/],
    ['Relecloud', /subscriptions/],
    ['Tailwind Traders', /reserved instances.*subscriptions/],
  ];
  for (const [name, description] of blocked) {
    it(`refuses while ${name} still has a blocker, and keeps the relationship`, async () => {
      const customer = demoCustomer(name);
      await assert.rejects(
        harness().client.removeResellerRelationship(context(randomUUID()), customer.id),
        rejectedWith('RelationshipRemovalBlocked', description),
      );
      assert.equal(
        (await harness().client.getCustomer(context(), customer.id)).relationshipToPartner,
        'reseller',
      );
    });
  }

  it('removes a customer with nothing active; it leaves the list and get-by-id answers 20002', async () => {
    const customer = demoCustomer('A. Datum Corporation');
    const result = await harness().client.removeResellerRelationship(context(randomUUID()), customer.id);
    assert.equal(result.relationshipToPartner, 'none');
    const ids = (await collect(harness().client.listCustomers(context()))).map((c) => c.id);
    assert.ok(!ids.includes(customer.id));
    await assert.rejects(
      harness().client.getCustomer(context(), customer.id),
      (error: unknown) => error instanceof PartnerCenterNoRelationshipError && error.hasCode(20002),
    );
  });

  it('removes a customer after its active legacy subscription is suspended', async () => {
    const customer = demoCustomer('Contoso Ltd');
    const subscription = demoSubscription('Contoso Ltd', 'Office 365 E3');
    const suspended = await harness().client.changeSubscriptionStatus(
      context(randomUUID()),
      customer.id,
      subscription.id,
      'suspended',
    );
    assert.equal(suspended.status, 'suspended');
    const result = await harness().client.removeResellerRelationship(context(randomUUID()), customer.id);
    assert.equal(result.relationshipToPartner, 'none');
  });

  it('cancels an NCE subscription inside its 7-day window, which unblocks removal', async () => {
    const customer = demoCustomer('Fourth Coffee');
    const cancelled = await cancelFirstSubscription(harness(), customer);
    assert.equal(cancelled.status, 'deleted');
    assert.equal(await removeRelationship(harness(), customer.id), 'none');
  });

  it('refuses to cancel an NCE subscription outside its window', async () => {
    const customer = demoCustomer('Humongous Insurance');
    await assert.rejects(
      cancelFirstSubscription(harness(), customer),
      rejectedWith(900117, /7-day cancellation window/),
    );
  });

  it('refuses to cancel a legacy subscription and says to suspend it', async () => {
    const customer = demoCustomer('Coho Winery');
    await assert.rejects(
      cancelFirstSubscription(harness(), customer),
      rejectedWith(800063, /suspend subscriptions/),
    );
  });

  it('still blocks on a suspended NCE subscription until it is cancelled', async () => {
    const customer = demoCustomer("Liberty's Delightful Sinful Bakery & Cafe");
    await assert.rejects(
      harness().client.removeResellerRelationship(context(randomUUID()), customer.id),
      rejectedWith('RelationshipRemovalBlocked', /cancel new commerce/),
    );
    await cancelFirstSubscription(harness(), customer);
    assert.equal(await removeRelationship(harness(), customer.id), 'none');
  });

  it('reports an active reservation in the entitlements, with its expiry', async () => {
    const customer = demoCustomer('Lucerne Publishing');
    const reservations = await harness().client.listEntitlements(context(), customer.id, {
      type: 'reservedInstance',
    });
    assert.equal(reservations.length, 1);
    assert.equal(reservations[0].entitlementType, 'reservation');
    assert.ok(reservations[0].expiryDate);
    assert.equal(
      reservations[0].entitledArtifacts?.[0]?.dynamicAttributes?.reservationType,
      'virtualmachines',
    );
  });

  it('cancelling a software subscription cancels its software entitlement and unblocks removal', async () => {
    const customer = demoCustomer('Proseware, Inc.');
    await cancelFirstSubscription(harness(), customer);
    const software = await harness().client.listEntitlements(context(), customer.id, { type: 'software' });
    assert.equal(software[0].fulfillmentState, 'cancelled');
    assert.equal(await removeRelationship(harness(), customer.id), 'none');
  });
});

describe('Idempotent mutations with MS-RequestId in the emulator', () => {
  const harness = eachTest(startHarness);

  it('replays a removal with the same request id instead of failing as "already removed"', async () => {
    const customer = demoCustomer('Datum Gaming');
    const requestId = randomUUID();
    const first = await harness().client.removeResellerRelationship(context(requestId), customer.id);
    const again = await harness().client.removeResellerRelationship(context(requestId), customer.id);
    assert.deepEqual(again, first);
    const replays = harness().emulator.requests.filter((r) => r.requestId === requestId);
    assert.deepEqual(
      replays.map((r) => r.replayed),
      [false, true],
    );
    // A new request id is a new call: the relationship is gone by now, so Partner Center refuses it.
    await assert.rejects(
      harness().client.removeResellerRelationship(context(randomUUID()), customer.id),
      (error: unknown) => error instanceof PartnerCenterApiError && error.status >= 400 && error.status < 500,
    );
  });

  it('a replayed subscription change has no second effect', async () => {
    const customer = demoCustomer('Coho Winery');
    const subscriptionId = customer.subscriptions[0].id;
    const suspendId = randomUUID();
    await harness().client.changeSubscriptionStatus(
      context(suspendId),
      customer.id,
      subscriptionId,
      'suspended',
    );
    await harness().client.changeSubscriptionStatus(
      context(randomUUID()),
      customer.id,
      subscriptionId,
      'active',
    );
    const replayed = await harness().client.changeSubscriptionStatus(
      context(suspendId),
      customer.id,
      subscriptionId,
      'suspended',
    );
    assert.equal(replayed.status, 'suspended', 'the first answer is returned');
    const now = await harness().client.getSubscription(context(), customer.id, subscriptionId);
    assert.equal(now.status, 'active', 'but the subscription was not suspended a second time');
  });
});

describe('Cancelling software purchases (PATCH …/orders/{id}) in the emulator', () => {
  const harness = eachTest(startHarness);

  /** Every line of the order, as the documented cancel names them. */
  async function orderLines(customerId: string, orderId: string) {
    const order = await harness().client.getOrder(context(), customerId, orderId);
    return (order.lineItems ?? []).map((line) => ({
      lineItemNumber: line.lineItemNumber!,
      offerId: line.offerId!,
    }));
  }

  it('cancels a perpetual software order, which unblocks removal', async () => {
    const customer = demoCustomer('Nod Publishers');
    const [software] = await harness().client.listEntitlements(context(), customer.id, { type: 'software' });
    const order = await harness().client.cancelSoftwareOrder(
      context(randomUUID()),
      customer.id,
      software.referenceOrder!.id!,
      await orderLines(customer.id, software.referenceOrder!.id!),
    );
    assert.equal(order.status, 'cancelled');
    const after = await harness().client.listEntitlements(context(), customer.id, { type: 'software' });
    assert.equal(after[0].fulfillmentState, 'cancelled');
    assert.equal(await removeRelationship(harness(), customer.id), 'none');
  });

  it('refuses to cancel an Azure reservation order and says to contact Azure support', async () => {
    const customer = demoCustomer('Lucerne Publishing');
    const [reservation] = await harness().client.listEntitlements(context(), customer.id, {
      type: 'reservedInstance',
    });
    await assert.rejects(
      harness().client.cancelSoftwareOrder(
        context(randomUUID()),
        customer.id,
        reservation.referenceOrder!.id!,
        await orderLines(customer.id, reservation.referenceOrder!.id!),
      ),
      (error: unknown) => {
        // 403 800019 (error-codes): only software can be cancelled through an order.
        assert.ok(error instanceof PartnerCenterApiError, `got ${String(error)}`);
        assert.equal(error.status, 403);
        assert.ok(error.hasCode(800019), `code ${String(error.code)}`);
        assert.match(error.description ?? '', /Azure portal/);
        return true;
      },
    );
  });

  it('answers a replayed cancellation with the first result and no second effect', async () => {
    const customer = demoCustomer('Nod Publishers');
    const [software] = await harness().client.listEntitlements(context(), customer.id, { type: 'software' });
    const requestId = randomUUID();
    const lines = await orderLines(customer.id, software.referenceOrder!.id!);
    const first = await harness().client.cancelSoftwareOrder(
      context(requestId),
      customer.id,
      software.referenceOrder!.id!,
      lines,
    );
    const again = await harness().client.cancelSoftwareOrder(
      context(requestId),
      customer.id,
      software.referenceOrder!.id!,
      lines,
    );
    assert.deepEqual(again, first);
    assert.equal(
      harness().emulator.requests.filter((r) => r.requestId === requestId && r.replayed).length,
      1,
    );
  });
});

describe('Turning off auto-renew (PATCH …/subscriptions/{id}, autoRenewEnabled) in the emulator', () => {
  const harness = eachTest(startHarness);
  const humongous = demoCustomer('Humongous Insurance');
  const subscriptionId = humongous.subscriptions[0].id;

  it('sends the whole subscription with autoRenewEnabled false; the subscription stays active and still blocks', async () => {
    const before = await harness().client.getSubscription(context(), humongous.id, subscriptionId);
    assert.equal(before.autoRenewEnabled, true);
    const after = await harness().client.setSubscriptionAutoRenew(
      context(randomUUID()),
      humongous.id,
      subscriptionId,
      false,
    );
    assert.equal(after.autoRenewEnabled, false);
    assert.equal(after.status, 'active', 'it stays active until its term ends');
    assert.notEqual(after.attributes?.etag, before.attributes?.etag, 'a change makes a new etag');
    const patch = harness().emulator.requests.filter((r) => r.method === 'PATCH');
    assert.deepEqual(
      patch.map((r) => [r.route, r.status]),
      [['updateSubscription', 200]],
    );
    const read = await harness().client.getSubscription(context(), humongous.id, subscriptionId);
    assert.equal(read.autoRenewEnabled, false, 'the sandbox keeps it');
    await assert.rejects(
      harness().client.removeResellerRelationship(context(randomUUID()), humongous.id),
      rejectedWith('RelationshipRemovalBlocked', /cancel new commerce/),
    );
  });

  it('refuses it on a legacy subscription and on a suspended one, changing nothing', async () => {
    const coho = demoCustomer('Coho Winery');
    const litware = demoCustomer('Litware, Inc.');
    for (const customer of [coho, litware]) {
      await assert.rejects(
        harness().client.setSubscriptionAutoRenew(
          context(randomUUID()),
          customer.id,
          customer.subscriptions[0].id,
          false,
        ),
        rejectedWith(3000, /autoRenewEnabled can be changed only/),
      );
      const read = await harness().client.getSubscription(
        context(),
        customer.id,
        customer.subscriptions[0].id,
      );
      assert.equal(read.autoRenewEnabled, true, customer.companyProfile.companyName);
    }
  });
});
