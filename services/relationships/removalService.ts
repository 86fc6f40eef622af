/**
 * Removing a reseller relationship, up to the request (approval and execution follow in the workflow):
 * - `preflight`: reads the customer (E2), subscriptions (E8), entitlements (E11), other partners (E6)
 *   and GDAP, and says what blocks the removal and what this user may do about it;
 * - `remediate`: runs one remedy (suspend, cancel, cancel a software order) after checking, on fresh
 *   data, that the blocker still exists with that remedy: card data is never trusted;
 * - `requestRemoval`: records an attested removal request when nothing blocks it;
 * - `askProvider`: an indirect reseller cannot remove (docs/partner-center.md §3), so it asks its indirect provider.
 * Every step lands in the customer's audit trail.
 *
 * Long because the pre-flight, the remedies and the request share one reading of the customer and its purchases.
 */
import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Member } from '../access/partnerRoles';
import {
  hasPermission,
  isIndirectReseller,
  refusalWithout,
  removalRefusal,
  type RemovalRefusal,
} from '../access/policy';
import { actorSchema, type Actor } from '../audit/actor';
import type { AuditLog } from '../audit/auditLog';
import { snapshotOf } from '../evidence/customerSnapshot';
import type { Logger } from '../logging/logger';
import {
  failureOf,
  PartnerCenterApiError,
  PartnerCenterNotFoundError,
  type PartnerCenterFailure,
  type Entitlement,
  type Order,
  type PartnerCenterClient,
  type PartnerRelationship,
  subscriptionCommerceModel,
  type Subscription,
} from '../partner-center';
import type { RecordStore } from '../store/recordStore';
import { Repository } from '../store/repository';
import type { CustomerDirectory } from './customerDirectory';
import {
  customerHeader,
  isRelationshipGone,
  otherPartner,
  readCustomer,
  type CustomerHeader,
  type OtherPartner,
} from './customerRecord';
export type { OtherPartner } from './customerRecord';
import type { GdapLookup, GdapSource } from './gdapSource';
import type { PartnerContext } from './partnerContext';
import { refuse, type Outcome } from './refusal';
import {
  assessRemoval,
  ordersToRead,
  type RemovalAssessment,
  type RemovalBlocker,
  type RemovalNotice,
  type Remedy,
} from './removalPreflight';
import type { RemovalRequest } from '../workflows/removalRequest';
import type { RemovalWorkflow } from '../workflows/removalWorkflow';

export interface PreflightReport {
  customer: CustomerHeader;
  blockers: RemovalBlocker[];
  /** What does not block but the user should know (perpetual software past its window). */
  notices: RemovalNotice[];
  canRemediate: boolean;
  partners: OtherPartner[];
  gdap: GdapLookup;
  refusal?: RemovalRefusal;
  provider?: { name: string };
  pendingRequest?: { id: string; requestedBy: string; at: string };
  /** Every subscription as read (for the request's snapshot, services/evidence/customerSnapshot.ts). */
  subscriptions?: { id: string; name: string; status: string; commerce: string }[];
  checkedAt: string;
}

export type RemedyResult =
  | { ok: true; remedy: Exclude<Remedy, 'none'>; name: string }
  | { ok: false; name: string; error: PartnerCenterFailure };

const providerRequestSchema = z.object({
  id: z.string(),
  customerId: z.string(),
  customerName: z.string(),
  customerDomain: z.string(),
  providerId: z.string(),
  providerName: z.string(),
  requestedBy: actorSchema,
  requestedAt: z.string(),
  reason: z.string(),
  delivered: z.boolean(),
});
export type ProviderRemovalRequest = z.infer<typeof providerRequestSchema>;

/** Delivers a reseller's removal request to its indirect provider's channels (services/notifications/notificationPlan.ts). */
export interface ProviderChannel {
  deliver(
    request: ProviderRemovalRequest,
    reseller: { name: string; mpnId: string },
  ): Promise<'sent' | 'noChannel'>;
}

export type RequestRefusal = RemovalRefusal | 'notAttested' | 'reasonMissing';

export interface RemovalServiceDependencies {
  workflow: RemovalWorkflow;
  client: PartnerCenterClient;
  store: RecordStore;
  audit: AuditLog;
  partner: PartnerContext;
  directory: CustomerDirectory;
  gdap: GdapSource;
  providerChannel: ProviderChannel;
  logger: Logger;
  now?: () => Date;
}

const MAX_REASON_LENGTH = 500;

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

export class RemovalService {
  private readonly providerRequests: Repository<ProviderRemovalRequest>;
  private readonly remedyRefusals: Repository<z.infer<typeof remedyRefusalsSchema>>;
  private readonly now: () => Date;

