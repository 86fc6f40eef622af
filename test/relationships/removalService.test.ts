/**
 * The removal pre-flight, remedies and requests against the real emulator and the bundled demo tenant:
 * every seed case, the refusals, and card data that lies.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { demoCustomer } from '../partner-center/emulatorHarness';
import {
  actorOf,
  admin,
  helpdesk,
  resellerFixture,
  sales,
  startDesk,
  type DeskHarness,
  allowed,
  trailOf,
  globalAdmin,
} from '../helpers/deskHarness';
import type { Remedy } from '../../services/relationships/removalPreflight';
import type { PreflightReport } from '../../services/relationships/removalService';
import { eachTest } from '../helpers/eachTest';

async function report(desk: DeskHarness, name: string, who = sales): Promise<PreflightReport> {
  const result = await desk.services.removal.preflight(who, demoCustomer(name).id);
  assert.ok(result.ok, `pre-flight for ${name}: ${JSON.stringify(result)}`);
  return result.report;
}

/** Runs a blocker's remedy as Alex (sales), as the pre-flight card's button does. */
function remediateAsSales(desk: DeskHarness, customerId: string, blockerId: string, remedy: Remedy) {
  return desk.services.removal.remediate(actorOf(sales), sales, customerId, blockerId, remedy);
}

const ATTESTED = {
  attested: true,
  reason: 'Customer moved to another partner',
  attestationVersion: 'test-v1',
};

