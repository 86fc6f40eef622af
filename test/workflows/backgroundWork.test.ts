/** Work that happens without a click: executing after approval, and noticing customers who accepted. */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Acceptance } from '../../services/relationships/acceptanceWatcher';
import { WorkflowScheduler } from '../../services/workflows/workflowScheduler';
import { demoCustomer, silentLogger } from '../partner-center/emulatorHarness';
import { actorOf, admin, sales, startDesk, trailOf } from '../helpers/deskHarness';
import { eachTest } from '../helpers/eachTest';

describe('background work', function () {
  this.timeout(20_000);
  const desk = eachTest(startDesk);

  it('executes an approved request right after the approval, outside the approver’s click', async () => {
    const scheduler = new WorkflowScheduler({ workflow: desk().services.workflow, logger: silentLogger });
    try {
      const requested = await desk().services.removal.requestRemoval(
        actorOf(sales),
        sales,
        demoCustomer('A. Datum Corporation').id,
        {
          attested: true,
          reason: 'Gone',
          attestationVersion: 'v1',
        },
      );
      assert.ok(requested.ok);
      const decided = await desk().services.workflow.decide(actorOf(admin), admin, requested.request.id, {
        kind: 'approve',
      });
      assert.equal(
        decided.ok && decided.request.state,
        'approved',
        'the click is answered before the removal runs',
      );
      await scheduler.idle();
      assert.equal((await desk().services.workflow.get(requested.request.id))?.state, 'completed');
    } finally {
      await scheduler.stop();
    }
  });

  it('reports a customer who accepted an invitation once, when the customer list shows it', async () => {
    const seen: Acceptance[] = [];
    desk().services.acceptances.onAccepted((acceptance) => {
      seen.push(acceptance);
    });
    await desk().services.directory.current();
    const accepted = await fetch(`${desk().emulator.url}/sandbox/invitations/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        companyName: 'Margie’s New Venture',
        domain: `venture-${randomUUID().slice(0, 8)}.example`,
      }),
    });
    assert.ok(accepted.ok);
    await desk().services.directory.reload();
    await desk().services.directory.reload();
    assert.deepEqual(
      seen.map((a) => [a.name, a.source]),
      [['Margie’s New Venture', 'polling']],
    );
    const trail = await trailOf(desk().services.audit, seen[0].customerId);
    assert.deepEqual(
      trail.map((e) => e.action),
      ['customer.accepted'],
    );
  });

  it('reports the same acceptance once whichever way it arrives first', async () => {
    const seen: Acceptance[] = [];
    desk().services.acceptances.onAccepted((acceptance) => {
      seen.push(acceptance);
    });
    const customer = { id: randomUUID(), name: 'Twice Ltd', domain: 'twice.example' };
    assert.equal(await desk().services.acceptances.accepted(customer, 'emulator'), true);
    assert.equal(await desk().services.acceptances.accepted(customer, 'polling'), false);
    assert.equal(seen.length, 1);
  });
});

describe('cancellation windows closing', function () {
  this.timeout(20_000);
  it('finds the NCE subscription of a waiting removal whose window closes within 24 hours, and no other', async () => {
    let clock = new Date();
    const desk = await startDesk({ now: () => clock });
    try {
      const { findClosingWindows } = await import('../../services/workflows/cancellationWindowWatch.js');
      // Fourth Coffee's NCE subscription can be cancelled for 5 more days; A. Datum has nothing to cancel.
      for (const name of ['Fourth Coffee', 'A. Datum Corporation']) {
        await desk.services.workflow.submit({
          customer: { id: demoCustomer(name).id, name, domain: 'x' },
          requestedBy: actorOf(sales),
          reason: 'r',
          attestationVersion: 'v1',
        });
      }
      const blockersOf = (id: string) => desk.services.removal.blockersOf(id);
      assert.deepEqual(
        await findClosingWindows(desk.services.workflow, blockersOf, clock),
        [],
        'five days left: not yet',
      );
      clock = new Date(clock.getTime() + 4.5 * 86_400_000);
      const closing = await findClosingWindows(desk.services.workflow, blockersOf, clock);
      assert.deepEqual(
        closing.map((c) => [c.request.customerName, c.blocker.name]),
        [['Fourth Coffee', 'Microsoft 365 Business Standard']],
      );
    } finally {
      await desk.close();
    }
  });
});
