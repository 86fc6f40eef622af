/**
 * Maker-checker removal against the real emulator: who may decide, what a second click gets, expiry,
 * execution with a stored MS-RequestId, retries after Partner Center errors, and resuming after a crash.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { openStore } from '../../services/store/openStore';
import type { RecordStore } from '../../services/store/recordStore';
import { parseStoreUrl } from '../../services/store/storeUrl';
import { PartnerCenterRequestRejectedError } from '../../services/partner-center/errors';
import type { Member } from '../../services/access/partnerRoles';
import type { RemovalRequest } from '../../services/workflows/removalRequest';
import { demoCustomer } from '../partner-center/emulatorHarness';
import {
  actorOf,
  admin,
  globalAdmin,
  helpdeskApprover,
  sales,
  startDesk,
  type DeskHarness,
  allowed,
  trailOf,
} from '../helpers/deskHarness';

const ATTESTED = {
  attested: true,
  reason: 'Customer moved to another partner',
  attestationVersion: 'test-v1',
};

/** A removal request for the demo customer `name`, made by `who` (Alex from sales unless said). */
async function requestFor(desk: DeskHarness, name: string, who: Member = sales): Promise<RemovalRequest> {
  const result = await desk.services.removal.requestRemoval(
    actorOf(who),
    who,
    demoCustomer(name).id,
    ATTESTED,
  );
  assert.ok(result.ok, JSON.stringify(result).slice(0, 300));
  return result.request;
}

/** A request by Alex for the demo customer `name`, approved by Megan. */
async function approvedRequestFor(desk: DeskHarness, name: string): Promise<RemovalRequest> {
  const request = await requestFor(desk, name);
  await desk.services.workflow.decide(actorOf(admin), admin, request.id, { kind: 'approve' });
  return request;
}

/** The PATCH calls Partner Center received for the customer, in order. */
function patchesTo(desk: DeskHarness, customerId: string) {
  return desk.emulator.requests.filter((r) => r.method === 'PATCH' && r.path.includes(customerId));
}

async function relationshipOf(desk: DeskHarness, name: string): Promise<string> {
  try {
    return (
      (await desk.client.getCustomer({ correlationId: randomUUID() }, demoCustomer(name).id))
        .relationshipToPartner ?? ''
    );
  } catch {
    return 'gone';
  }
}