  constructor(private readonly deps: RemovalServiceDependencies) {
    this.providerRequests = new Repository(deps.store, 'providerRemovalRequests', providerRequestSchema);
    this.remedyRefusals = new Repository(deps.store, 'remedyRefusals', remedyRefusalsSchema);
    this.now = deps.now ?? (() => new Date());
  }

  async preflight(
    member: Member | undefined,
    customerId: string,
  ): Promise<Outcome<{ report: PreflightReport }>> {
    const notAllowed = refusalWithout(member, 'viewCustomers');
    if (notAllowed) return notAllowed;
    return this.assess(member, customerId);
  }

  async remediate(
    actor: Actor,
    member: Member | undefined,
    customerId: string,
    blockerId: string,
    remedy: Remedy,
  ): Promise<Outcome<{ result: RemedyResult; report: PreflightReport }>> {
    const notAllowed = refusalWithout(member, 'remediate');
    if (notAllowed) return notAllowed;
    const before = await this.assess(member, customerId);
    if (!before.ok) return before;
    const blocker = before.report.blockers.find((b) => b.id === blockerId && b.remedy === remedy);
    if (!blocker || remedy === 'none') return refuse({ reason: 'stale' });

    const correlationId = randomUUID();
    const action = idempotentRequestId(customerId, blocker.id, remedy, blocker.revision);
    const refusals = (await this.remedyRefusals.get(action))?.value.count ?? 0;
    const requestId = refusals ? idempotentRequestId(action, String(refusals)) : action;
    const context = { correlationId, requestId };
    let result: RemedyResult;
    try {
      if (remedy === 'cancelSoftwareOrder') {
        await this.deps.client.cancelSoftwareOrder(context, customerId, blocker.id, blocker.lineItems ?? []);
      } else {
        await this.deps.client.changeSubscriptionStatus(
          context,
          customerId,
          blocker.id,
          remedy === 'suspend' ? 'suspended' : 'deleted',
        );
      }
      result = { ok: true, remedy, name: blocker.name };
      await this.deps.audit.append(customerId, {
        actor,
        action:
          remedy === 'suspend'
            ? 'subscription.suspended'
            : remedy === 'cancel'
              ? 'subscription.cancelled'
              : 'softwareOrder.cancelled',
        detail: { id: blocker.id, name: blocker.name },
        correlationId,
      });
    } catch (error) {
      const failure = failureOf(error);
      if (error instanceof PartnerCenterApiError && error.status < 500) {
        await this.remedyRefusals.update(action, (current) => ({ count: (current?.count ?? 0) + 1 }));
      }
      result = { ok: false, name: blocker.name, error: failure };
      await this.deps.audit.append(customerId, {
        actor,
        action: 'remedy.failed',
        detail: { id: blocker.id, remedy, code: failure.code },
        correlationId,
      });
    }
    const after = await this.assess(member, customerId);
    if (!after.ok) return after;
    return { ok: true, result, report: after.report };
  }

  async requestRemoval(
    actor: Actor,
    member: Member | undefined,
    customerId: string,
    input: { attested: boolean; reason: string; attestationVersion: string },
  ): Promise<
    | Outcome<{ request: RemovalRequest }>
    | { ok: false; reason: 'removalRefused'; why: RequestRefusal; report: PreflightReport }
  > {
    const notAllowed = refusalWithout(member, 'requestRemoval');
    if (notAllowed) return notAllowed;
    const assessed = await this.assess(member, customerId);
    if (!assessed.ok) return assessed;
    const { report } = assessed;
    const reason = input.reason.trim().slice(0, MAX_REASON_LENGTH);
    const why: RequestRefusal | undefined =
      report.refusal ?? (!input.attested ? 'notAttested' : !reason ? 'reasonMissing' : undefined);
    if (why) return { ok: false, reason: 'removalRefused', why, report };

    const request = await this.deps.workflow.submit({
      customer: report.customer,
      requestedBy: actor,
      reason,
      attestationVersion: input.attestationVersion,
      snapshot: snapshotOf(report),
    });
    if (!request) {
      const again = await this.assess(member, customerId);
      return {
        ok: false,
        reason: 'removalRefused',
        why: 'pendingRequest',
        report: again.ok ? again.report : report,
      };
    }
    return { ok: true, request };
  }

