/**
 * The read cache of a single-process store (SQLite): reads after the first come from memory, writes
 * keep it exact, a read that overlapped a write never puts back an older value, callers cannot change
 * it through a record they read, and a failed write empties it.
 */
import assert from 'node:assert/strict';
import { Keyv } from 'keyv';
import { KeyvRecordStore } from '../../services/store/keyvRecordStore';
import { openStore } from '../../services/store/openStore';
import { parseStoreUrl } from '../../services/store/storeUrl';
import { tempSqliteFile } from '../helpers/storeBackends';

/** Data behind a keyv store that counts reads, can hold one read back, and can refuse writes. */
class CountingMap extends Map<string, unknown> {
  reads = 0;
  failWrites = false;
  private hold?: { reached: () => void; released: Promise<void> };

  /** The next read takes its value, says so, then waits for `release` before answering. */
  holdNextRead(): { reached: Promise<void>; release: () => void } {
    let reached!: () => void;
    let release!: () => void;
    const reachedPromise = new Promise<void>((resolve) => (reached = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    this.hold = { reached, released };
    return { reached: reachedPromise, release };
  }

  async read(key: string): Promise<unknown> {
    this.reads++;
    const value = this.get(key);
    const hold = this.hold;
    this.hold = undefined;
    if (hold) {
      hold.reached();
      await hold.released;
    }
    return value;
  }

  override set(key: string, value: unknown): this {
    if (this.failWrites) throw new Error('disk full');
    return super.set(key, value);
  }
}

function storeOn(map: CountingMap, readCacheEntries = 100) {
  const keyv = new Keyv({
    store: {
      get: (key: string) => map.read(key),
      set: (key: string, value: unknown) => map.set(key, value),
      delete: (key: string) => map.delete(key),
      clear: () => map.clear(),
      has: (key: string) => map.has(key),
      on: () => undefined,
    } as never,
    throwOnErrors: true,
  });
  return new KeyvRecordStore(keyv, { readCacheEntries });
}

describe('read cache of a single-process store', () => {
  it('answers repeated reads from memory and stays exact through writes and deletes', async () => {
    const map = new CountingMap();
    const store = storeOn(map);
    await store.put('user/ada', { language: 'fr' });
    const before = map.reads;
    for (let i = 0; i < 5; i++) assert.deepEqual((await store.get('user/ada'))?.value, { language: 'fr' });
    assert.equal(map.reads, before, 'no backend read after the write');

    const current = (await store.get<{ language: string }>('user/ada'))!;
    const cas = await store.compareAndSet('user/ada', current.etag, { language: 'pl' });
    assert.ok(cas.ok);
    assert.deepEqual((await store.get('user/ada'))?.value, { language: 'pl' });
    await store.delete('user/ada');
    assert.equal(await store.get('user/ada'), undefined);
    assert.equal((await store.compareAndSet('user/ada', current.etag, { language: 'hu' })).ok, false);
  });

  it('never lets a caller change the cached record through the object it read', async () => {
    const store = storeOn(new CountingMap());
    await store.put('list', { items: ['a'] });
    const read = (await store.get<{ items: string[] }>('list'))!;
    read.value.items.push('changed by the caller');
    assert.deepEqual((await store.get('list'))?.value, { items: ['a'] });
  });

  it('does not put back an older value when a slow read overlaps a write', async () => {
    const map = new CountingMap();
    const store = storeOn(map);
    await store.put('request/1', { state: 'pending' });
    const cold = storeOn(map); // a second store on the same data with an empty cache
    const hold = map.holdNextRead();
    const slowRead = cold.get('request/1'); // reads "pending", then waits
    await hold.reached;
    const current = (await cold.get<{ state: string }>('request/1'))!; // not cached yet: reads again
    assert.ok((await cold.compareAndSet('request/1', current.etag, { state: 'approved' })).ok);
    hold.release();
    assert.deepEqual((await slowRead)?.value, { state: 'pending' }, 'the slow read saw the old value');
    assert.deepEqual((await cold.get('request/1'))?.value, { state: 'approved' }, 'and did not cache it');
  });

  it('empties itself when a write fails (it may still land) and keeps at most its size', async () => {
    const map = new CountingMap();
    const store = storeOn(map, 2);
    await store.put('a', 1);
    await store.put('b', 2);
    await store.put('c', 3); // 'a' drops out
    const reads = map.reads;
    await store.get('a');
    assert.equal(map.reads, reads + 1, 'the least recently used record was dropped');

    map.failWrites = true;
    await assert.rejects(store.put('b', 20));
    map.failWrites = false;
    const afterFailure = map.reads;
    await store.get('c');
    await store.get('c');
    assert.equal(map.reads, afterFailure + 2, 'nothing served from memory right after a failed write');
  });

  it('is on for SQLite through openStore, and a restart reads what was written', async () => {
    const file = tempSqliteFile();
    const first = await openStore(parseStoreUrl(`sqlite://${file}`));
    await first.put('user/ada', { language: 'hu' });
    assert.deepEqual((await first.get('user/ada'))?.value, { language: 'hu' });
    await first.close();
    const second = await openStore(parseStoreUrl(`sqlite://${file}`));
    assert.deepEqual((await second.get('user/ada'))?.value, { language: 'hu' });
    await second.close();
  });
});
