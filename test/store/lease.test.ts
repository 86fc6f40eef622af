/** Leases on every backend, with an injected clock (no sleeping, no timing asserts). */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { acquireLease, leaseHolder, LeaseRunner, releaseLease, renewLease } from '../../services/store/lease';
import { openStore } from '../../services/store/openStore';
import { parseStoreUrl } from '../../services/store/storeUrl';
import { storeBackends, storeForSuite } from '../helpers/storeBackends';

const TTL = 10_000;

for (const backend of storeBackends()) {
  describe(`leases on ${backend.name}`, function () {
    const store = storeForSuite(backend);
    let name: string;
    let time: number;
    const clock = { now: () => time };

    beforeEach(() => {
      name = `test/${randomUUID()}`;
      time = 1_000_000;
    });

    it('gives a free lease to one of two holders; the other is refused until it expires', async () => {
      const a = await acquireLease(store(), name, 'A', TTL, clock);
      assert.ok(a);
      assert.equal(await acquireLease(store(), name, 'B', TTL, clock), undefined);
      time += TTL - 1;
      assert.equal(await acquireLease(store(), name, 'B', TTL, clock), undefined);
      assert.equal(await leaseHolder(store(), name, clock), 'A');
      time += 1;
      const b = await acquireLease(store(), name, 'B', TTL, clock);
      assert.ok(b);
      assert.ok(b.fence > a.fence);
      assert.equal(await leaseHolder(store(), name, clock), 'B');
      // The old holder has lost it: renewing fails and releasing changes nothing.
      assert.equal(await renewLease(store(), a, TTL, clock), undefined);
      assert.equal(await releaseLease(store(), a), false);
      assert.equal(await leaseHolder(store(), name, clock), 'B');
    });

    it('lets only one of many concurrent acquirers win', async () => {
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) => acquireLease(store(), name, `h${i}`, TTL, clock)),
      );
      assert.equal(results.filter(Boolean).length, 1);
    });

    it('renewing keeps the lease past the first expiry', async () => {
      let a = await acquireLease(store(), name, 'A', TTL, clock);
      time += TTL / 2;
      a = await renewLease(store(), a!, TTL, clock);
      assert.ok(a);
      time += TTL / 2 + 1;
      assert.equal(await acquireLease(store(), name, 'B', TTL, clock), undefined);
      assert.equal(await leaseHolder(store(), name, clock), 'A');
    });

    it('release frees the lease at once', async () => {
      const a = await acquireLease(store(), name, 'A', TTL, clock);
      assert.equal(await releaseLease(store(), a!), true);
      assert.equal(await leaseHolder(store(), name, clock), undefined);
      assert.ok(await acquireLease(store(), name, 'B', TTL, clock));
    });

    it('re-acquiring a lease one already holds succeeds', async () => {
      assert.ok(await acquireLease(store(), name, 'A', TTL, clock));
      assert.ok(await acquireLease(store(), name, 'A', TTL, clock));
    });

    it('LeaseRunner: only the holder runs the job; after it dies the other takes over', async () => {
      const runs: string[] = [];
      const runner = (holderId: string) =>
        new LeaseRunner({
          store: store(),
          name,
          holderId,
          ttlMs: TTL,
          intervalMs: 60_000,
          now: clock.now,
          job: () => {
            runs.push(holderId);
            return Promise.resolve();
          },
          onError: (error) => assert.fail(String(error)),
        });
      const a = runner('A');
      const b = runner('B');
      // Driven by hand (no start()): one lease step and one job run per replica.
      for (const r of [a, b]) await r.tickLease();
      for (const r of [a, b]) await r.tickJob();
      assert.deepEqual(runs, ['A']);
      assert.equal(a.holding, true);
      assert.equal(b.holding, false);

      // A renews while alive, so B stays out even after the first TTL.
      time += TTL / 2;
      await a.tickLease();
      time += TTL / 2 + 1;
      await b.tickLease();
      await b.tickJob();
      assert.deepEqual(runs, ['A']);

      // A dies (no release); once its lease expires, B takes over.
      await a.stop({ release: false });
      time += TTL;
      await b.tickLease();
      await b.tickJob();
      assert.deepEqual(runs, ['A', 'B']);
      assert.equal(await leaseHolder(store(), name, clock), 'B');

      // B stops cleanly: the lease is released for the next one.
      await b.stop();
      assert.equal(await leaseHolder(store(), name, clock), undefined);
    });

    it('LeaseRunner aborts a running job when the lease is lost', async () => {
      let signal: AbortSignal | undefined;
      let finish: () => void = () => {};
      const a = new LeaseRunner({
        store: store(),
        name,
        holderId: 'A',
        ttlMs: TTL,
        intervalMs: 60_000,
        now: clock.now,
        job: (s) => {
          signal = s;
          return new Promise<void>((resolve) => (finish = resolve));
        },
      });
      await a.tickLease();
      const job = a.tickJob();
      assert.equal(signal?.aborted, false);
      time += TTL + 1;
      assert.ok(await acquireLease(store(), name, 'B', TTL, clock));
      await a.tickLease();
      assert.equal(signal?.aborted, true);
      finish();
      await job;
      await a.stop();
      assert.equal(await leaseHolder(store(), name, clock), 'B');
    });
  });
}

describe('LeaseRunner with real timers (memory store)', () => {
  it('runs the job periodically once started and stops cleanly', async () => {
    const store = await openStore(parseStoreUrl('memory://'));
    let runs = 0;
    const runner = new LeaseRunner({
      store,
      name: 'timers',
      holderId: 'A',
      ttlMs: 300,
      intervalMs: 10,
      job: () => {
        runs++;
        return Promise.resolve();
      },
    });
    runner.start();
    const deadline = Date.now() + 5_000;
    while (runs < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    await runner.stop();
    assert.ok(runs >= 3, `ran ${runs} times`);
    assert.equal(await leaseHolder(store, 'timers'), undefined);
    await store.close();
  });
});
