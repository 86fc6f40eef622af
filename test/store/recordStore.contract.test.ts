/** The RecordStore contract, run against every backend CI can start. */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { storeBackends, storeForSuite } from '../helpers/storeBackends';

for (const backend of storeBackends()) {
  describe(`RecordStore on ${backend.name}`, function () {
    const store = storeForSuite(backend);
    let prefix: string;

    beforeEach(() => {
      prefix = `contract/${randomUUID()}/`;
    });

    it('returns nothing for a key never written', async () => {
      assert.equal(await store().get(`${prefix}missing`), undefined);
    });

    it('reads back what was written, as a copy, with version 1 and an etag', async () => {
      const value = { name: 'Contoso', nested: { seats: 3 }, tags: ['a', 'b'] };
      const written = await store().put(`${prefix}a`, value);
      value.nested.seats = 99;
      const read = await store().get<typeof value>(`${prefix}a`);
      assert.deepEqual(read?.value, { name: 'Contoso', nested: { seats: 3 }, tags: ['a', 'b'] });
      assert.equal(read?.version, 1);
      assert.equal(read?.etag, written.etag);
      assert.ok(read?.updatedAt && !Number.isNaN(Date.parse(read.updatedAt)));
    });

    it('gives every write a new etag and the next version', async () => {
      const first = await store().put(`${prefix}v`, { n: 1 });
      const second = await store().put(`${prefix}v`, { n: 2 });
      assert.notEqual(first.etag, second.etag);
      assert.equal(second.version, 2);
    });

    it('compare-and-set writes when the etag matches and refuses a stale one, returning the current record', async () => {
      const first = await store().put(`${prefix}cas`, { state: 'pending' });
      const approved = await store().compareAndSet(`${prefix}cas`, first.etag, { state: 'approved' });
      assert.ok(approved.ok);
      const stale = await store().compareAndSet(`${prefix}cas`, first.etag, { state: 'rejected' });
      assert.equal(stale.ok, false);
      assert.deepEqual(!stale.ok && stale.current?.value, { state: 'approved' });
      assert.deepEqual((await store().get(`${prefix}cas`))?.value, { state: 'approved' });
    });

    it('compare-and-set with null creates only when the key is absent', async () => {
      const created = await store().compareAndSet(`${prefix}new`, null, { id: 1 });
      assert.ok(created.ok);
      const again = await store().compareAndSet(`${prefix}new`, null, { id: 2 });
      assert.equal(again.ok, false);
      assert.deepEqual((await store().get(`${prefix}new`))?.value, { id: 1 });
    });

    it('lets exactly one of many concurrent writers with the same etag win', async () => {
      const base = await store().put(`${prefix}race`, { winner: 'none' });
      const results = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          store().compareAndSet(`${prefix}race`, base.etag, { winner: `w${i}` }),
        ),
      );
      const winners = results.filter((result) => result.ok);
      assert.equal(winners.length, 1);
      const stored = await store().get<{ winner: string }>(`${prefix}race`);
      assert.deepEqual(stored?.value, winners[0]?.ok && winners[0].record.value);
      assert.equal(stored?.version, 2);
    });

    it('does not accept an etag from before a delete once the key is written again', async () => {
      const old = await store().put(`${prefix}aba`, { life: 1 });
      await store().delete(`${prefix}aba`);
      await store().put(`${prefix}aba`, { life: 2 });
      const result = await store().compareAndSet(`${prefix}aba`, old.etag, { life: 'stale' });
      assert.equal(result.ok, false);
    });

    it('stores keys longer than any adapter column (1,000 characters), keeping similar long keys apart', async () => {
      const head = `${prefix}msteams/28:bot/conversations/19:${'x'.repeat(1000)}`;
      await store().put(`${head};messageid=1`, { thread: 1 });
      await store().put(`${head};messageid=2`, { thread: 2 });
      assert.deepEqual((await store().get(`${head};messageid=1`))?.value, { thread: 1 });
      assert.deepEqual((await store().get(`${head};messageid=2`))?.value, { thread: 2 });
      const cas = await store().compareAndSet(`${head};messageid=3`, null, { thread: 3 });
      assert.ok(cas.ok);
    });

    it('keeps unicode and markup in values exactly', async () => {
      const value = { name: 'Ügyfél Kft. *bold* ${x} <at>y</at> 🙂', zero: 0, no: false, nothing: null };
      await store().put(`${prefix}u`, value);
      assert.deepEqual((await store().get(`${prefix}u`))?.value, value);
    });

    it('deletes', async () => {
      await store().put(`${prefix}d`, { x: 1 });
      await store().delete(`${prefix}d`);
      assert.equal(await store().get(`${prefix}d`), undefined);
    });

    it('says where its compare-and-set is atomic: in the backend for Redis and Postgres', () => {
      const shared = backend.name === 'redis' || backend.name === 'postgres';
      assert.equal(store().atomicity, shared ? 'backend' : 'process');
    });

    it('bumps the version once per put under concurrent puts', async () => {
      await Promise.all(Array.from({ length: 8 }, (_, i) => store().put(`${prefix}puts`, { i })));
      assert.equal((await store().get(`${prefix}puts`))?.version, 8);
    });

    it('answers a ping', async () => {
      await store().ping();
    });
  });
}
