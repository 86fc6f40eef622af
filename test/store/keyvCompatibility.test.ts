/**
 * The backend-atomic Redis/Postgres stores keep keyv's data format: what KeyvRecordStore wrote is
 * read and compare-and-set by the new store, and the other way round.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { openKeyvStore, openStore } from '../../services/store/openStore';
import type { RecordStore } from '../../services/store/recordStore';
import { parseStoreUrl } from '../../services/store/storeUrl';
import { skipUnlessAvailable, storeBackends } from '../helpers/storeBackends';

const awkward = {
  colon: ':starts with a colon',
  doubled: '::two',
  text: 'Ügyfél *bold* <at>x</at> 🙂 "quoted" \\ back',
  n: 1.5,
  nothing: null,
  list: [':a', 1, false],
};

for (const backend of storeBackends().filter((b) => b.name === 'redis' || b.name === 'postgres')) {
  describe(`keyv data compatibility on ${backend.name}`, function () {
    let atomic: RecordStore;
    let keyv: RecordStore;
    let prefix: string;

    before(async function () {
      skipUnlessAvailable(this, backend);
      atomic = await openStore(parseStoreUrl(backend.url()));
      keyv = await openKeyvStore(parseStoreUrl(backend.url()));
    });
    after(async () => {
      await atomic?.close();
      await keyv?.close();
    });
    beforeEach(() => {
      prefix = `compat/${randomUUID()}/`;
    });

    it('reads and compare-and-sets what the keyv store wrote', async () => {
      const written = await keyv.put(`${prefix}a`, awkward);
      const read = await atomic.get(`${prefix}a`);
      assert.deepEqual(read, written);
      const cas = await atomic.compareAndSet(`${prefix}a`, written.etag, { ...awkward, n: 2 });
      assert.ok(cas.ok);
      assert.equal(cas.record.version, 2);
      assert.equal((await atomic.compareAndSet(`${prefix}a`, null, {})).ok, false);
    });

    it('writes what the keyv store reads, including long hashed keys and colon-prefixed keys', async () => {
      for (const key of [`${prefix}b`, `:${prefix}colon`, `${prefix}${'y'.repeat(600)}`]) {
        const created = await atomic.compareAndSet(key, null, awkward);
        assert.ok(created.ok, key);
        assert.deepEqual(await keyv.get(key), created.record);
        const next = await keyv.compareAndSet(key, created.record.etag, { after: true });
        assert.ok(next.ok);
        assert.deepEqual((await atomic.get(key))?.value, { after: true });
        assert.equal((await atomic.get(key))?.version, 2);
      }
    });

    it('sees a delete made by the other store', async () => {
      await atomic.put(`${prefix}d`, { x: 1 });
      await keyv.delete(`${prefix}d`);
      assert.equal(await atomic.get(`${prefix}d`), undefined);
      assert.ok((await atomic.compareAndSet(`${prefix}d`, null, { x: 2 })).ok);
    });
  });
}
