/**
 * The audit trail's hash chain, on every backend the store contract runs on: an untouched store
 * verifies; an entry changed (with or without a new hash), deleted (in the middle or the newest) or
 * moved is found and named (trail, entry, what is wrong); two AuditLog instances appending at once,
 * as two replicas would, keep one valid chain; entries from before the chain are its unverified prefix.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { entryHash } from '../../services/audit/auditChain';
import { AuditLog, type NewAuditEntry } from '../../services/audit/auditLog';
import { verifyAll, verifyOne } from '../../services/audit/auditVerifier';
import { openStore } from '../../services/store/openStore';
import type { RecordStore } from '../../services/store/recordStore';
import { parseStoreUrl } from '../../services/store/storeUrl';
import { storeBackends, storeForSuite } from '../helpers/storeBackends';

const alex = { name: 'Alex Wilber', userId: '29:alex' };

function entry(n: number): NewAuditEntry {
  return { actor: alex, action: 'subscription.suspended', detail: { id: `sub-${n}`, name: `Plan ${n}` } };
}

type StoredTrail = { entries: Record<string, unknown>[]; head?: unknown; base?: unknown };

async function storedTrail(store: RecordStore, customerId: string): Promise<StoredTrail> {
  return (await store.get<StoredTrail>(`audit/${customerId}`))!.value;
}

/** Writes the trail back as someone with access to the store would, bypassing the audit log. */
async function tamper(store: RecordStore, customerId: string, edit: (trail: StoredTrail) => void) {
  const trail = structuredClone(await storedTrail(store, customerId));
  edit(trail);
  await store.put(`audit/${customerId}`, trail);
}