describe('removal service on the demo tenant', () => {
  const desk = eachTest(startDesk);

  const cases: [string, string[]][] = [
    ['A. Datum Corporation', []],
    ['Contoso Ltd', ['activeLegacySubscription:suspend']],
    ['Fourth Coffee', ['cancellableSubscription:cancel']],
    ['Humongous Insurance', ['lockedSubscription:none']],
    ['Litware, Inc.', ['lockedSubscription:none']],
    ["Liberty's Delightful Sinful Bakery & Cafe", ['cancellableSubscription:cancel']],
    ['Lucerne Publishing', ['activeReservation:none']],
    ['Nod Publishers', ['softwarePurchase:cancelSoftwareOrder']],
    ['Proseware, Inc.', ['cancellableSubscription:cancel']],
    ['Relecloud', ['activeAzurePlan:suspend']],
    ['Adventure Works Cycles', []],
  ];
  for (const [name, expected] of cases) {
    it(`pre-flight for ${name}: ${expected.join(', ') || 'removable now'}`, async () => {
      const result = await report(desk(), name);
      assert.deepEqual(
        result.blockers.map((b) => `${b.kind}:${b.remedy}`),
        expected,
      );
      assert.equal(result.refusal, expected.length ? 'blockers' : undefined);
      assert.equal(result.customer.relationship, 'reseller');
    });
  }

  it('asks Partner Center for everything the card needs at once: the customer read does not go first', async () => {
    // Each call answered after a short delay, so calls made together are seen together.
    desk().emulator.faults.set('*', { latencyMs: 40 });
    const nod = demoCustomer('Nod Publishers');
    const before = desk().emulator.requests.length;
    desk().emulator.callsInFlight.resetPeak();
    const result = await report(desk(), 'Nod Publishers');
    const calls = desk()
      .emulator.requests.slice(before)
      .map((r) => r.route);
    assert.deepEqual([...calls].sort(), [
      'customerRelationships',
      'getCustomer',
      'getOrder',
      'listEntitlements',
      'listGdapRelationships',
      'listSubscriptions',
    ]);
    assert.equal(
      desk().emulator.callsInFlight.peak,
      5,
      'the customer, subscriptions, entitlements, other partners and GDAP in flight together (the order after)',
    );
    assert.equal(result.customer.id, nod.id);
    assert.deepEqual(
      result.blockers.map((b) => b.kind),
      ['softwarePurchase'],
    );
  });

  it('marks suspended NCE subscriptions as still billed', async () => {
    assert.equal((await report(desk(), 'Litware, Inc.')).blockers[0].stillBilled, true);
  });

  it('shows the other partners of a customer and its GDAP relationships, and DAP', async () => {
    const tailwind = await report(desk(), 'Tailwind Traders');
    assert.deepEqual(
      tailwind.partners.map((p) => [p.name, p.role]),
      [['Northwind Resellers', 'indirectReseller']],
    );
    assert.equal(tailwind.gdap.available, true);
    assert.equal(tailwind.gdap.relationships.length, 1);
    assert.equal(tailwind.customer.delegatedAccess, true);
    assert.deepEqual(
      tailwind.blockers.map((b) => b.kind),
      [
        'activeLegacySubscription',
        'cancellableSubscription',
        'lockedSubscription',
        'activeAzurePlan',
        'cancellableSubscription',
        'activeReservation',
      ],
      'the software entitlement is the software subscription’s own purchase',
    );
  });

  it('suspend takes Contoso Ltd from blocked to removable, and a request can then be made', async () => {
    const customerId = demoCustomer('Contoso Ltd').id;
    const [blocker] = (await report(desk(), 'Contoso Ltd')).blockers;
    const remedied = await remediateAsSales(desk(), customerId, blocker.id, 'suspend');
    assert.ok(remedied.ok);
    assert.deepEqual(remedied.result, { ok: true, remedy: 'suspend', name: 'Office 365 E3' });
    assert.deepEqual(remedied.report.blockers, []);
    assert.equal(remedied.report.refusal, undefined);

    const requested = await desk().services.removal.requestRemoval(
      actorOf(sales),
      sales,
      customerId,
      ATTESTED,
    );
    assert.ok(requested.ok);
    assert.equal(requested.request.state, 'pending');
    assert.equal(requested.request.attestation.version, 'test-v1');
    const trail = await trailOf(desk().services.audit, customerId);
    assert.deepEqual(
      trail.map((e) => e.action),
      ['subscription.suspended', 'removal.requested'],
    );
    assert.equal(trail[0].actor.name, 'Alex');
  });

  it('cancels an NCE subscription inside its window and a software order', async () => {
    for (const [name, remedy] of [
      ['Fourth Coffee', 'cancel'],
      ['Nod Publishers', 'cancelSoftwareOrder'],
    ] as const) {
      const [blocker] = (await report(desk(), name)).blockers;
      const remedied = await remediateAsSales(desk(), demoCustomer(name).id, blocker.id, remedy);
      assert.ok(remedied.ok && remedied.result.ok, JSON.stringify(remedied));
      assert.deepEqual(remedied.report.blockers, [], name);
    }
  });

  it('says a remedy is done only when a re-read agrees with Partner Center’s answer', async () => {
    const customerId = demoCustomer('Contoso Ltd').id;
    const [blocker] = (await report(desk(), 'Contoso Ltd')).blockers;
    const client = desk().client;
    // Partner Center answers the suspend as done but the subscription stays active.
    client.changeSubscriptionStatus = (context, id, subscriptionId) =>
      client.getSubscription(context, id, subscriptionId);
    const remedied = await remediateAsSales(desk(), customerId, blocker.id, 'suspend');
    assert.ok(remedied.ok);
    assert.equal(remedied.result.ok, false, 'not done');
    assert.ok(!remedied.result.ok && remedied.result.error.code === 'NotConfirmedByReRead');
    assert.ok(!remedied.result.ok && /status is still active/.test(remedied.result.error.description));
    assert.equal(remedied.report.blockers.length, 1, 'still blocked');
    const [entry] = await trailOf(desk().services.audit, customerId);
    assert.deepEqual([entry.action, entry.detail.code], ['remedy.failed', 'NotConfirmedByReRead']);
  });

  it('a double click on Suspend changes the subscription once', async () => {
    const customerId = demoCustomer('Contoso Ltd').id;
    const [blocker] = (await report(desk(), 'Contoso Ltd')).blockers;
    const before = desk().emulator.requests.length;
    const results = await Promise.all([
      remediateAsSales(desk(), customerId, blocker.id, 'suspend'),
      remediateAsSales(desk(), customerId, blocker.id, 'suspend'),
    ]);
    const patches = desk()
      .emulator.requests.slice(before)
      .filter((r) => r.method === 'PATCH');
    assert.ok(results.every((r) => r.ok));
    assert.ok(patches.length >= 1);
    assert.equal(patches.filter((r) => !r.replayed).length, 1, 'one effect, any repeat replayed');
  });

  it('shows a Partner Center refusal verbatim when a remedy fails', async () => {
    const customerId = demoCustomer('Fourth Coffee').id;
    const [blocker] = (await report(desk(), 'Fourth Coffee')).blockers;
    desk().emulator.faults.set('updateSubscription', { rate500: 1 });
    const remedied = await remediateAsSales(desk(), customerId, blocker.id, 'cancel');
    desk().emulator.faults.set('updateSubscription', undefined);
    assert.ok(remedied.ok);
    assert.equal(remedied.result.ok, false);
    assert.ok(!remedied.result.ok && remedied.result.error.correlationId);
    assert.equal(remedied.report.blockers.length, 1, 'still blocked');
    assert.deepEqual(
      (await trailOf(desk().services.audit, customerId)).map((e) => e.action),
      ['remedy.failed'],
    );
  });

  it('after Partner Center refused a remedy, the same click again is a new request', async () => {
    const customerId = demoCustomer('Contoso Ltd').id;
    const [blocker] = (await report(desk(), 'Contoso Ltd')).blockers;
    desk().emulator.faults.set('updateSubscription', {
      next: [{ status: 400, code: 800096, description: 'Subscription status cannot be updated.' }],
    });
    const click = () => remediateAsSales(desk(), customerId, blocker.id, 'suspend');
    const refused = await click();
    assert.ok(refused.ok && !refused.result.ok, JSON.stringify(refused).slice(0, 300));
    assert.equal(!refused.result.ok && refused.result.error.code, '800096');
    const again = await click();
    assert.ok(again.ok && again.result.ok, JSON.stringify(again).slice(0, 300));
    assert.deepEqual(again.report.blockers, [], 'suspended on the second click');
    const patches = desk().emulator.requests.filter((r) => r.route === 'updateSubscription');
    assert.deepEqual(
      patches.map((r) => r.status),
      [400, 200],
    );
    assert.notEqual(patches[1].requestId, patches[0].requestId, 'a new MS-RequestId after the 400');
    assert.equal(patches[1].replayed, false);
  });

  describe('remedies asked, then confirmed', () => {
    const patches = () => desk().emulator.requests.filter((r) => r.method === 'PATCH');

    it('asking for a remedy names what it would change and sends nothing to Partner Center', async () => {
      const pharma = demoCustomer('Contoso Pharmaceuticals');
      const asked = allowed(await desk().services.removal.proposeRemedy(sales, pharma.id, 'suspend'));
      assert.deepEqual(
        asked.confirmation.blockers.map((b) => b.name),
        ['Office 365 E3', 'Project Plan 3'],
        'both active legacy subscriptions, not the suspended one',
      );
      const one = allowed(
        await desk().services.removal.proposeRemedy(sales, pharma.id, 'suspend', [
          pharma.subscriptions[1].id,
        ]),
      );
      assert.deepEqual(
        one.confirmation.blockers.map((b) => b.name),
        ['Project Plan 3'],
      );
      assert.deepEqual(patches(), [], 'no change was sent');
      assert.deepEqual(await trailOf(desk().services.audit, pharma.id), []);
    });

    it('refuses to ask or confirm for a member without `remediate`, and a remedy a blocker does not offer', async () => {
      const pharma = demoCustomer('Contoso Pharmaceuticals');
      assert.deepEqual(await desk().services.removal.proposeRemedy(helpdesk, pharma.id, 'suspend'), {
        ok: false,
        reason: 'notAllowed',
        permission: 'remediate',
      });
      assert.deepEqual(
        await desk().services.removal.remediateAll(actorOf(helpdesk), helpdesk, pharma.id, 'suspend', [
          pharma.subscriptions[0].id,
        ]),
        { ok: false, reason: 'notAllowed', permission: 'remediate' },
      );
      assert.deepEqual(await desk().services.removal.proposeRemedy(sales, pharma.id, 'cancel'), {
        ok: false,
        reason: 'stale',
      });
      assert.deepEqual(patches(), []);
    });

    it('runs a confirmed batch: one refusal reported with its code and correlation id, the other done', async () => {
      const pharma = demoCustomer('Contoso Pharmaceuticals');
      const ids = pharma.subscriptions.map((s) => s.id);
      desk().emulator.faults.set('updateSubscription', {
        next: [{ status: 400, code: 800096, description: 'Subscription status cannot be updated.' }],
      });
      const ran = allowed(
        await desk().services.removal.remediateAll(actorOf(sales), sales, pharma.id, 'suspend', ids),
      );
      assert.deepEqual(
        ran.results.map((r) => r.name),
        ['Office 365 E3', 'Project Plan 3'],
        'one result each, in the order of the card',
      );
      const refused = ran.results.filter((r) => !r.ok);
      const done = ran.results.filter((r) => r.ok);
      assert.equal(refused.length, 1, 'the first change to reach Partner Center was refused');
      assert.equal(done.length, 1);
      const [failure] = refused;
      assert.ok(!failure.ok && failure.error.code === '800096' && failure.error.correlationId);
      assert.equal(ran.skipped, 1, 'Visio Plan 2 was already suspended: nothing was sent for it');
      assert.deepEqual(
        ran.report.blockers.map((b) => b.name),
        [failure.name],
        'the refused one still blocks',
      );
      assert.deepEqual(
        patches()
          .map((r) => r.status)
          .sort(),
        [200, 400],
      );
      assert.deepEqual((await trailOf(desk().services.audit, pharma.id)).map((e) => e.action).sort(), [
        'remedy.failed',
        'subscription.suspended',
      ]);
    });

    it('turns off auto-renew of a subscription locked until its term ends; it still blocks, now without the button', async () => {
      const humongous = demoCustomer('Humongous Insurance');
      const [locked] = (await report(desk(), 'Humongous Insurance')).blockers;
      assert.deepEqual(
        [locked.kind, locked.remedy, locked.action],
        ['lockedSubscription', 'none', 'autoRenewOff'],
      );
      const asked = allowed(await desk().services.removal.proposeRemedy(sales, humongous.id, 'autoRenewOff'));
      assert.equal(asked.confirmation.blockers[0].blockedUntil, locked.blockedUntil);
      assert.deepEqual(patches(), []);
      const ran = allowed(
        await desk().services.removal.remediateAll(actorOf(sales), sales, humongous.id, 'autoRenewOff', [
          locked.id,
        ]),
      );
      assert.deepEqual(ran.results, [{ ok: true, remedy: 'autoRenewOff', name: locked.name }]);
      const [after] = ran.report.blockers;
      assert.deepEqual(
        [after.kind, after.autoRenewEnabled, after.action],
        ['lockedSubscription', false, undefined],
      );
      assert.deepEqual(
        patches().map((r) => [r.route, r.status]),
        [['updateSubscription', 200]],
      );
      const trail = await trailOf(desk().services.audit, humongous.id);
      assert.deepEqual(
        trail.map((e) => [e.action, e.actor.name, e.detail.name]),
        [['subscription.autoRenewOff', 'Alex', locked.name]],
      );
      assert.ok(trail[0].correlationId);
    });

    it('offers no auto-renew change for a suspended subscription (the sandbox refuses it)', async () => {
      const [locked] = (await report(desk(), 'Litware, Inc.')).blockers;
      assert.deepEqual(
        [locked.kind, locked.autoRenewEnabled, locked.action],
        ['lockedSubscription', true, undefined],
      );
      assert.deepEqual(
        await desk().services.removal.proposeRemedy(sales, demoCustomer('Litware, Inc.').id, 'autoRenewOff'),
        { ok: false, reason: 'stale' },
      );
    });

    it('records the remedies done before a request with it, for its approvers', async () => {
      const contoso = demoCustomer('Contoso Ltd');
      const [blocker] = (await report(desk(), 'Contoso Ltd')).blockers;
      allowed(await remediateAsSales(desk(), contoso.id, blocker.id, 'suspend'));
      const requested = allowed(
        await desk().services.removal.requestRemoval(actorOf(sales), sales, contoso.id, ATTESTED),
      );
      const [suspended] = (await trailOf(desk().services.audit, contoso.id)).filter(
        (e) => e.action === 'subscription.suspended',
      );
      assert.deepEqual(requested.request.remediesBefore, [
        {
          remedy: 'suspend',
          id: blocker.id,
          name: 'Office 365 E3',
          by: actorOf(sales),
          at: suspended.at,
          correlationId: suspended.correlationId,
        },
      ]);
      const stored = await desk().services.workflow.get(requested.request.id);
      assert.deepEqual(stored?.remediesBefore, requested.request.remediesBefore, 'kept in the record');
    });
  });

  describe('refusals', () => {
    it('lets a Helpdesk agent look but not act', async () => {
      const customerId = demoCustomer('Contoso Ltd').id;
      const seen = await report(desk(), 'Contoso Ltd', helpdesk);
      assert.equal(seen.refusal, 'role');
      assert.equal(seen.canRemediate, false);
      const [blocker] = seen.blockers;
      const remedied = await desk().services.removal.remediate(
        actorOf(helpdesk),
        helpdesk,
        customerId,
        blocker.id,
        'suspend',
      );
      assert.deepEqual(remedied, { ok: false, reason: 'notAllowed', permission: 'remediate' });
      const requested = await desk().services.removal.requestRemoval(
        actorOf(helpdesk),
        helpdesk,
        customerId,
        ATTESTED,
      );
      assert.deepEqual(requested, { ok: false, reason: 'notAllowed', permission: 'requestRemoval' });
      assert.equal((await trailOf(desk().services.audit, customerId)).length, 0);
    });

    it('refuses someone not in the roles file anything', async () => {
      const result = await desk().services.removal.preflight(undefined, demoCustomer('Contoso Ltd').id);
      assert.deepEqual(result, { ok: false, reason: 'notAllowed', permission: 'viewCustomers' });
    });

    it('refuses a request while blockers remain, without attestation, or without a reason', async () => {
      const contoso = demoCustomer('Contoso Ltd').id;
      const blocked = await desk().services.removal.requestRemoval(actorOf(sales), sales, contoso, ATTESTED);
      assert.equal(!blocked.ok && blocked.reason === 'removalRefused' && blocked.why, 'blockers');
      const adatum = demoCustomer('A. Datum Corporation').id;
      const unattested = await desk().services.removal.requestRemoval(actorOf(sales), sales, adatum, {
        ...ATTESTED,
        attested: false,
      });
      assert.equal(!unattested.ok && unattested.reason === 'removalRefused' && unattested.why, 'notAttested');
      const noReason = await desk().services.removal.requestRemoval(actorOf(sales), sales, adatum, {
        ...ATTESTED,
        reason: '   ',
      });
      assert.equal(!noReason.ok && noReason.reason === 'removalRefused' && noReason.why, 'reasonMissing');
    });

    it('allows one open request per customer, even when two people press at once', async () => {
      const adatum = demoCustomer('A. Datum Corporation').id;
      const results = await Promise.all([
        desk().services.removal.requestRemoval(actorOf(sales), sales, adatum, ATTESTED),
        desk().services.removal.requestRemoval(actorOf(admin), admin, adatum, ATTESTED),
      ]);
      assert.equal(results.filter((r) => r.ok).length, 1);
      const loser = results.find((r) => !r.ok);
      assert.equal(loser && !loser.ok && loser.reason === 'removalRefused' && loser.why, 'pendingRequest');
      const again = await report(desk(), 'A. Datum Corporation');
      assert.equal(again.refusal, 'pendingRequest');
      assert.ok(again.pendingRequest?.requestedBy);
    });

    it('refuses forged remedies: a blocker of another customer, or the wrong remedy for it', async () => {
      const contoso = demoCustomer('Contoso Ltd').id;
      const fourthCoffeeBlocker = (await report(desk(), 'Fourth Coffee')).blockers[0];
      const otherCustomers = await remediateAsSales(desk(), contoso, fourthCoffeeBlocker.id, 'cancel');
      assert.deepEqual(otherCustomers, { ok: false, reason: 'stale' });
      const legacy = (await report(desk(), 'Contoso Ltd')).blockers[0];
      const wrongRemedy = await remediateAsSales(desk(), contoso, legacy.id, 'cancel');
      assert.deepEqual(wrongRemedy, { ok: false, reason: 'stale' });
      const locked = (await report(desk(), 'Humongous Insurance')).blockers[0];
      const lockedCancel = await remediateAsSales(
        desk(),
        demoCustomer('Humongous Insurance').id,
        locked.id,
        'cancel',
      );
      assert.deepEqual(lockedCancel, { ok: false, reason: 'stale' });
      assert.equal(
        desk().emulator.requests.filter((r) => r.method === 'PATCH').length,
        0,
        'nothing was sent',
      );
    });

    it('says a customer is gone once its relationship was removed', async () => {
      const adatum = demoCustomer('A. Datum Corporation');
      await desk().services.directory.current();
      await desk().client.removeResellerRelationship({ correlationId: randomUUID() }, adatum.id);
      const result = await desk().services.removal.preflight(sales, adatum.id);
      assert.deepEqual(result, { ok: false, reason: 'customerGone', customerName: 'A. Datum Corporation' });
      assert.equal(
        allowed(await desk().services.directory.search(globalAdmin, 'datum corporation', 15)).page.total,
        0,
      );
    });

    it('answers notFound for an id that is no customer', async () => {
      assert.deepEqual(await desk().services.removal.preflight(sales, randomUUID()), {
        ok: false,
        reason: 'notFound',
      });
    });
  });
});

