/**
 * Runs one remedy on one blocker that the caller has just read from Partner Center (never on card
 * data): suspend or cancel a subscription (E10), cancel a software purchase's own order lines (E16),
 * or turn off a subscription's auto-renew (E10b). The result is Partner Center's word: done only
 * when its success answer is confirmed by a re-read of the subscription or order (`verify`: the status
 * or setting the change asked for); otherwise what Partner Center still shows, or its refusal with
 * code and correlation id. Either way an audit entry, with what the re-read found.
 */
import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Actor, AuditLog } from '../audit/auditLog';
import { NOT_CONFIRMED } from '../partner-center/failure';
import {
  failureOf,
  PartnerCenterApiError,
  type PartnerCenterClient,
  type PartnerCenterFailure,
} from '../partner-center';
import type { RecordStore } from '../store/recordStore';
import { Repository } from '../store/repository';
import { AUDIT_ACTION_OF } from './remedies';
import type { RemedyAction, RemovalBlocker } from './removalPreflight';

export type RemedyResult =
  | { ok: true; remedy: RemedyAction; name: string }
  | { ok: false; remedy: RemedyAction; name: string; error: PartnerCenterFailure };

export { NOT_CONFIRMED };

/**
 * A GUID derived from the action and the state it acts on: a double click replays, a later action does
 * not. After Partner Center answered 4xx, the same click on the same state must be a new request
 * (docs/partner-center.md §2): the count of 4xx answers for that action and state is one of the parts.
 */
function idempotentRequestId(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** How many times Partner Center answered 4xx to one remedy on one state (see idempotentRequestId). */
const remedyRefusalsSchema = z.object({ count: z.number().int().min(0) });

/**
 * Remedies of one confirmation sent at once: enough for a batch to answer the card's click in a few
 * seconds, few enough to stay far from Partner Center's throttling.
 */
const AT_ONCE = 4;

export class RemedyRunner {
  private readonly refusals: Repository<z.infer<typeof remedyRefusalsSchema>>;

  constructor(private readonly deps: { client: PartnerCenterClient; store: RecordStore; audit: AuditLog }) {
    this.refusals = new Repository(deps.store, 'remedyRefusals', remedyRefusalsSchema);
  }

  /** `remedy` on each blocker, a few at a time; the results in the blockers' order. */
  async runAll(
    actor: Actor,
    customerId: string,
    blockers: readonly RemovalBlocker[],
    remedy: RemedyAction,
  ): Promise<RemedyResult[]> {
    const results: RemedyResult[] = [];
    let next = 0;
    const worker = async () => {
      while (next < blockers.length) {
        const index = next++;
        results[index] = await this.run(actor, customerId, blockers[index], remedy);
      }
    };
    await Promise.all(Array.from({ length: Math.min(AT_ONCE, blockers.length) }, worker));
    return results;
  }

  async run(
    actor: Actor,
    customerId: string,
    blocker: RemovalBlocker,
    remedy: RemedyAction,
  ): Promise<RemedyResult> {
    const correlationId = randomUUID();
    const action = idempotentRequestId(customerId, blocker.id, remedy, blocker.revision);
    const refusals = (await this.refusals.get(action))?.value.count ?? 0;
    const requestId = refusals ? idempotentRequestId(action, String(refusals)) : action;
    try {
      await this.send({ correlationId, requestId }, customerId, blocker, remedy);
      const still = await this.verify({ correlationId }, customerId, blocker, remedy);
      if (still) {
        const error = { code: NOT_CONFIRMED, description: still, correlationId };
        await this.deps.audit.append(customerId, {
          actor,
          action: 'remedy.failed',
          detail: { id: blocker.id, remedy, code: NOT_CONFIRMED, reRead: still.slice(0, 200) },
          correlationId,
        });
        return { ok: false, remedy, name: blocker.name, error };
      }
      await this.deps.audit.append(customerId, {
        actor,
        action: AUDIT_ACTION_OF[remedy],
        detail: { id: blocker.id, name: blocker.name, verifiedBy: 'reRead' },
        correlationId,
      });
      return { ok: true, remedy, name: blocker.name };
    } catch (error) {
      const failure = failureOf(error);
      if (error instanceof PartnerCenterApiError && error.status < 500) {
        await this.refusals.update(action, (current) => ({ count: (current?.count ?? 0) + 1 }));
      }
      await this.deps.audit.append(customerId, {
        actor,
        action: 'remedy.failed',
        detail: { id: blocker.id, remedy, code: failure.code },
        correlationId,
      });
      return { ok: false, remedy, name: blocker.name, error: failure };
    }
  }

  /**
   * Re-reads what the change touched: undefined when Partner Center now shows it done, else what it
   * shows instead (said on the card). A re-read that fails is not a confirmation either.
   */
  private async verify(
    context: { correlationId: string },
    customerId: string,
    blocker: RemovalBlocker,
    remedy: RemedyAction,
  ): Promise<string | undefined> {
    const { client } = this.deps;
    try {
      if (remedy === 'cancelSoftwareOrder') {
        const order = await client.getOrder(context, customerId, blocker.id);
        const cancelled = new Set((blocker.lineItems ?? []).map((line) => line.lineItemNumber));
        const live = (order.lineItems ?? []).filter(
          (line) => cancelled.has(line.lineItemNumber ?? -1) && (line.quantity ?? 0) > 0,
        );
        return live.length === 0 ? undefined : `order ${order.id} still has ${live.length} live line(s)`;
      }
      const subscription = await client.getSubscription(context, customerId, blocker.id);
      if (remedy === 'autoRenewOff')
        return subscription.autoRenewEnabled === false ? undefined : 'auto-renew is still on';
      const expected = remedy === 'suspend' ? 'suspended' : 'deleted';
      return subscription.status === expected ? undefined : `status is still ${subscription.status}`;
    } catch (error) {
      return `the re-read failed: ${failureOf(error).code}`;
    }
  }

  private async send(
    context: { correlationId: string; requestId: string },
    customerId: string,
    blocker: RemovalBlocker,
    remedy: RemedyAction,
  ): Promise<void> {
    const { client } = this.deps;
    switch (remedy) {
      case 'suspend':
        await client.changeSubscriptionStatus(context, customerId, blocker.id, 'suspended');
        return;
      case 'cancel':
        await client.changeSubscriptionStatus(context, customerId, blocker.id, 'deleted');
        return;
      case 'cancelSoftwareOrder':
        await client.cancelSoftwareOrder(context, customerId, blocker.id, blocker.lineItems ?? []);
        return;
      case 'autoRenewOff':
        await client.setSubscriptionAutoRenew(context, customerId, blocker.id, false);
        return;
    }
  }
}
