/**
 * What every record store keeps under a key: the record plus the original key (stored keys may be
 * hashed). Shared by the keyv store and the backend-atomic stores, which read each other's data.
 */
import { randomBytes } from 'node:crypto';
import type { StoredRecord } from './recordStore';

export interface Envelope<T> extends StoredRecord<T> {
  key: string;
}

/** A new opaque etag: unique per write, so compare-and-set never matches a stale one. */
export function newEtag(): string {
  return randomBytes(9).toString('base64url');
}

/** The envelope that replaces `current` (or is the first for `key`): the next version, a new etag, now. */
export function nextEnvelope<T>(key: string, value: T, current: Envelope<T> | undefined): Envelope<T> {
  return {
    key,
    value,
    version: (current?.version ?? 0) + 1,
    etag: newEtag(),
    updatedAt: new Date().toISOString(),
  };
}

export function toRecord<T>(envelope: Envelope<T>): StoredRecord<T> {
  return {
    value: envelope.value,
    version: envelope.version,
    etag: envelope.etag,
    updatedAt: envelope.updatedAt,
  };
}
