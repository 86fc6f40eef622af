/**
 * The evidence pack as the service assembles it, against the real emulator: the customer as the
 * pre-flight read it at request time, the remedies of this request only, the attestation, approvals,
 * the removal call and Partner Center's last word, and whether the customer's audit chain holds.
 */
import assert from 'node:assert/strict';
import type { RemovalRequest } from '../../services/workflows/removalRequest';
import { demoCustomer } from '../partner-center/emulatorHarness';
import { actorOf, admin, sales, startDesk, TEST_BASE_URL, type DeskHarness } from '../helpers/deskHarness';

const contoso = demoCustomer('Contoso Ltd');

describe('evidence packs', function () {
  this.timeout(20_000);
  let desk: DeskHarness;
  beforeEach(async () => {
    desk = await startDesk();
  });
  afterEach(() => desk.close());

  async function request(reason: string): Promise<RemovalRequest> {
    const result = await desk.services.removal.requestRemoval(actorOf(sales), sales, contoso.id, {
      attested: true,
      reason,
      attestationVersion: 'test-v1',
    });
    assert.ok(result.ok, JSON.stringify(result).slice(0, 300));
    return result.request;
  }

  async function suspendContoso(): Promise<void> {
    const preflight = await desk.services.removal.preflight(sales, contoso.id);
    assert.ok(preflight.ok);
    const blocker = preflight.report.blockers.find((b) => b.remedy === 'suspend')!;
    await desk.services.removal.remediate(actorOf(sales), sales, contoso.id, blocker.id, 'suspend');
  }

  it('records the customer as the pre-flight read it, at request time, on the request', async () => {
    await suspendContoso();
    const pending = await request('Customer left');
    assert.equal(pending.snapshot?.relationship, 'reseller');
    assert.deepEqual(
      pending.snapshot?.subscriptions.map((s) => [s.id, s.status]),
      contoso.subscriptions.map((s: { id: string }) => [s.id, 'suspended']),
    );
    assert.equal(pending.snapshot?.blockers.length, 0, 'a request is only made once nothing blocks');
    assert.equal(await desk.services.evidence.pack(pending.id), undefined, 'no pack while pending');
    assert.equal(desk.services.evidence.linkFor(pending, 'en'), undefined);
  });

  it('a failed removal: Partner Center’s answer, only this request’s remedies, and a valid chain', async () => {
    await suspendContoso();
    const first = await request('First try');
    await desk.services.workflow.decide(actorOf(admin), admin, first.id, {
      kind: 'reject',
      reason: 'Not yet',
    });

    const second = await request('Second try');
    await desk.services.workflow.decide(actorOf(admin), admin, second.id, { kind: 'approve' });
    desk.emulator.faults.set('updateCustomer', {
      next: [{ status: 400, code: 3000, description: 'The relationship does not exist.' }],
    });
    const done = await desk.services.workflow.execute(second.id);
    assert.equal(done?.state, 'failed');

    const pack = await desk.services.evidence.pack(second.id);
    assert.ok(pack);
    assert.equal(pack.request.reason, 'Second try');
    assert.deepEqual(pack.remedies, [], 'the suspension belonged to the first request');
    assert.deepEqual(
      pack.approvals.map((a) => a.by.name),
      ['Megan'],
    );
    assert.equal(pack.attestation.version, 'test-v1');
    assert.equal(pack.removal?.msRequestId, done?.execution?.requestId);
    assert.equal(pack.removal?.attempts, 1);
    assert.deepEqual(pack.after, {
      state: 'failed',
      at: done?.execution?.finishedAt,
      partnerCenter: 'error',
      error: {
        code: '3000',
        description: 'The relationship does not exist.',
        correlationId: second.correlationId,
      },
    });
    assert.deepEqual(
      pack.trail.entries.map((e) => e.action),
      ['removal.requested', 'removal.approved', 'removal.executing', 'removal.failed'],
    );
    assert.ok(pack.trail.entries.every((e) => /^[0-9a-f]{64}$/.test(e.hash ?? '')));
    assert.deepEqual(pack.trail.integrity, { ok: true, chained: 7, unverified: 0 });

    const link = desk.services.evidence.linkFor(done, 'hu');
    assert.ok(link?.startsWith(`${TEST_BASE_URL}/evidence/${second.id}?exp=`), link);
    assert.match(link ?? '', /&lang=hu&sig=[\w-]{43}$/);
  });

  it('a completed removal after a remedy: the remedy with who, when and its correlation id', async () => {
    await suspendContoso();
    const asked = await request('Customer left');
    await desk.services.workflow.decide(actorOf(admin), admin, asked.id, { kind: 'approve' });
    await desk.services.workflow.execute(asked.id);
    const pack = (await desk.services.evidence.pack(asked.id))!;
    assert.equal(pack.after.partnerCenter, 'relationshipNone');
    assert.equal(pack.removal?.confirmedBy, 'answer');
    assert.equal(pack.remedies.length, 1);
    const [remedy] = pack.remedies;
    assert.deepEqual(
      { action: remedy?.action, by: remedy?.by.name, outcome: remedy?.outcome, target: remedy?.targetId },
      { action: 'subscription.suspended', by: 'Alex', outcome: 'done', target: contoso.subscriptions[0].id },
    );
    assert.match(remedy?.correlationId ?? '', /^[0-9a-f-]{36}$/);

    // Someone edits the trail in the store: the pack says the chain is broken, and where.
    const stored = (await desk.store.get<{ entries: { actor: { name: string } }[] }>(`audit/${contoso.id}`))!;
    stored.value.entries[0].actor.name = 'Somebody else';
    await desk.store.put(`audit/${contoso.id}`, stored.value);
    const after = (await desk.services.evidence.pack(asked.id))!;
    assert.equal(after.trail.integrity.ok, false);
    assert.deepEqual(
      after.trail.integrity.problem && [
        after.trail.integrity.problem.kind,
        after.trail.integrity.problem.index,
      ],
      ['changed', 0],
    );
  });
});