describe('removal workflow', function () {
  this.timeout(20_000);
  let desk: DeskHarness;
  let clock: Date;
  beforeEach(async () => {
    clock = new Date();
    desk = await startDesk({ now: () => clock });
  });
  afterEach(() => desk.close());
  /** Partner Center answers again; ten minutes later the sweep resumes the request, given back as stored. */
  const recoverAndSweep = async (requestId: string) => {
    desk.emulator.faults.set('updateCustomer', undefined);
    clock = new Date(clock.getTime() + 10 * 60_000);
    await desk.services.workflow.sweep();
    return desk.services.workflow.get(requestId);
  };

  it('request → approve by an approver → executed: the relationship is removed, the trail says who did what', async () => {
    const request = await requestFor(desk, 'A. Datum Corporation');
    assert.equal(request.state, 'pending');
    const decided = await desk.services.workflow.decide(actorOf(admin), admin, request.id, {
      kind: 'approve',
    });
    assert.ok(decided.ok);
    assert.equal(decided.request.state, 'approved');
    const done = await desk.services.workflow.execute(request.id);
    assert.equal(done?.state, 'completed');
    assert.equal(await relationshipOf(desk, 'A. Datum Corporation'), 'gone');
    const trail = await trailOf(desk.services.audit, request.customerId);
    assert.deepEqual(
      trail.map((e) => `${e.action}:${e.actor.name}`),
      [
        'removal.requested:Alex',
        'removal.approved:Megan',
        'removal.executing:Reseller Desk',
        'removal.completed:Reseller Desk',
      ],
    );
    assert.equal(trail[3].detail.msRequestId, done?.execution?.requestId);
    assert.equal(trail[3].detail.confirmedBy, 'answer', "completed on Partner Center's success answer");
    assert.equal(
      allowed(await desk.services.directory.search(globalAdmin, 'datum corporation', 5)).page.total,
      0,
    );
  });

  it('never lets the requester approve their own request, even as an approver', async () => {
    const approverRequest = await requestFor(desk, 'A. Datum Corporation', admin);
    const own = await desk.services.workflow.decide(actorOf(admin), admin, approverRequest.id, {
      kind: 'approve',
    });
    assert.equal(!own.ok && own.reason, 'ownRequest');
    assert.equal((await desk.services.workflow.get(approverRequest.id))?.state, 'pending');
  });

  it('refuses approvers without the flag or without a role that may remove', async () => {
    const request = await requestFor(desk, 'A. Datum Corporation');
    for (const who of [sales, helpdeskApprover]) {
      const result = await desk.services.workflow.decide(actorOf(who), who, request.id, { kind: 'approve' });
      assert.deepEqual(result, { ok: false, reason: 'notAllowed' });
    }
    assert.equal((await desk.services.workflow.get(request.id))?.approvals.length, 0);
  });

  it('answers a second decision with who decided and when', async () => {
    const request = await approvedRequestFor(desk, 'A. Datum Corporation');
    const second = await desk.services.workflow.decide(actorOf(globalAdmin), globalAdmin, request.id, {
      kind: 'reject',
      reason: 'no',
    });
    assert.ok(!second.ok && second.reason === 'alreadyDecided');
    assert.equal(!second.ok && 'by' in second && second.by, 'Megan');
    assert.equal((await desk.services.workflow.get(request.id))?.state, 'approved');
  });

  it('lets exactly one of two approvers clicking at the same moment decide', async () => {
    const request = await requestFor(desk, 'A. Datum Corporation');
    const results = await Promise.all([
      desk.services.workflow.decide(actorOf(admin), admin, request.id, { kind: 'approve' }),
      desk.services.workflow.decide(actorOf(globalAdmin), globalAdmin, request.id, {
        kind: 'reject',
        reason: 'Wrong customer',
      }),
    ]);
    assert.equal(results.filter((r) => r.ok).length, 1);
    const loser = results.find((r) => !r.ok);
    assert.ok(loser && !loser.ok && loser.reason === 'alreadyDecided');
  });

  it('needs a reason to reject; a rejection frees the customer for a new request', async () => {
    const request = await requestFor(desk, 'A. Datum Corporation');
    const noReason = await desk.services.workflow.decide(actorOf(admin), admin, request.id, {
      kind: 'reject',
      reason: '  ',
    });
    assert.equal(!noReason.ok && noReason.reason, 'reasonMissing');
    const rejected = await desk.services.workflow.decide(actorOf(admin), admin, request.id, {
      kind: 'reject',
      reason: 'Still under contract',
    });
    assert.ok(rejected.ok);
    assert.equal(rejected.request.decision?.reason, 'Still under contract');
    assert.equal(await desk.services.workflow.openFor(request.customerId), undefined);
    await requestFor(desk, 'A. Datum Corporation');
  });

  it('lets only the requester cancel', async () => {
    const request = await requestFor(desk, 'A. Datum Corporation');
    const notTheirs = await desk.services.workflow.decide(actorOf(admin), admin, request.id, {
      kind: 'cancel',
    });
    assert.equal(!notTheirs.ok && notTheirs.reason, 'notRequester');
    const cancelled = await desk.services.workflow.decide(actorOf(sales), sales, request.id, {
      kind: 'cancel',
    });
    assert.equal(cancelled.ok && cancelled.request.state, 'cancelled');
  });

  it('expires a request nobody decided within the policy time', async () => {
    const request = await requestFor(desk, 'A. Datum Corporation');
    clock = new Date(clock.getTime() + 73 * 3_600_000);
    await desk.services.workflow.sweep();
    assert.equal((await desk.services.workflow.get(request.id))?.state, 'expired');
    const late = await desk.services.workflow.decide(actorOf(admin), admin, request.id, { kind: 'approve' });
    assert.ok(!late.ok && late.reason === 'alreadyDecided' && late.state === 'expired');
    assert.equal(await relationshipOf(desk, 'A. Datum Corporation'), 'reseller');
  });

  it('fails the execution when a blocker came back after the approval, and removes nothing', async () => {
    const contoso = demoCustomer('Contoso Ltd');
    const [blocker] = (await desk.services.removal.preflight(sales, contoso.id)).ok
      ? (
          (await desk.services.removal.preflight(sales, contoso.id)) as {
            report: { blockers: { id: string }[] };
          }
        ).report.blockers
      : [];
    await desk.services.removal.remediate(actorOf(sales), sales, contoso.id, blocker.id, 'suspend');
    const request = await approvedRequestFor(desk, 'Contoso Ltd');
    await desk.client.changeSubscriptionStatus(
      { correlationId: randomUUID() },
      contoso.id,
      blocker.id,
      'active',
    );
    const done = await desk.services.workflow.execute(request.id);
    assert.equal(done?.state, 'failed');
    assert.equal(done?.execution?.error?.code, 'RemovalBlocked');
    assert.equal(await relationshipOf(desk, 'Contoso Ltd'), 'reseller');
  });

  it('retries after Partner Center 500s with the same MS-RequestId and removes once', async () => {
    const request = await approvedRequestFor(desk, 'A. Datum Corporation');
    desk.emulator.faults.set('updateCustomer', { rate500: 1 });
    const first = await desk.services.workflow.execute(request.id);
    assert.equal(first?.state, 'executing', 'kept for a retry');
    assert.equal(first?.execution?.lastError?.code, '800003');
    const done = await recoverAndSweep(request.id);
    assert.equal(done?.state, 'completed');
    const patches = patchesTo(desk, request.customerId);
    assert.ok(patches.length > 1, 'the call was retried');
    assert.deepEqual(
      [...new Set(patches.map((r) => r.requestId))],
      [done?.execution?.requestId],
      'one MS-RequestId for every attempt',
    );
    assert.equal(patches.filter((r) => r.status === 200 && !r.replayed).length, 1, 'one effect');
  });

  for (const answer of [
    {
      status: 400,
      code: 3000,
      description: 'The relationship between the partner and customer does not exist.',
    },
    { status: 403, code: 20002, description: 'No relationship between caller and account.' },
  ]) {
    it(`fails, with Partner Center's answer, when the removal is answered ${answer.status}/${answer.code} while the relationship stays`, async () => {
      const request = await approvedRequestFor(desk, 'A. Datum Corporation');
      desk.emulator.faults.set('updateCustomer', { next: [answer] });
      const done = await desk.services.workflow.execute(request.id);
      assert.equal(done?.state, 'failed', 'an error answer never completes a removal');
      assert.deepEqual(done?.execution?.error, {
        code: String(answer.code),
        description: answer.description,
        correlationId: request.correlationId,
      });
      assert.equal(done?.execution?.confirmedBy, undefined);
      assert.equal(await relationshipOf(desk, 'A. Datum Corporation'), 'reseller');
      assert.equal(
        (await desk.services.directory.byId(request.customerId))?.name,
        'A. Datum Corporation',
        'the customer is still listed',
      );
      const trail = await trailOf(desk.services.audit, request.customerId);
      assert.equal(trail.at(-1)?.action, 'removal.failed');
      assert.equal(trail.at(-1)?.detail.code, String(answer.code));
    });
  }

  it('completes on a re-read when the removal call failed but the relationship is gone', async () => {
    const request = await approvedRequestFor(desk, 'A. Datum Corporation');
    // Someone removes the relationship in Partner Center's portal just before the bot's call, which
    // Partner Center then refuses: only the re-read can tell that the removal is done.
    const client = desk.client;
    const remove = client.removeResellerRelationship.bind(client);
    client.removeResellerRelationship = async (context, customerId) => {
      await remove({ correlationId: randomUUID(), requestId: randomUUID() }, customerId);
      return remove(context, customerId);
    };
    const done = await desk.services.workflow.execute(request.id);
    assert.equal(done?.state, 'completed');
    assert.equal(done?.execution?.confirmedBy, 'reRead');
    const patches = patchesTo(desk, request.customerId);
    assert.ok(patches.at(-1)!.status >= 400, "the bot's own call was refused");
  });

  it('completes on a re-read when the relationship ends between the pre-flight’s reads (another replica’s attempt removed it)', async () => {
    const request = await approvedRequestFor(desk, 'A. Datum Corporation');
    // The customer reads fine; before the subscriptions are read, the other replica's attempt of this
    // same request removes the relationship, so Partner Center answers the subscriptions with 20002.
    const client = desk.client;
    const listSubscriptions = client.listSubscriptions.bind(client);
    client.listSubscriptions = async (context, customerId) => {
      client.listSubscriptions = listSubscriptions;
      await client.removeResellerRelationship(
        { correlationId: randomUUID(), requestId: randomUUID() },
        customerId,
      );
      return listSubscriptions(context, customerId);
    };
    const done = await desk.services.workflow.execute(request.id);
    assert.equal(done?.state, 'completed', JSON.stringify(done?.execution));
    assert.equal(done?.execution?.confirmedBy, 'reRead');
  });

  it('leaves the outcome to a newer attempt when another replica took the request over meanwhile', async () => {
    const request = await approvedRequestFor(desk, 'A. Datum Corporation');
    // While this attempt runs its pre-flight, another replica (which took it for dead) claims attempt 2;
    // then this attempt fails on a refusal. Attempt 2 decides, not this one.
    const client = desk.client;
    const listSubscriptions = client.listSubscriptions.bind(client);
    client.listSubscriptions = async () => {
      client.listSubscriptions = listSubscriptions;
      const key = `removalRequests/${request.id}`;
      const record = (await desk.store.get<RemovalRequest>(key))!;
      const execution = record.value.execution!;
      await desk.store.put(key, {
        ...record.value,
        execution: { ...execution, attempts: execution.attempts + 1 },
      });
      throw new PartnerCenterRequestRejectedError(
        400,
        { code: 3000, description: 'refused' },
        { operation: 'list subscriptions' },
      );
    };
    const after = await desk.services.workflow.execute(request.id);
    assert.equal(after?.state, 'executing', 'not failed by the attempt that was taken over');
    assert.equal(after?.execution?.attempts, 2);
    assert.equal(after?.execution?.lastError, undefined);
  });

  it('does not start another attempt of a request another replica has just claimed, when asked to run it when due', async () => {
    const request = await approvedRequestFor(desk, 'A. Datum Corporation');
    const key = `removalRequests/${request.id}`;
    const record = (await desk.store.get<RemovalRequest>(key))!;
    const at = clock.toISOString();
    await desk.store.put(key, {
      ...record.value,
      state: 'executing',
      execution: { requestId: randomUUID(), attempts: 1, startedAt: at, lastAttemptAt: at },
    });
    const left = await desk.services.workflow.execute(request.id, { whenDue: true });
    assert.equal(left?.state, 'executing');
    assert.equal(left?.execution?.attempts, 1, 'no second attempt');
    assert.equal(patchesTo(desk, request.customerId).length, 0);
  });

  it('never calls a removal done on the answer alone: a re-read that still shows the relationship keeps it open, then fails it', async () => {
    const request = await approvedRequestFor(desk, 'A. Datum Corporation');
    // Partner Center answers "none" but nothing changed: the re-read still shows the relationship.
    desk.client.removeResellerRelationship = (_context, customerId) =>
      Promise.resolve({ id: customerId, relationshipToPartner: 'none' } as never);
    const first = await desk.services.workflow.execute(request.id);
    assert.equal(first?.state, 'executing', 'not completed on the answer');
    assert.equal(first?.execution?.lastError?.code, 'NotConfirmedByReRead');
    let state: string | undefined = first?.state;
    for (let i = 0; i < 6 && state === 'executing'; i++) {
      clock = new Date(clock.getTime() + 60 * 60_000);
      await desk.services.workflow.sweep();
      state = (await desk.services.workflow.get(request.id))?.state;
    }
    assert.equal(state, 'failed');
    const failed = await desk.services.workflow.get(request.id);
    assert.match(
      failed?.execution?.error?.description ?? '',
      /re-read .* still shows the reseller relationship/,
    );
    assert.equal(await relationshipOf(desk, 'A. Datum Corporation'), 'reseller');
  });

  it('after a 429 the next attempt of the removal is a new request with a new MS-RequestId', async () => {
    const request = await approvedRequestFor(desk, 'A. Datum Corporation');
    desk.emulator.faults.set('updateCustomer', { rate429: 1, retryAfterSeconds: 0 });
    const throttled = await desk.services.workflow.execute(request.id);
    assert.equal(throttled?.state, 'executing', 'kept for a retry');
    const done = await recoverAndSweep(request.id);
    assert.equal(done?.state, 'completed');
    const patches = patchesTo(desk, request.customerId);
    const ids = patches.map((r) => r.requestId);
    assert.equal(
      new Set(ids).size,
      ids.length,
      `every attempt after a 429 is a new request: ${ids.join(' ')}`,
    );
    assert.equal(ids.at(-1), done?.execution?.requestId);
  });

  it('fails for good after the policy number of attempts', async () => {
    const request = await approvedRequestFor(desk, 'A. Datum Corporation');
    desk.emulator.faults.set('updateCustomer', { rate500: 1 });
    let state = (await desk.services.workflow.execute(request.id))?.state;
    for (let i = 0; i < 6 && state === 'executing'; i++) {
      clock = new Date(clock.getTime() + 60 * 60_000);
      await desk.services.workflow.sweep();
      state = (await desk.services.workflow.get(request.id))?.state;
    }
    assert.equal(state, 'failed');
    assert.equal(await relationshipOf(desk, 'A. Datum Corporation'), 'reseller');
  });

  it('needs two approvers when the policy says two', async () => {
    await desk.close();
    desk = await startDesk({ now: () => clock, policy: { requiredApprovals: 2 } });
    const request = await requestFor(desk, 'A. Datum Corporation');
    const first = await desk.services.workflow.decide(actorOf(admin), admin, request.id, { kind: 'approve' });
    assert.equal(first.ok && first.request.state, 'pending');
    const again = await desk.services.workflow.decide(actorOf(admin), admin, request.id, { kind: 'approve' });
    assert.equal(!again.ok && again.reason, 'alreadyApproved');
    const second = await desk.services.workflow.decide(actorOf(globalAdmin), globalAdmin, request.id, {
      kind: 'approve',
    });
    assert.equal(second.ok && second.request.state, 'approved');
  });
});

