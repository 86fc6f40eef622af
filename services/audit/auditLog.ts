/**
 * What happened to each customer, who did it and when: invitations, remediation steps, removal
 * requests, decisions and execution, exports. One record per customer (`audit/<customerId>`; events
 * not about one customer go under `audit/partner`), appended with compare-and-set, newest last, capped.
 * Each trail is a hash chain (auditChain.ts); the index (auditIndex.ts) says which trails exist and
 * which had entries on a day.
 */
import { z } from 'zod';
import type { RecordStore } from '../store/recordStore';
import type { Member } from '../access/partnerRoles';
import { refusalWithout } from '../access/policy';
import type { Outcome } from '../relationships/refusal';
import { Repository } from '../store/repository';
import { actorSchema } from './actor';
import { entryHash, genesisHash } from './auditChain';
import { AuditIndex, casLoop } from './auditIndex';

export type { Actor } from './actor';

export const AUDIT_ACTIONS = [
  'invitation.drafted',
  'invitation.recorded',
  'subscription.suspended',
  'subscription.cancelled',
  'softwareOrder.cancelled',
  'subscription.autoRenewOff',
  'remedy.failed',
  'removal.requested',
  'removal.providerAsked',
  'removal.approval',
  'removal.approved',
  'removal.scheduled',
  'removal.stillBlocked',
  'removal.rejected',
  'removal.cancelled',
  'removal.expired',
  'removal.executing',
  'removal.removed',
  'removal.completed',
  'removal.failed',
  'gdap.terminationRequested',
  'gdap.terminated',
  'gdap.terminationFailed',
  'customer.accepted',
  'audit.exported',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

const entrySchema = z.object({
  at: z.string(),
  actor: actorSchema,
  action: z.enum(AUDIT_ACTIONS),
  /** Short facts: ids, names, Partner Center error codes. Never tokens or whole records. */
  detail: z.record(z.union([z.string(), z.number(), z.boolean()])).default({}),
  correlationId: z.string().optional(),
  /** The hash chain (auditChain.ts); absent from entries written before it existed. */
  seq: z.number().int().min(0).optional(),
  prevHash: z.string().optional(),
  hash: z.string().optional(),
});
export type AuditEntry = z.infer<typeof entrySchema>;
export type NewAuditEntry = Omit<AuditEntry, 'at' | 'detail' | 'seq' | 'prevHash' | 'hash'> & {
  detail?: AuditEntry['detail'];
};

const linkSchema = z.object({ seq: z.number().int(), hash: z.string() });
const trailSchema = z.object({
  entries: z.array(entrySchema),
  /** The newest entry's place and hash: deleting it shows. */
  head: linkSchema.optional(),
  /** The last entry the length cap dropped: the oldest kept one links to it. */
  base: linkSchema.optional(),
});
type Trail = z.infer<typeof trailSchema>;

export const PARTNER_AUDIT_KEY = 'partner';
const MAX_ENTRIES = 500;

export class AuditLog {
  private readonly trails: Repository<Trail>;
  /** Which trails exist and which had entries on a day. */
  readonly index: AuditIndex;

  constructor(
    private readonly store: RecordStore,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.trails = new Repository(store, 'audit', trailSchema);
    this.index = new AuditIndex(store);
  }

  /**
   * Appends an entry, linked to the trail's head. Tried again (with a short pause) as long as another
   * writer, in this process or another replica, appended first: the entry then links to theirs.
   */
  async append(customerId: string, entry: NewAuditEntry): Promise<AuditEntry> {
    const at = this.now().toISOString();
    await this.index.note(customerId, at);
    let written: AuditEntry | undefined;
    await casLoop(
      async () => {
        const current = await this.trails.get(customerId);
        const next = chained(customerId, current?.value, { ...entry, detail: entry.detail ?? {}, at });
        written = next.entries.at(-1);
        return (await this.trails.replace(customerId, current?.etag ?? null, next)).ok;
      },
      this.trails.collection,
      customerId,
    );
    return written!;
  }

  /** A customer's trail, oldest first, for a member who may see the audit. */
  async list(member: Member | undefined, customerId: string): Promise<Outcome<{ entries: AuditEntry[] }>> {
    const notAllowed = refusalWithout(member, 'viewAudit');
    if (notAllowed) return notAllowed;
    return { ok: true, entries: await this.entries(customerId) };
  }

  /** A trail, oldest first, for the services' own use (evidence packs, exports): no member check. */
  async entries(trailId: string): Promise<AuditEntry[]> {
    return (await this.trails.get(trailId))?.value.entries ?? [];
  }

  /** A trail as stored, before any schema, for verifying its chain (auditChain.ts). */
  async stored(trailId: string): Promise<unknown> {
    return (await this.store.get<unknown>(`audit/${trailId}`))?.value;
  }
}

/**
 * The trail with `entry` appended: given the next place in the chain, linked to the head (or to the
 * genesis), hashed as it will be stored; the oldest entries dropped past the cap, remembered in `base`.
 */
function chained(
  trailId: string,
  trail: Trail | undefined,
  entry: Omit<AuditEntry, 'seq' | 'prevHash' | 'hash'>,
): Trail {
  const head = trail?.head;
  // Exactly what the store will hold (the schema's shape, no undefined members), so the hash verifies.
  const linked = JSON.parse(
    JSON.stringify(
      entrySchema.parse({
        ...entry,
        seq: head ? head.seq + 1 : 0,
        prevHash: head ? head.hash : genesisHash(trailId),
      }),
    ),
  ) as AuditEntry;
  const full: AuditEntry = { ...linked, hash: entryHash(linked) };
  const all = [...(trail?.entries ?? []), full];
  const dropped = all.slice(0, Math.max(0, all.length - MAX_ENTRIES));
  const lastDropped = [...dropped].reverse().find((old) => old.hash !== undefined && old.seq !== undefined);
  return {
    entries: all.slice(-MAX_ENTRIES),
    head: { seq: full.seq!, hash: full.hash! },
    base: lastDropped ? { seq: lastDropped.seq!, hash: lastDropped.hash! } : trail?.base,
  };
}
