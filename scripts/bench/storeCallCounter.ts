/**
 * Counts the RecordStore calls a process makes, by method and key prefix (`get users`, `put channels`,
 * …), by wrapping the store classes' methods: profileTurns.ts reads it to show the store work per turn.
 */
import { BackendRecordStore } from '../../services/store/backendRecordStore';
import { KeyvRecordStore } from '../../services/store/keyvRecordStore';

export type StoreCalls = Record<string, number>;

const METHODS = ['get', 'put', 'compareAndSet', 'delete'];

/** Starts counting (for the rest of the process) and returns the live counts. */
export function countStoreCalls(): StoreCalls {
  const counts: StoreCalls = {};
  for (const proto of [KeyvRecordStore.prototype, BackendRecordStore.prototype]) {
    const target = proto as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const method of METHODS) {
      const original = target[method];
      target[method] = function (this: unknown, ...args: unknown[]) {
        const key = `${method} ${String(args[0]).split('/')[0]}`;
        counts[key] = (counts[key] ?? 0) + 1;
        return original.apply(this, args);
      };
    }
  }
  return counts;
}
