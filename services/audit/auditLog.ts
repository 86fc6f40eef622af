/**
 * What happened to each customer, who did it and when: invitations, remediation steps, removal
 * requests and (later) decisions and execution. One record per customer (`audit/<customerId>`; events
 * not about one customer go under `audit/partner`), appended with compare-and-set, newest last, capped.
 */
import { z } from 'zod';
import type { RecordStore } from '../store/recordStore';
import type { Member } from '../access/partnerRoles';
import { refusalWithout } from '../access/policy';
import type { Outcome } from '../relationships/refusal';
import { Repository } from '../store/repository';
import { actorSchema } from './actor';

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
  'removal.completed',
  'removal.failed',
  'customer.accepted',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

const entrySchema = z.object({
  at: z.string(),
  actor: actorSchema,
  action: z.enum(AUDIT_ACTIONS),
  /** Short facts: ids, names, Partner Center error codes. Never tokens or whole records. */
  detail: z.record(z.union([z.string(), z.number(), z.boolean()])).default({}),
  correlationId: z.string().optional(),
});
export type AuditEntry = z.infer<typeof entrySchema>;
export type NewAuditEntry = Omit<AuditEntry, 'at' | 'detail'> & { detail?: AuditEntry['detail'] };

const trailSchema = z.object({ entries: z.array(entrySchema) });

export const PARTNER_AUDIT_KEY = 'partner';
const MAX_ENTRIES = 500;

export class AuditLog {
  private readonly trails: Repository<z.infer<typeof trailSchema>>;

  constructor(
    store: RecordStore,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.trails = new Repository(store, 'audit', trailSchema);
  }

  async append(customerId: string, entry: NewAuditEntry): Promise<AuditEntry> {
    const full: AuditEntry = { ...entry, detail: entry.detail ?? {}, at: this.now().toISOString() };
    await this.trails.update(
      customerId,
      (trail) => ({ entries: [...(trail?.entries ?? []), full].slice(-MAX_ENTRIES) }),
      20,
    );
    return full;
  }

  /** A customer's trail, oldest first, for a member who may view customers. */
  async list(member: Member | undefined, customerId: string): Promise<Outcome<{ entries: AuditEntry[] }>> {
    const notAllowed = refusalWithout(member, 'viewCustomers');
    if (notAllowed) return notAllowed;
    return { ok: true, entries: (await this.trails.get(customerId))?.value.entries ?? [] };
  }
}
