/**
 * botbuilder `Storage` for teams-ai turn state, over the RecordStore, with MemoryStorage's eTag
 * semantics: a write whose eTag is missing or `*` is unconditional; a write whose eTag differs from
 * the stored one is rejected with MemoryStorage's error message; a write to a key that holds nothing
 * succeeds. Turn state is a cache of the conversation: domain records live in repositories.
 */
import type { Storage, StoreItems } from 'botbuilder';
import type { RecordStore } from './recordStore';

const PREFIX = 'turn/';

export class TurnStateStorage implements Storage {
  constructor(private readonly store: RecordStore) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of keys) {
      const record = await this.store.get<Record<string, unknown>>(PREFIX + key);
      if (record) items[key] = { ...record.value, eTag: record.etag };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) {
      const { eTag, ...value } = (item ?? {}) as { eTag?: string } & Record<string, unknown>;
      if (!eTag || eTag === '*') {
        await this.store.put(PREFIX + key, value);
        continue;
      }
      let result = await this.store.compareAndSet(PREFIX + key, eTag, value);
      // MemoryStorage writes when nothing is stored, whatever the eTag says.
      if (!result.ok && result.current === undefined) {
        result = await this.store.compareAndSet(PREFIX + key, null, value);
      }
      if (!result.ok) throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) await this.store.delete(PREFIX + key);
  }
}