describe('removal service for an indirect reseller', () => {
  const desk = eachTest(() => startDesk(resellerFixture));

  it('explains that only the indirect provider can remove, and names it', async () => {
    const result = await desk().services.removal.preflight(sales, demoCustomer('A. Datum Corporation').id);
    assert.ok(result.ok);
    assert.equal(result.report.refusal, 'indirectReseller');
    assert.equal(result.report.provider?.name, 'Fabrikam Cloud Distribution');
    const requested = await desk().services.removal.requestRemoval(
      actorOf(sales),
      sales,
      demoCustomer('A. Datum Corporation').id,
      ATTESTED,
    );
    assert.equal(!requested.ok && requested.reason === 'removalRefused' && requested.why, 'indirectReseller');
  });

  it('sends a removal request to the provider and records it', async () => {
    const customerId = demoCustomer('A. Datum Corporation').id;
    const asked = await desk().services.removal.askProvider(
      actorOf(sales),
      sales,
      customerId,
      'No longer our customer',
    );
    assert.ok(asked.ok);
    assert.equal(asked.delivery, 'sent');
    assert.equal(desk().delivered.length, 1);
    assert.equal(desk().delivered[0].providerName, 'Fabrikam Cloud Distribution');
    assert.equal(desk().delivered[0].reason, 'No longer our customer');
    assert.deepEqual(
      (await trailOf(desk().services.audit, customerId)).map((e) => e.action),
      ['removal.providerAsked'],
    );
  });

  it('does not let a Helpdesk agent ask the provider either', async () => {
    const asked = await desk().services.removal.askProvider(
      actorOf(helpdesk),
      helpdesk,
      demoCustomer('A. Datum Corporation').id,
      'x',
    );
    assert.deepEqual(asked, { ok: false, reason: 'notAllowed', permission: 'requestRemoval' });
    assert.equal(desk().delivered.length, 0);
  });
});