describe('removal workflow, observed as crash trials observe it', function () {
  this.timeout(20_000);

  it('reports each step of an execution, in order, with the request id', async () => {
    const steps: string[] = [];
    const desk = await startDesk({
      onExecutionStep: (step, requestId) => steps.push(`${step}:${requestId}`),
    });
    try {
      const request = await approvedRequestFor(desk, 'A. Datum Corporation');
      assert.deepEqual(steps, []);
      const done = await desk.services.workflow.execute(request.id);
      assert.equal(done?.state, 'completed');
      assert.deepEqual(steps, [
        `claimed:${request.id}`,
        `beforePartnerCenterCall:${request.id}`,
        `afterPartnerCenterCall:${request.id}`,
        `beforeRecordingResult:${request.id}`,
      ]);
    } finally {
      await desk.close();
    }
  });
});

describe('removal workflow across a crash', function () {
  this.timeout(20_000);

  /**
   * The restart after the crash: a desk on the same store whose clock starts a minute after `since`.
   * `sweepAt(minutes, id)` sets the clock that many minutes after `since`, sweeps, and gives the request.
   */
  async function restartOn(store: RecordStore, since: number) {
    let clock = new Date(since + 60_000);
    const desk = await startDesk({ store, now: () => clock });
    return {
      desk,
      async sweepAt(minutes: number, requestId: string) {
        clock = new Date(since + minutes * 60_000);
        await desk.services.workflow.sweep();
        return desk.services.workflow.get(requestId);
      },
      async close() {
        await desk.emulator.close();
        await store.close();
      },
    };
  }

  /** A desk on a memory store where Alex's removal of A. Datum was just approved by Megan. */
  async function approvedBeforeCrash() {
    const store = await openStore(parseStoreUrl('memory://'));
    const before = await startDesk({ store });
    const request = await approvedRequestFor(before, 'A. Datum Corporation');
    return { store, before, request };
  }

  it('resumes an approved request that was never executed, after a restart on the same store', async () => {
    const { store, before, request } = await approvedBeforeCrash();
    await before.emulator.close(); // the process dies here, before executing

    const restarted = await restartOn(store, Date.now());
    try {
      // A minute after the approval its replica could still be starting the removal: left alone.
      assert.equal((await restarted.sweepAt(1, request.id))?.state, 'approved');
      assert.equal((await restarted.sweepAt(5, request.id))?.state, 'completed');
      assert.equal(await relationshipOf(restarted.desk, 'A. Datum Corporation'), 'gone');
    } finally {
      await restarted.close();
    }
  });

  it('resumes a request left executing with the same MS-RequestId, removing once', async () => {
    const { store, before, request } = await approvedBeforeCrash();
    // The removal reaches Partner Center, then the process dies before recording the result.
    const record = (await store.get<RemovalRequest>(`removalRequests/${request.id}`))!;
    const msRequestId = randomUUID();
    const startedAt = new Date();
    await store.put(`removalRequests/${request.id}`, {
      ...record.value,
      state: 'executing',
      execution: {
        requestId: msRequestId,
        attempts: 1,
        startedAt: startedAt.toISOString(),
        lastAttemptAt: startedAt.toISOString(),
      },
    });
    await before.client.removeResellerRelationship(
      { correlationId: randomUUID(), requestId: msRequestId },
      request.customerId,
    );
    await before.emulator.close();

    const restarted = await restartOn(store, startedAt.getTime());
    try {
      // A minute later the attempt could still be running on another replica: left alone.
      assert.equal((await restarted.sweepAt(1, request.id))?.state, 'executing');
      // Past resumeExecutionAfterMs (5 minutes) it is presumed lost and resumed.
      const done = await restarted.sweepAt(5, request.id);
      assert.equal(done?.state, 'completed');
      assert.equal(done?.execution?.requestId, msRequestId);
    } finally {
      await restarted.close();
    }
  });
});