  async askProvider(
    actor: Actor,
    member: Member | undefined,
    customerId: string,
    reasonText: string,
  ): Promise<Outcome<{ request: ProviderRemovalRequest; delivery: 'sent' | 'noChannel' }>> {
    const notAllowed = refusalWithout(member, 'requestRemoval');
    if (notAllowed) return notAllowed;
    const { profile, providers } = this.deps.partner;
    if (!isIndirectReseller(profile)) return refuse({ reason: 'resellerOnly' });
    const provider = providers[0];
    if (!provider) return refuse({ reason: 'noProvider' });
    const customer = await this.deps.directory.byId(customerId);
    if (!customer) return refuse({ reason: 'notFound' });
    const request: ProviderRemovalRequest = {
      id: randomUUID(),
      customerId: customer.id,
      customerName: customer.name,
      customerDomain: customer.domain,
      providerId: provider.id,
      providerName: provider.name ?? provider.id,
      requestedBy: actor,
      requestedAt: this.now().toISOString(),
      reason: reasonText.trim().slice(0, MAX_REASON_LENGTH),
      delivered: false,
    };
    const delivery = await this.deps.providerChannel.deliver(request, {
      name: profile.companyName,
      mpnId: profile.mpnId,
    });
    const stored = { ...request, delivered: delivery === 'sent' };
    await this.providerRequests.create(stored.id, stored);
    await this.deps.audit.append(customer.id, {
      actor,
      action: 'removal.providerAsked',
      detail: { requestId: stored.id, provider: stored.providerName, delivered: stored.delivered },
    });
    return { ok: true, request: stored, delivery };
  }

  openRequest(customerId: string): Promise<RemovalRequest | undefined> {
    return this.deps.workflow.openFor(customerId);
  }

  /** The blockers as Partner Center says now; 'gone' when there is no reseller relationship any more. */
  async blockersOf(customerId: string): Promise<RemovalBlocker[] | 'gone'> {
    const context = { correlationId: randomUUID() };
    if (await isRelationshipGone(this.deps.client, context, customerId)) return 'gone';
    const [subscriptions, entitlements] = await Promise.all([
      this.deps.client.listSubscriptions(context, customerId),
      this.deps.client.listEntitlements(context, customerId, { showExpiry: true }),
    ]);
    return (await this.assessPurchases(context, customerId, subscriptions, entitlements)).blockers;
  }

  /** The blockers and notices, reading the orders of software purchases for their date and lines. */
  private async assessPurchases(
    context: { correlationId: string },
    customerId: string,
    subscriptions: Subscription[],
    entitlements: Entitlement[],
  ): Promise<RemovalAssessment> {
    const now = this.now();
    const orders = new Map<string, Order>();
    for (const orderId of ordersToRead(subscriptions, entitlements, now)) {
      try {
        orders.set(orderId, await this.deps.client.getOrder(context, customerId, orderId));
      } catch (error) {
        // An order Partner Center cannot find: its date and lines stay unknown, so no cancel is offered.
        if (!(error instanceof PartnerCenterNotFoundError)) throw error;
      }
    }
    return assessRemoval(subscriptions, entitlements, orders, now);
  }

  private async assess(
    member: Member | undefined,
    customerId: string,
  ): Promise<Outcome<{ report: PreflightReport }>> {
    const context = { correlationId: randomUUID() };
    const { client } = this.deps;
    const read = await readCustomer(this.deps, context, customerId);
    if (!read.ok) return read;
    const { customer } = read;
    const [subscriptions, entitlements, partners, gdap, pending] = await Promise.all([
      client.listSubscriptions(context, customer.id),
      client.listEntitlements(context, customer.id, { showExpiry: true }),
      client.listCustomerPartnerRelationships(context, customer.id).catch((error: unknown) => {
        this.deps.logger.debug({ err: { message: (error as Error).message } }, 'E6 not available');
        return [] as PartnerRelationship[];
      }),
      this.deps.gdap.relationships(customer.id),
      this.openRequest(customer.id),
    ]);
    const { blockers, notices } = await this.assessPurchases(
      context,
      customer.id,
      subscriptions,
      entitlements,
    );
    const relationship = customer.relationshipToPartner ?? 'unknown';
    const { profile, providers } = this.deps.partner;
    const refusal = removalRefusal(member, profile, {
      relationship,
      pendingRequest: pending !== undefined,
      blockers: blockers.length,
    });
    const provider = isIndirectReseller(profile) ? providers[0] : undefined;
    return {
      ok: true,
      report: {
        customer: customerHeader(customer),
        blockers,
        notices,
        canRemediate: hasPermission(member, 'remediate'),
        partners: partners.map(otherPartner),
        gdap,
        refusal,
        provider: provider ? { name: provider.name ?? provider.id } : undefined,
        pendingRequest: pending
          ? { id: pending.id, requestedBy: pending.requestedBy.name, at: pending.requestedAt }
          : undefined,
        subscriptions: subscriptions.map((s) => ({
          id: s.id,
          name: s.friendlyName || s.offerName || s.offerId || s.id,
          status: s.status,
          commerce: subscriptionCommerceModel(s),
        })),
        checkedAt: this.now().toISOString(),
      },
    };
  }
}
