/** Turn state: the user scope is read and saved when changed; the conversation scope is per turn only. */
import assert from 'node:assert/strict';
import { TestAdapter, TurnContext, type Storage, type StoreItems } from 'botbuilder';
import { DeskTurnState } from '../../bot/deskTurnState';
import { openStore } from '../../services/store/openStore';
import type { RecordStore } from '../../services/store/recordStore';
import { parseStoreUrl } from '../../services/store/storeUrl';
import { TurnStateStorage } from '../../services/store/turnStateStorage';

class CountingStorage implements Storage {
  reads: string[][] = [];
  writes: string[][] = [];
  constructor(private readonly inner: Storage) {}
  read(keys: string[]): Promise<StoreItems> {
    this.reads.push(keys);
    return this.inner.read(keys);
  }
  write(changes: StoreItems): Promise<void> {
    this.writes.push(Object.keys(changes));
    return this.inner.write(changes);
  }
  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
}

function context(): TurnContext {
  return new TurnContext(new TestAdapter(), {
    type: 'message',
    channelId: 'msteams',
    recipient: { id: '28:bot', name: 'bot' },
    from: { id: '29:ada', name: 'Ada' },
    conversation: { id: 'a:chat', name: '', isGroup: false, conversationType: 'personal' },
    text: 'help',
  });
}

describe('DeskTurnState', () => {
  let store: RecordStore;
  let storage: CountingStorage;
  beforeEach(async () => {
    store = await openStore(parseStoreUrl('memory://'));
    storage = new CountingStorage(new TurnStateStorage(store));
  });
  afterEach(() => store.close());

  it('reads only the user scope, and writes it only when it changed', async () => {
    const first = new DeskTurnState<{ language?: string }>();
    await first.load(context(), storage);
    assert.deepEqual(storage.reads, [['msteams/28:bot/users/29:ada']]);
    first.user.language = 'fr';
    (first.conversation as Record<string, unknown>).note = 'per turn';
    await first.save(context(), storage);
    assert.deepEqual(storage.writes, [['msteams/28:bot/users/29:ada']]);

    const second = new DeskTurnState<{ language?: string }>();
    await second.load(context(), storage);
    assert.equal(second.user.language, 'fr');
    assert.deepEqual(second.conversation, {}, 'the conversation scope starts empty every turn');
    await second.save(context(), storage);
    assert.equal(storage.writes.length, 1, 'an unchanged user scope is not written');
    assert.equal(await store.get('turn/msteams/28:bot/conversations/a:chat'), undefined);
  });

  it('has no conversation scope before it is loaded, like the other scopes', () => {
    const state = new DeskTurnState();
    assert.throws(() => state.conversation, /hasn't been loaded/);
    assert.equal(state.getScope('conversation'), undefined);
  });
});
