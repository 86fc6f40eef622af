/**
 * Notices customers who accepted a reseller relationship invitation: from the sandbox emulator's
 * acceptance event, from a Partner Center webhook, or from the customer list growing between two
 * loads (polling, bounded by the directory's refresh interval). Each acceptance is reported once
 * (claimed in the store), recorded in the customer's audit trail and matched with the invitation sent
 * to that customer, if any (a link for a new customer is not customer-specific, so it cannot be matched).
 */
import { z } from 'zod';
import type { AuditLog } from '../audit/auditLog';
import type { Logger } from '../logging/logger';
import type { RecordStore } from '../store/recordStore';
import { Repository } from '../store/repository';
import type { CustomerSummary } from './customerSearchIndex';

const acceptanceSchema = z.object({
  customerId: z.string(),
  name: z.string(),
  domain: z.string(),
  source: z.enum(['emulator', 'webhook', 'polling']),
  at: z.string(),
  /** Who recorded the last invitation sent to this customer, if one was. */
  invitedBy: z.string().optional(),
});
export type Acceptance = z.infer<typeof acceptanceSchema>;

export type AcceptanceListener = (acceptance: Acceptance) => Promise<void> | void;

export class AcceptanceWatcher {
  private readonly acceptances: Repository<Acceptance>;
  private readonly listeners: AcceptanceListener[] = [];

  constructor(
    store: RecordStore,
    private readonly audit: AuditLog,
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.acceptances = new Repository(store, 'acceptances', acceptanceSchema);
  }

  onAccepted(listener: AcceptanceListener): void {
    this.listeners.push(listener);
  }

  /** After a relationship ends, a later acceptance by the same customer is news again. */
  async forget(customerId: string): Promise<void> {
    await this.acceptances.delete(customerId.toLowerCase());
  }

  /** Reports an acceptance unless it was already reported; returns whether it was new. */
  async accepted(customer: CustomerSummary, source: Acceptance['source']): Promise<boolean> {
    const acceptance: Acceptance = {
      customerId: customer.id,
      name: customer.name,
      domain: customer.domain,
      source,
      at: this.now().toISOString(),
    };
    const claimed = await this.acceptances.replace(customer.id.toLowerCase(), null, acceptance);
    if (!claimed.ok) return false;
    await this.audit.append(customer.id, {
      actor: { name: customer.name },
      action: 'customer.accepted',
      detail: { source, domain: customer.domain },
    });
    for (const listener of this.listeners) {
      try {
        await listener(acceptance);
      } catch (error) {
        this.logger.warn({ err: { message: (error as Error).message } }, 'acceptance listener failed');
      }
    }
    return true;
  }
}
