/**
 * The GDAP step of a request across replicas: two replicas on one store run the same approved GDAP
 * termination; each relationship gets one terminate, and while Graph still reads it ending the request
 * stays open; once Graph reads it ended, two sweeps at once finish it once (one audit entry each).
 */
import assert from 'node:assert/strict';
import { createDeskServices, type DeskServices } from '../../services/deskServices';
import { SANDBOX_GRAPH_PATH } from '../../services/graph/graphHttp';
import { demoCustomer, silentLogger } from '../partner-center/emulatorHarness';
import { actorOf, admin, sales, startDesk, type DeskHarness } from '../helpers/deskHarness';

const WOODGROVE = 'Woodgrove Bank';

describe('ending GDAP with two replicas', function () {
  this.timeout(60_000);
  let desk: DeskHarness;
  let other: DeskServices;
  let clock: Date;

  beforeEach(async () => {
    // A clock that stands still: the sandbox's Graph keeps a terminated relationship ending until it moves.
    clock = new Date();
    desk = await startDesk({ now: () => clock });
    other = await createDeskServices({
      client: desk.client,
      store: desk.store,
      logger: silentLogger,
      profile: desk.emulator.partner,
      emulatorUrl: desk.emulator.url,
      now: () => clock,
      publisher: { publish: () => Promise.resolve([]) },
    });
  });
  afterEach(() => desk.close());

  const terminates = () =>
    desk.emulator.requests.filter(
      (r) => r.method === 'POST' && r.path.startsWith(SANDBOX_GRAPH_PATH) && r.path.endsWith('/requests'),
    );

  it('sends one terminate per relationship and finishes once, whichever replica runs it', async () => {
    const customerId = demoCustomer(WOODGROVE).id;
    const lookup = await desk.services.gdap.relationships(customerId);
    const chosen = lookup.relationships.slice(0, 2).map((r) => r.id!);
    const asked = await desk.services.gdapTermination.request(actorOf(sales), sales, customerId, {
      relationshipIds: chosen,
      reason: 'Handled in house',
      confirmed: true,
    });
    assert.ok(asked.ok, JSON.stringify(asked).slice(0, 300));
    const decided = await desk.services.workflow.decide(actorOf(admin), admin, asked.request.id, {
      kind: 'approve',
    });
    assert.ok(decided.ok);

    const [a, b] = await Promise.all([
      desk.services.workflow.execute(asked.request.id),
      other.workflow.execute(asked.request.id),
    ]);
    assert.ok(a && b);
    const open = await desk.services.workflow.get(asked.request.id);
    assert.equal(open?.state, 'executing', 'Graph still reads them ending: not done');
    assert.deepEqual(
      open?.gdap?.targets.map((t) => t.outcome),
      ['requested', 'requested'],
    );
    assert.equal(terminates().length, 2, 'one terminate per relationship');

    // Graph ends them; both replicas sweep at once.
    clock = new Date(clock.getTime() + 60_000);
    await Promise.all([desk.services.workflow.sweep(), other.workflow.sweep()]);
    const done = await desk.services.workflow.get(asked.request.id);
    assert.equal(done?.state, 'completed');
    assert.equal(terminates().length, 2, 'no second terminate');
    const trail = await desk.services.audit.entries(customerId);
    const ended = trail.filter((e) => e.action === 'gdap.terminated');
    assert.deepEqual(ended.map((e) => e.detail.relationshipId).sort(), [...chosen].sort());
    assert.equal(trail.filter((e) => e.action === 'removal.completed').length, 1);
    // The reseller relationship was not part of it.
    assert.equal(
      (await desk.client.getCustomer({ correlationId: 'c' }, customerId)).relationshipToPartner,
      'reseller',
    );
  });
});
