import assert from 'node:assert/strict';
import {
  ChannelRegistry,
  normalizeConversationId,
  REFRESH_TRUST_MS,
} from '../../services/notifications/channelRegistry';
import { openStore } from '../../services/store/openStore';
import type { RecordStore } from '../../services/store/recordStore';
import { parseStoreUrl } from '../../services/store/storeUrl';
import { tempSqliteFile } from '../helpers/storeBackends';
import { ADA, channelMessageReference } from './notifyHarness';

const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';

/** Counts writes going through a store. */
function countingWrites(store: RecordStore): { store: RecordStore; writes: () => number } {
  let writes = 0;
  const wrapped: RecordStore = {
    atomicity: store.atomicity,
    get: (key) => store.get(key),
    put: (key, value) => (writes++, store.put(key, value)),
    compareAndSet: (key, etag, value) => (writes++, store.compareAndSet(key, etag, value)),
    delete: (key) => (writes++, store.delete(key)),
    ping: () => store.ping(),
    close: () => store.close(),
  };
  return { store: wrapped, writes: () => writes };
}

for (const backend of ['memory', 'sqlite'] as const) {
  describe(`ChannelRegistry (${backend})`, () => {
    let file: string;
    let store: RecordStore;
    let registry: ChannelRegistry;

    beforeEach(async () => {
      file = tempSqliteFile();
      store = await openStore(parseStoreUrl(backend === 'memory' ? 'memory://' : `sqlite://${file}`));
      registry = new ChannelRegistry(store);
    });
    afterEach(() => store.close());

    it('registers the top-level channel of a thread reference, as plain JSON without activityId', async () => {
      const registration = await registry.register(channelMessageReference(SERVICE_URL), 'events', ADA);
      assert.equal(registration.key, '19:general@thread.tacv2');
      assert.deepEqual(registration.reference, {
        serviceUrl: SERVICE_URL,
        channelId: 'msteams',
        conversation: {
          id: '19:general@thread.tacv2',
          conversationType: 'channel',
          tenantId: 'tenant-1',
          isGroup: true,
        },
        bot: { id: '28:reseller-desk', name: 'Reseller Desk' },
      });
      assert.deepEqual(registration.purposes, ['events']);
      assert.deepEqual(registration.registeredBy, ADA);
      assert.ok(registration.registeredAt);
      // A reference from another thread of the same channel is the same registration.
      const again = await registry.register(
        channelMessageReference(SERVICE_URL, '19:general@thread.tacv2', '1709379999999'),
        'provider',
        { name: 'Bob' },
      );
      assert.equal(again.key, registration.key);
      assert.deepEqual(again.purposes, ['events', 'provider']);
      assert.deepEqual(again.registeredBy, ADA, 'the first registrant stays');
      assert.equal((await registry.list()).length, 1);
    });

    it('lists per purpose, unregisters a purpose or the channel, and rejects incomplete references', async () => {
      await registry.register(channelMessageReference(SERVICE_URL, '19:a@thread.tacv2'), 'events', ADA);
      await registry.register(channelMessageReference(SERVICE_URL, '19:b@thread.tacv2'), 'provider', ADA);
      await registry.register(channelMessageReference(SERVICE_URL, '19:c@thread.tacv2'), 'events', ADA);
      await registry.register(channelMessageReference(SERVICE_URL, '19:c@thread.tacv2'), 'provider', ADA);
      const keys = async (purpose?: 'events' | 'provider') =>
        (await registry.list(purpose)).map((r) => r.key);
      assert.deepEqual(await keys('events'), ['19:a@thread.tacv2', '19:c@thread.tacv2']);
      assert.deepEqual(await keys('provider'), ['19:b@thread.tacv2', '19:c@thread.tacv2']);

      assert.equal(await registry.unregister('19:c@thread.tacv2;messageid=1', 'events'), true);
      assert.deepEqual(await keys('events'), ['19:a@thread.tacv2']);
      assert.deepEqual(await keys('provider'), ['19:b@thread.tacv2', '19:c@thread.tacv2']);
      assert.equal(await registry.unregister('19:c@thread.tacv2', 'events'), false);
      assert.equal(await registry.unregister('19:a@thread.tacv2'), true);
      assert.equal(await registry.get('19:a@thread.tacv2'), undefined);
      assert.deepEqual(await keys(), ['19:b@thread.tacv2', '19:c@thread.tacv2']);

      await assert.rejects(
        registry.register({ conversation: { id: '19:x' } }, 'events', ADA),
        /serviceUrl, channelId, conversation.id and bot.id/,
      );
    });

    it('refresh: updates serviceUrl and bot of a registered channel; no write for unknown or unchanged', async () => {
      const counted = countingWrites(store);
      const counting = new ChannelRegistry(counted.store);
      await counting.register(channelMessageReference(SERVICE_URL), 'events', ADA);
      const afterRegister = counted.writes();

      assert.equal(
        await counting.refresh(channelMessageReference('https://elsewhere/', '19:other@thread.tacv2')),
        false,
      );
      assert.equal(await counting.refresh(channelMessageReference(SERVICE_URL)), false);
      assert.equal(await counting.refresh({ conversation: {} }), false);
      assert.equal(counted.writes(), afterRegister, 'no write when not registered or unchanged');

      const moved = 'https://smba.trafficmanager.net/amer/';
      assert.equal(
        await counting.refresh(channelMessageReference(moved, '19:general@thread.tacv2', '42')),
        true,
      );
      const stored = await counting.get('19:general@thread.tacv2');
      assert.equal(stored?.reference.serviceUrl, moved);
      assert.equal(stored?.reference.conversation.id, '19:general@thread.tacv2');
    });

    it('refresh: reads a conversation at most once per trust window while nothing changes', async () => {
      let reads = 0;
      const counted: RecordStore = {
        atomicity: store.atomicity,
        get: (key) => (reads++, store.get(key)),
        put: (key, value) => store.put(key, value),
        compareAndSet: (key, etag, value) => store.compareAndSet(key, etag, value),
        delete: (key) => store.delete(key),
        ping: () => store.ping(),
        close: () => store.close(),
      };
      let now = Date.parse('2025-03-12T10:00:00Z');
      const clock = () => new Date(now);
      const replicaA = new ChannelRegistry(counted, undefined, clock);
      const replicaB = new ChannelRegistry(store, undefined, clock);

      // Not registered: one read, then none within the window.
      for (let i = 0; i < 3; i++)
        assert.equal(await replicaA.refresh(channelMessageReference(SERVICE_URL)), false);
      assert.equal(reads, 1);

      // Registered by this replica: known at once, no read for the same reference.
      await replicaA.register(channelMessageReference(SERVICE_URL), 'events', ADA);
      reads = 0;
      assert.equal(await replicaA.refresh(channelMessageReference(SERVICE_URL)), false);
      assert.equal(reads, 0);

      // A moved serviceUrl is read and written at once.
      const moved = 'https://smba.trafficmanager.net/amer/';
      assert.equal(await replicaA.refresh(channelMessageReference(moved)), true);
      assert.equal((await replicaB.get('19:general@thread.tacv2'))?.reference.serviceUrl, moved);

      // Another replica moves it back: this replica trusts what it saw until the window ends.
      assert.equal(await replicaB.refresh(channelMessageReference(SERVICE_URL)), true);
      assert.equal(await replicaA.refresh(channelMessageReference(moved)), false);
      now += REFRESH_TRUST_MS;
      assert.equal(await replicaA.refresh(channelMessageReference(moved)), true);
      assert.equal((await replicaB.get('19:general@thread.tacv2'))?.reference.serviceUrl, moved);

      // Removed here: refresh knows it is gone.
      await replicaA.remove('19:general@thread.tacv2', 'test');
      reads = 0;
      assert.equal(await replicaA.refresh(channelMessageReference(SERVICE_URL)), false);
      assert.equal(reads, 0);
    });

    it('remove drops a dead reference from the registry and the index', async () => {
      await registry.register(channelMessageReference(SERVICE_URL), 'events', ADA);
      await registry.remove('19:general@thread.tacv2', '404 ConversationNotFound');
      assert.equal(await registry.get('19:general@thread.tacv2'), undefined);
      assert.deepEqual(await registry.list(), []);
    });

    if (backend === 'sqlite') {
      it('survives a restart (a new store on the same file)', async () => {
        await registry.register(channelMessageReference(SERVICE_URL), 'provider', ADA);
        await store.close();
        store = await openStore(parseStoreUrl(`sqlite://${file}`));
        const reopened = new ChannelRegistry(store);
        assert.deepEqual(
          (await reopened.list('provider')).map((r) => r.key),
          ['19:general@thread.tacv2'],
        );
      });
    }
  });
}

describe('normalizeConversationId', () => {
  it('keeps the part before ;messageid=', () => {
    assert.equal(normalizeConversationId('19:x@thread.tacv2;messageid=123'), '19:x@thread.tacv2');
    assert.equal(normalizeConversationId('a:1fD2-personal-chat'), 'a:1fD2-personal-chat');
  });
});
