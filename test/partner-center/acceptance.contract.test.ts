import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { openStore } from '../../services/store/openStore';
import { parseStoreUrl } from '../../services/store/storeUrl';
import type { InvitationAccepted } from '../../services/partner-center/emulator/emulatedPartnerCenter';
import { collect, context, demoCustomer, startHarness } from './emulatorHarness';
import type { Harness } from './emulatorHarness';
import { eachTest } from '../helpers/eachTest';

async function accept(
  harness: Harness,
  body: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${harness.emulator.url}/sandbox/invitations/accept`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('Simulated invitation acceptance in the sandbox', () => {
  const harness = eachTest(startHarness);

  it('links a known tenant: it appears in the customer list and the event fires', async () => {
    const events: InvitationAccepted[] = [];
    harness().emulator.onInvitationAccepted((event) => events.push(event));
    const blueYonder = demoCustomer('Blue Yonder Airlines');
    const { status } = await accept(harness(), { tenantId: blueYonder.id });
    assert.equal(status, 200);
    const names = (
      await collect(harness().client.listCustomers(context(), { companyNamePrefix: 'Blue' }))
    ).map((c) => c.companyProfile.companyName);
    assert.deepEqual(names, ['Blue Yonder Airlines']);
    assert.deepEqual(events, [
      {
        customerId: blueYonder.id,
        companyName: 'Blue Yonder Airlines',
        domain: blueYonder.companyProfile.domain,
        created: false,
      },
    ]);
  });

  it('re-links a customer whose relationship was removed', async () => {
    const customer = demoCustomer('A. Datum Corporation');
    await harness().client.removeResellerRelationship(context(randomUUID()), customer.id);
    await accept(harness(), { tenantId: customer.id });
    assert.equal(
      (await harness().client.getCustomer(context(), customer.id)).relationshipToPartner,
      'reseller',
    );
  });

  it('creates an unknown tenant from its name and domain', async () => {
    const { status, body } = await accept(harness(), {
      companyName: 'Zava Corp',
      domain: 'zava.onmicrosoft.com',
    });
    assert.equal(status, 201);
    const customer = await harness().client.getCustomer(context(), body.id as string);
    assert.equal(customer.companyProfile.domain, 'zava.onmicrosoft.com');
  });

  it('refuses to create a tenant without a name and domain', async () => {
    const { status, body } = await accept(harness(), { companyName: 'Nameless' });
    assert.equal(status, 400);
    assert.equal(body.code, 3000);
  });
});

describe('Emulator state kept in the store across a restart', () => {
  it('remembers removals, status changes, created customers and request-id replays', async () => {
    const store = await openStore(parseStoreUrl('memory://'));
    try {
      const first = await startHarness({ store });
      const removed = demoCustomer('Datum Gaming');
      const requestId = randomUUID();
      await first.client.removeResellerRelationship(context(requestId), removed.id);
      const coho = demoCustomer('Coho Winery');
      await first.client.changeSubscriptionStatus(
        context(randomUUID()),
        coho.id,
        coho.subscriptions[0].id,
        'suspended',
      );
      const created = await accept(first, { companyName: 'Zava Corp', domain: 'zava.onmicrosoft.com' });
      await first.close();

      const second = await startHarness({ store });
      try {
        const ids = (await collect(second.client.listCustomers(context()))).map((c) => c.id);
        assert.ok(!ids.includes(removed.id), 'the removed customer stays removed');
        assert.ok(ids.includes(created.body.id as string), 'the created customer is still there');
        const subscription = await second.client.getSubscription(
          context(),
          coho.id,
          coho.subscriptions[0].id,
        );
        assert.equal(subscription.status, 'suspended');
        const replay = await second.client.removeResellerRelationship(context(requestId), removed.id);
        assert.equal(replay.relationshipToPartner, 'none');
      } finally {
        await second.close();
      }
    } finally {
      await store.close();
    }
  });
});
