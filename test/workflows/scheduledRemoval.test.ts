/**
 * Removal when possible: a customer blocked only by a new-commerce term is requested and approved
 * now, auto-renew is turned off (confirmed by a re-read), the request waits as scheduled, reminders
 * come 7 days and 1 day before, and on the day — by the clock the sandbox and the desk share — the
 * removal runs once and is confirmed. Something new on the day keeps it waiting or fails it, as
 * the requester chose; the requester or an approver may call it off.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Member } from '../../services/access/partnerRoles';
import type { ScheduleChoice } from '../../services/relationships/removalService';
import { dueReminders } from '../../services/workflows/scheduleReminders';
import { scheduledFor, type RemovalRequest } from '../../services/workflows/removalRequest';
import { demoCustomer } from '../partner-center/emulatorHarness';
import {
  actorOf,
  admin,
  globalAdmin,
  sales,
  startDesk,
  trailOf,
  type DeskHarness,
} from '../helpers/deskHarness';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const BANK = 'Contoso Bank';

describe('scheduled removal (blocked only by dates)', function () {
  this.timeout(30_000);
  let desk: DeskHarness;
  let clock: Date;
  beforeEach(async () => {
    clock = new Date();
    desk = await startDesk({ now: () => clock });
  });
  afterEach(() => desk.close());

  const context = () => ({ correlationId: randomUUID() });
  async function request(schedule: ScheduleChoice | undefined, who: Member = sales, name = BANK) {
    return desk.services.removal.requestRemoval(actorOf(who), who, demoCustomer(name).id, {
      attested: true,
      reason: 'Customer leaves at the end of its term',
      attestationVersion: 'test-v1',
      schedule,
    });
  }
  async function scheduledRequest(onBlocked: 'wait' | 'fail' = 'wait'): Promise<RemovalRequest> {
    const result = await request({ onBlocked, turnOffAutoRenew: true });
    assert.ok(result.ok, JSON.stringify(result).slice(0, 300));
    await desk.services.workflow.decide(actorOf(admin), admin, result.request.id, { kind: 'approve' });
    const scheduled = await desk.services.workflow.execute(result.request.id);
    assert.equal(scheduled?.state, 'scheduled');
    return scheduled;
  }
  const removals = () =>
    desk.emulator.requests.filter(
      (r) => r.method === 'PATCH' && r.path === `/v1/customers/${demoCustomer(BANK).id}`,
    );

  it('offers a schedule only when dates alone block, and needs auto-renew off confirmed', async () => {
    const offer = await desk.services.removal.preflight(sales, demoCustomer(BANK).id);
    assert.ok(offer.ok && offer.report.schedule);
    assert.equal(offer.report.schedule.autoRenewOn.length, 1);
    const withoutPlan = await request(undefined);
    assert.ok(!withoutPlan.ok && withoutPlan.reason === 'removalRefused' && withoutPlan.why === 'blockers');
    const unconfirmed = await request({ onBlocked: 'wait', turnOffAutoRenew: false });
    assert.ok(!unconfirmed.ok && unconfirmed.reason === 'removalRefused');
    assert.equal(!unconfirmed.ok && 'why' in unconfirmed && unconfirmed.why, 'autoRenewNotConfirmed');
    const datum = await desk.services.removal.preflight(sales, demoCustomer('A. Datum Corporation').id);
    assert.ok(datum.ok && datum.report.schedule === undefined, 'nothing to wait for: no schedule');
  });

  it('approved → auto-renew off (re-read) → scheduled → reminders → removed on the day, once', async () => {
    const scheduled = await scheduledRequest();
    const subscriptionId = scheduled.schedule!.autoRenewOff[0].id;
    const customerId = demoCustomer(BANK).id;
    const subscription = await desk.client.getSubscription(context(), customerId, subscriptionId);
    assert.equal(subscription.autoRenewEnabled, false, 'Partner Center shows auto-renew off');
    assert.deepEqual(
      scheduled.schedule!.prepared!.map((p) => p.ok),
      [true],
    );

    await desk.services.workflow.sweep();
    assert.equal((await desk.services.workflow.get(scheduled.id))?.state, 'scheduled');
    assert.equal(removals().length, 0, 'nothing removed before the date');

    const day = Date.parse(scheduledFor(scheduled.schedule!));
    assert.deepEqual(dueReminders([scheduled], new Date(day - 8 * DAY)), []);
    assert.deepEqual(
      dueReminders([scheduled], new Date(day - 6 * DAY)).map((r) => r.daysBefore),
      [7],
    );
    assert.deepEqual(
      dueReminders([scheduled], new Date(day - 12 * HOUR)).map((r) => r.daysBefore),
      [1],
    );
    assert.deepEqual(dueReminders([scheduled], new Date(day + HOUR)), []);

    clock = new Date(day + HOUR);
    await Promise.all([desk.services.workflow.sweep(), desk.services.workflow.sweep()]);
    const done = await desk.services.workflow.get(scheduled.id);
    assert.equal(done?.state, 'completed');
    assert.equal(removals().length, 1, 'one removal call');
    const trail = await trailOf(desk.services.audit, customerId);
    assert.deepEqual(
      trail.map((e) => e.action).filter((a) => a.startsWith('removal.') || a.startsWith('subscription.')),
      [
        'removal.requested',
        'removal.approved',
        'subscription.autoRenewOff',
        'removal.scheduled',
        'removal.executing',
        'removal.completed',
      ],
    );
  });

  it('something new on the day: keeps waiting and says what, or fails as the requester chose', async () => {
    for (const onBlocked of ['wait', 'fail'] as const) {
      clock = new Date();
      const scheduled = await scheduledRequest(onBlocked);
      const [{ id: subscriptionId }] = scheduled.schedule!.autoRenewOff;
      // Someone turns auto-renew back on in Partner Center: the term renews and blocks again.
      await desk.client.setSubscriptionAutoRenew(
        { correlationId: randomUUID(), requestId: randomUUID() },
        demoCustomer(BANK).id,
        subscriptionId,
        true,
      );
      clock = new Date(Date.parse(scheduledFor(scheduled.schedule!)) + HOUR);
      await desk.services.workflow.sweep();
      const after = await desk.services.workflow.get(scheduled.id);
      assert.equal(after?.state, onBlocked === 'wait' ? 'scheduled' : 'failed', onBlocked);
      assert.deepEqual(after?.schedule?.lastCheck?.blockedBy, ['Microsoft 365 E5']);
      assert.equal(removals().length, 0);
      if (onBlocked === 'wait') {
        // Called off by an approver; the next request (auto-renew on again) is the requester's to fail.
        const cancelled = await desk.services.workflow.decide(
          actorOf(globalAdmin),
          globalAdmin,
          scheduled.id,
          {
            kind: 'cancel',
          },
        );
        assert.ok(cancelled.ok && cancelled.request.state === 'cancelled');
      }
    }
  });

  it('a scheduled request may be called off by its requester or an approver, not by others', async () => {
    const scheduled = await scheduledRequest();
    const other = await desk.services.workflow.decide(
      actorOf({ ...sales, name: 'Patti', userId: '29:patti' }),
      { ...sales, name: 'Patti', userId: '29:patti' },
      scheduled.id,
      { kind: 'cancel' },
    );
    assert.ok(!other.ok);
    assert.equal((await desk.services.workflow.get(scheduled.id))?.state, 'scheduled');
    const own = await desk.services.workflow.decide(actorOf(sales), sales, scheduled.id, { kind: 'cancel' });
    assert.ok(own.ok && own.request.state === 'cancelled');
  });
});
