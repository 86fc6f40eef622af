/** botbuilder Storage semantics (as MemoryStorage defines them) on every backend. */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { MemoryStorage, type Storage } from 'botbuilder';
import { openStore } from '../../services/store/openStore';
import type { RecordStore } from '../../services/store/recordStore';
import { parseStoreUrl } from '../../services/store/storeUrl';
import { TurnStateStorage } from '../../services/store/turnStateStorage';
import { skipUnlessAvailable, storeBackends } from '../helpers/storeBackends';

const CONFLICT = /Storage: error writing ".*" due to eTag conflict\.$/;

/** The same scenario runs on MemoryStorage first, so the expectations are botbuilder's own. */
const subjects: {
  name: string;
  open: (context: Mocha.Context) => Promise<{ storage: Storage; close(): Promise<void> }>;
}[] = [
  {
    name: 'MemoryStorage (reference)',
    open: () => Promise.resolve({ storage: new MemoryStorage(), close: async () => {} }),
  },
  ...storeBackends().map((backend) => ({
    name: `TurnStateStorage on ${backend.name}`,
    open: async (context: Mocha.Context) => {
      skipUnlessAvailable(context, backend);
      const store: RecordStore = await openStore(parseStoreUrl(backend.url()));
      return { storage: new TurnStateStorage(store), close: () => store.close() };
    },
  })),
];

for (const subject of subjects) {
  describe(subject.name, function () {
    let storage: Storage;
    let close: () => Promise<void>;
    let key: string;

    before(async function () {
      ({ storage, close } = await subject.open(this));
    });
    after(async () => {
      await close?.();
    });
    beforeEach(() => {
      key = `msteams/28:bot/conversations/${randomUUID()}`;
    });

    it('reads nothing for unknown keys', async () => {
      assert.deepEqual(await storage.read([key]), {});
    });

    it('writes without an eTag and reads back the item with an eTag', async () => {
      await storage.write({ [key]: { count: 1 } });
      const items = await storage.read([key]);
      assert.equal(items[key].count, 1);
      assert.equal(typeof items[key].eTag, 'string');
    });

    it('accepts a write carrying the current eTag', async () => {
      await storage.write({ [key]: { count: 1 } });
      const item = (await storage.read([key]))[key];
      await storage.write({ [key]: { ...item, count: 2 } });
      assert.equal((await storage.read([key]))[key].count, 2);
    });

    it('rejects a write carrying a stale eTag and keeps the newer data', async () => {
      await storage.write({ [key]: { count: 1 } });
      const stale = (await storage.read([key]))[key];
      await storage.write({ [key]: { ...stale, count: 2 } });
      await assert.rejects(storage.write({ [key]: { ...stale, count: 3 } }), CONFLICT);
      assert.equal((await storage.read([key]))[key].count, 2);
    });

    it("writes unconditionally with eTag '*' or no eTag", async () => {
      await storage.write({ [key]: { count: 1 } });
      await storage.write({ [key]: { count: 2, eTag: '*' } });
      assert.equal((await storage.read([key]))[key].count, 2);
      await storage.write({ [key]: { count: 3 } });
      assert.equal((await storage.read([key]))[key].count, 3);
    });

    it('accepts a write with an eTag to a key that holds nothing', async () => {
      await storage.write({ [key]: { count: 1, eTag: 'from-elsewhere' } });
      assert.equal((await storage.read([key]))[key].count, 1);
    });

    it('lets one of two concurrent turns with the same eTag win; the other gets the conflict error', async () => {
      await storage.write({ [key]: { count: 0 } });
      const read = (await storage.read([key]))[key];
      const outcomes = await Promise.allSettled([
        storage.write({ [key]: { ...read, count: 1, by: 'first' } }),
        storage.write({ [key]: { ...read, count: 1, by: 'second' } }),
      ]);
      assert.equal(outcomes.filter((outcome) => outcome.status === 'fulfilled').length, 1);
      const rejected = outcomes.find((outcome) => outcome.status === 'rejected');
      assert.match(String(rejected?.reason?.message), CONFLICT);
    });

    it('deletes', async () => {
      await storage.write({ [key]: { count: 1 } });
      await storage.delete([key]);
      assert.deepEqual(await storage.read([key]), {});
    });
  });
}