describe('removal service and software orders', () => {
  const NOW = new Date('2026-11-22T12:00:00.000Z');
  const CUSTOMER = '0b0b0b0b-0000-4000-8000-000000000001';
  const software = (order: string, line: string, productId: string, created: string) => ({
    entitlementType: 'software',
    productId,
    skuId: '0001',
    quantity: 1,
    referenceOrder: { id: order, lineItemId: line },
    orderCreationDate: created,
  });
  const desk = eachTest(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rules-'));
    const fixturePath = path.join(dir, 'tenant.json');
    writeFileSync(
      fixturePath,
      JSON.stringify({
        partner: { type: 'direct', tenantId: 'p-2', mpnId: '2', companyName: 'Partner' },
        customers: [
          {
            id: CUSTOMER,
            companyProfile: { tenantId: CUSTOMER, domain: 'sw.onmicrosoft.com', companyName: 'Software Co' },
            entitlements: [
              // Line 1 of its order: the cancel names that line, by number and offer.
              software('order-new', '1', 'PRODUCTNEW01', 'now-2d'),
              // Perpetual software past its 30-day window.
              software('order-old', '0', 'PRODUCTOLD01', 'now-40d'),
            ],
          },
        ],
      }),
    );
    return startDesk({ fixturePath, now: () => NOW });
  });

  it("cancels only the purchase's own line, and reports old perpetual software as a notice, not a blocker", async () => {
    const before = await desk().services.removal.preflight(sales, CUSTOMER);
    assert.ok(before.ok);
    assert.deepEqual(
      before.report.blockers.map((b) => [b.kind, b.remedy, b.id, b.lineItems]),
      [
        [
          'softwarePurchase',
          'cancelSoftwareOrder',
          'order-new',
          [{ lineItemNumber: 1, offerId: 'PRODUCTNEW01:0001' }],
        ],
      ],
    );
    assert.deepEqual(
      before.report.notices.map((n) => [n.kind, n.id]),
      [['perpetualSoftwareOutsideWindow', 'order-old']],
    );
    const remedied = await remediateAsSales(desk(), CUSTOMER, 'order-new', 'cancelSoftwareOrder');
    assert.ok(remedied.ok && remedied.result.ok, JSON.stringify(remedied));
    assert.deepEqual(remedied.report.blockers, []);
    const order = await desk().client.getOrder({ correlationId: randomUUID() }, CUSTOMER, 'order-new');
    assert.deepEqual(
      order.lineItems?.map((line) => [line.lineItemNumber, line.quantity]),
      [[1, 0]],
    );
    assert.equal(order.status, 'cancelled');
    assert.equal(remedied.report.refusal, undefined, 'nothing blocks any more: the removal can be requested');
  });
});
