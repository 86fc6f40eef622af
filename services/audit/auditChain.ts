/**
 * The hash chain of a customer's audit trail, so that an entry changed, deleted or moved in the store
 * shows. Each entry carries `seq` (its place in the chain, from 0), `prevHash` (the hash of the entry
 * before it; the first links to the trail's genesis, derived from the customer id, so a trail copied
 * under another customer does not verify) and `hash` = SHA-256 over the canonical JSON of the entry
 * without `hash`. The trail record keeps `head` (the last entry's seq and hash, so deleting the newest
 * entry shows) and `base` (the last entry dropped by the length cap, so the oldest kept entry still
 * links to something).
 *
 * One chain per customer trail: the trail is one record written with compare-and-set, so two replicas
 * appending at once cannot both link to the same head (the loser reads again and links to the
 * winner). A chain across customers would need a global head record written together with each trail,
 * which the RecordStore cannot do atomically, and would make every append contend on one key.
 *
 * Entries written before the chain existed have no chain fields: they are the trail's unverified
 * prefix, reported as such, never silently trusted. What the chain cannot show: someone who can write
 * the store and recomputes every hash after the one they changed, head included. Catching that needs
 * the heads kept somewhere the store's writers cannot reach (see docs/architecture.md).
 */
import { createHash } from 'node:crypto';

export interface ChainLink {
  seq: number;
  hash: string;
}

/** JSON with object keys sorted at every level and undefined members left out: one text per value. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** What the first entry of a customer's chain links to. */
export function genesisHash(trailId: string): string {
  return sha256(`reseller-desk/audit/${trailId}`);
}

/** The hash of an entry: over everything it holds but `hash` itself (`prevHash` and `seq` included). */
export function entryHash(entry: Record<string, unknown>): string {
  const { hash: _hash, ...rest } = entry;
  return sha256(canonicalJson(rest));
}

export type ChainProblemKind = 'changed' | 'missing' | 'reordered' | 'unreadable';

export interface ChainProblem {
  kind: ChainProblemKind;
  /** Position in the stored trail, from 0 (the trail's length when entries at its end are missing). */
  index: number;
  /** What is wrong, in one sentence. */
  detail: string;
}

export type ChainVerdict =
  | { ok: true; chained: number; unverified: number }
  | { ok: false; problem: ChainProblem; chained: number; unverified: number };

type RawEntry = Record<string, unknown>;

const hasChainFields = (entry: RawEntry) => 'hash' in entry || 'prevHash' in entry || 'seq' in entry;

function readLink(value: unknown): ChainLink | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { seq, hash } = value as Record<string, unknown>;
  return typeof seq === 'number' && typeof hash === 'string' ? { seq, hash } : undefined;
}

/**
 * Checks one stored trail (as read from the store, before any schema) and names the first thing wrong:
 * an entry whose content no longer matches its hash, or whose successor does not link to it
 * (`changed`); a gap in the sequence (`missing`, entries at the end included, found through `head`);
 * an entry out of its place (`reordered`).
 */
export function verifyTrail(trailId: string, raw: unknown): ChainVerdict {
  const record = raw as { entries?: unknown; head?: unknown; base?: unknown } | undefined;
  if (!record || typeof record !== 'object' || !Array.isArray(record.entries)) {
    return {
      ok: false,
      chained: 0,
      unverified: 0,
      problem: { kind: 'unreadable', index: 0, detail: 'the trail record has no list of entries' },
    };
  }
  const entries = record.entries as RawEntry[];
  let unverified = 0;
  while (unverified < entries.length && !hasChainFields(entries[unverified] ?? {})) unverified++;
  const base = readLink(record.base);
  const head = readLink(record.head);
  let expectedSeq = base ? base.seq + 1 : 0;
  let expectedPrev = base ? base.hash : genesisHash(trailId);
  let chained = 0;
  const fail = (kind: ChainProblemKind, index: number, detail: string): ChainVerdict => ({
    ok: false,
    chained,
    unverified,
    problem: { kind, index, detail },
  });

  for (let index = unverified; index < entries.length; index++) {
    const entry = entries[index];
    if (!entry || typeof entry !== 'object' || typeof entry.hash !== 'string') {
      return fail('changed', index, 'the entry has lost its hash');
    }
    if (typeof entry.seq !== 'number' || typeof entry.prevHash !== 'string') {
      return fail('changed', index, 'the entry has lost its place in the chain (seq or prevHash)');
    }
    if (entryHash(entry) !== entry.hash) {
      return fail('changed', index, 'its content no longer matches its hash');
    }
    if (entry.seq > expectedSeq) {
      const later = entries.slice(index + 1).some((other) => other?.seq === expectedSeq);
      return later
        ? fail('reordered', index, `chain entry #${entry.seq} stands where #${expectedSeq} belongs`)
        : fail(
            'missing',
            index,
            entry.seq === expectedSeq + 1
              ? `chain entry #${expectedSeq} is missing before this one`
              : `chain entries #${expectedSeq} to #${entry.seq - 1} are missing before this one`,
          );
    }
    if (entry.seq < expectedSeq) {
      return fail('reordered', index, `chain entry #${entry.seq} stands after #${expectedSeq - 1}`);
    }
    if (entry.prevHash !== expectedPrev) {
      // Its own hash holds: the entry it links to was changed and given a new hash.
      return index > unverified
        ? fail('changed', index - 1, 'it was changed and rehashed: the next entry does not link to it')
        : fail('changed', index, 'it does not link to the start of this customer’s chain');
    }
    expectedPrev = entry.hash;
    expectedSeq = entry.seq + 1;
    chained++;
  }

  const last = entries.length > unverified ? (entries.at(-1) as RawEntry) : undefined;
  if (!head) {
    if (last) return fail('changed', entries.length - 1, 'the trail has lost its head record');
    return { ok: true, chained, unverified };
  }
  const lastSeq = last ? (last.seq as number) : (base?.seq ?? -1);
  if (head.seq > lastSeq) {
    const count = head.seq - lastSeq;
    return fail(
      'missing',
      entries.length,
      count === 1
        ? `the newest entry (chain #${head.seq}) is missing`
        : `the newest ${count} entries (chain #${lastSeq + 1} to #${head.seq}) are missing`,
    );
  }
  if (head.seq < lastSeq || (last && head.hash !== last.hash)) {
    return fail(
      'changed',
      entries.length - 1,
      'it was changed and rehashed: the trail’s head does not match it',
    );
  }
  return { ok: true, chained, unverified };
}