for (const backend of storeBackends()) {
  describe(`the audit hash chain on ${backend.name}`, function () {
    const store = storeForSuite(backend);
    let audit: AuditLog;
    let customer: string;

    beforeEach(async () => {
      audit = new AuditLog(store());
      customer = randomUUID();
      for (let n = 0; n < 5; n++) await audit.append(customer, entry(n));
    });

    it('verifies an untouched trail: every entry chained, seq 0 to 4, the head on the newest', async () => {
      assert.deepEqual(await verifyOne(audit, customer), { ok: true, chained: 5, unverified: 0 });
      const trail = await storedTrail(store(), customer);
      assert.deepEqual(
        trail.entries.map((e) => e.seq),
        [0, 1, 2, 3, 4],
      );
      assert.deepEqual(trail.head, { seq: 4, hash: trail.entries[4].hash });
      for (const [i, e] of trail.entries.entries()) {
        assert.equal(e.hash, entryHash(e));
        if (i > 0) assert.equal(e.prevHash, trail.entries[i - 1].hash);
      }
    });

    it('names an entry whose field was changed', async () => {
      await tamper(store(), customer, (t) => {
        (t.entries[2].detail as Record<string, string>).name = 'Something else';
      });
      const verdict = await verifyOne(audit, customer);
      assert.equal(verdict.ok, false);
      assert.deepEqual(!verdict.ok && verdict.problem.kind, 'changed');
      assert.equal(!verdict.ok && verdict.problem.index, 2);
    });

    it('names an entry that was changed and given a new hash (its successor no longer links to it)', async () => {
      await tamper(store(), customer, (t) => {
        const changed = t.entries[1];
        changed.actor = { name: 'Someone Else' };
        changed.hash = entryHash(changed);
      });
      const verdict = await verifyOne(audit, customer);
      assert.equal(!verdict.ok && verdict.problem.kind, 'changed');
      assert.equal(!verdict.ok && verdict.problem.index, 1);
    });

    it('names a newest entry changed and rehashed (the head no longer matches it)', async () => {
      await tamper(store(), customer, (t) => {
        const changed = t.entries[4];
        changed.at = '2020-01-01T00:00:00.000Z';
        changed.hash = entryHash(changed);
      });
      const verdict = await verifyOne(audit, customer);
      assert.equal(!verdict.ok && verdict.problem.kind, 'changed');
      assert.equal(!verdict.ok && verdict.problem.index, 4);
    });

    it('names a deleted entry as missing, at the place it was', async () => {
      await tamper(store(), customer, (t) => {
        t.entries.splice(2, 1);
      });
      const verdict = await verifyOne(audit, customer);
      assert.equal(!verdict.ok && verdict.problem.kind, 'missing');
      assert.equal(!verdict.ok && verdict.problem.index, 2);
      assert.match(!verdict.ok ? verdict.problem.detail : '', /#2 is missing/);
    });

    it('names the newest entry deleted as missing, after the last one kept', async () => {
      await tamper(store(), customer, (t) => {
        t.entries.pop();
      });
      const verdict = await verifyOne(audit, customer);
      assert.equal(!verdict.ok && verdict.problem.kind, 'missing');
      assert.equal(!verdict.ok && verdict.problem.index, 4);
    });

    it('names two swapped entries as reordered', async () => {
      await tamper(store(), customer, (t) => {
        const [a, b] = [t.entries[1], t.entries[2]];
        t.entries[1] = b;
        t.entries[2] = a;
      });
      const verdict = await verifyOne(audit, customer);
      assert.equal(!verdict.ok && verdict.problem.kind, 'reordered');
      assert.equal(!verdict.ok && verdict.problem.index, 1);
    });

    it('does not verify a trail copied under another customer', async () => {
      const other = randomUUID();
      await store().put(`audit/${other}`, await storedTrail(store(), customer));
      const verdict = await verifyOne(audit, other);
      assert.equal(!verdict.ok && verdict.problem.kind, 'changed');
      assert.equal(!verdict.ok && verdict.problem.index, 0);
    });

    it('keeps one valid chain when two AuditLog instances (two replicas) append at once', async () => {
      // Keyv stores are atomic within a process: the two logs share it. Redis and Postgres are atomic
      // in the backend: the second log gets a store of its own, as another replica would.
      const separate = store().atomicity === 'backend';
      const otherStore = separate ? await openStore(parseStoreUrl(backend.url())) : store();
      try {
        const replicas = [new AuditLog(store()), new AuditLog(otherStore)];
        const shared = randomUUID();
        await Promise.all(Array.from({ length: 24 }, (_, n) => replicas[n % 2].append(shared, entry(n))));
        assert.deepEqual(await verifyOne(audit, shared), { ok: true, chained: 24, unverified: 0 });
        const trail = await storedTrail(store(), shared);
        assert.deepEqual(
          trail.entries.map((e) => e.seq),
          Array.from({ length: 24 }, (_, n) => n),
        );
        assert.deepEqual(
          new Set(trail.entries.map((e) => (e.detail as { id: string }).id)).size,
          24,
          'no append was lost',
        );
      } finally {
        if (separate) await otherStore.close();
      }
    });

    it('reports entries written before the chain as its unverified prefix, and chains what follows', async () => {
      const legacy = randomUUID();
      await store().put(`audit/${legacy}`, {
        entries: [0, 1, 2].map((n) => ({
          at: `2024-01-0${n + 1}T10:00:00.000Z`,
          actor: alex,
          action: 'invitation.drafted',
          detail: { n },
        })),
      });
      await audit.append(legacy, entry(9));
      await audit.append(legacy, entry(10));
      assert.deepEqual(await verifyOne(audit, legacy), { ok: true, chained: 2, unverified: 3 });
      await tamper(store(), legacy, (t) => {
        delete t.entries[3].hash;
      });
      const lostHash = await verifyOne(audit, legacy);
      assert.deepEqual(!lostHash.ok && [lostHash.problem.kind, lostHash.problem.index], ['changed', 3]);
      // Stripped of all its chain fields, it passes for an old entry: the chain then misses its #0.
      await tamper(store(), legacy, (t) => {
        for (const field of ['seq', 'prevHash', 'hash']) delete t.entries[3][field];
      });
      const stripped = await verifyOne(audit, legacy);
      assert.deepEqual(!stripped.ok && [stripped.problem.kind, stripped.problem.index], ['missing', 4]);
    });
  });
}

describe('the audit hash chain across a whole store', () => {
  it('verifies every trail the index knows, and names each broken one', async () => {
    const store = await openStore(parseStoreUrl('memory://'));
    const audit = new AuditLog(store);
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    for (const id of [a, b, c]) for (let n = 0; n < 3; n++) await audit.append(id, entry(n));
    assert.deepEqual(await verifyAll(audit), { trails: 3, chained: 9, unverified: 0, broken: [] });
    await tamper(store, b, (t) => {
      t.entries.splice(0, 1);
    });
    const report = await verifyAll(audit);
    assert.equal(report.broken.length, 1);
    assert.equal(report.broken[0]?.trailId, b);
    assert.deepEqual(
      { kind: report.broken[0]?.problem.kind, index: report.broken[0]?.problem.index },
      { kind: 'missing', index: 0 },
    );
    await store.close();
  });

  it('keeps verifying after the length cap drops the oldest entries', async () => {
    const store = await openStore(parseStoreUrl('memory://'));
    const audit = new AuditLog(store);
    const id = randomUUID();
    for (let n = 0; n < 503; n++) await audit.append(id, entry(n));
    const trail = await storedTrail(store, id);
    assert.equal(trail.entries.length, 500);
    assert.equal(trail.entries[0]?.seq, 3);
    assert.deepEqual(await verifyOne(audit, id), { ok: true, chained: 500, unverified: 0 });
    await tamper(store, id, (t) => {
      t.entries.shift();
    });
    const verdict = await verifyOne(audit, id);
    assert.equal(!verdict.ok && verdict.problem.kind, 'missing');
    await store.close();
  });
});
