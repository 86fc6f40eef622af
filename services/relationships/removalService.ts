/**
 * Removing a reseller relationship, up to the request (approval and execution follow in the workflow):
 * - `preflight`: reads the customer (E2), subscriptions (E8), entitlements (E11), other partners (E6)
 *   and GDAP, and says what blocks the removal and what this user may do about it;
 * - `proposeRemedy`: what a remedy would change, read fresh, for the card to confirm: nothing is sent;
 * - `remediate` / `remediateAll`: runs a confirmed remedy (suspend, cancel, cancel a software order,
 *   turn off auto-renew) on each blocker named, after checking on fresh data that it still offers that
 *   remedy: card data is never trusted (remedyRunner.ts sends it);
 * - `requestRemoval`: records an attested removal request when nothing blocks it, with the remedies
 *   done shortly before it (remedies.ts);
 * - `askProvider`: an indirect reseller cannot remove (docs/partner-center.md §3), so it asks its indirect provider.
 * Every step lands in the customer's audit trail.
 *
 * Long because the pre-flight, the remedies and the request share one reading of the customer and its purchases.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Member } from '../access/partnerRoles';
import {
  hasPermission,
  isIndirectReseller,
  refusalWithout,
  removalRefusal,
  type RemovalRefusal,
} from '../access/policy';
import { actorSchema, DESK_ACTOR, type Actor } from '../audit/actor';
import type { AuditLog } from '../audit/auditLog';
import { snapshotOf } from '../evidence/customerSnapshot';
import type { Logger } from '../logging/logger';
import {
  failureOf,
  PartnerCenterNotFoundError,
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
import type { GdapLookup, GdapRelationshipInfo, GdapSource } from './gdapSource';
import { endable, targetsOf } from './gdapTerminationService';
import type { PartnerContext } from './partnerContext';
import { refuse, type Outcome } from './refusal';
import { remediesBefore, remedyTargets, withAction, type PreflightBlocker } from './remedies';
import { RemedyRunner, type RemedyResult } from './remedyRunner';
import {
  assessRemoval,
  ordersToRead,
  type RemedyAction,
  type RemovalAssessment,
  type RemovalBlocker,
  type RemovalNotice,
} from './removalPreflight';
import { scheduleOffer, type ScheduleOffer } from './scheduleOffer';
import type { RemovalRequest, RemovalSchedule } from '../workflows/removalRequest';
import type { RemovalWorkflow } from '../workflows/removalWorkflow';

export type { RemedyResult } from './remedyRunner';

export interface PreflightReport {
  customer: CustomerHeader;
  /** Each with the action of its button, when it has one (remedies.ts). */
  blockers: PreflightBlocker[];
  /** What does not block but the user should know (perpetual software past its window). */
  notices: RemovalNotice[];
  canRemediate: boolean;
  partners: OtherPartner[];
  gdap: GdapLookup;
  /** The GDAP relationships the request can also end (active ones), when Graph could be read. */
  gdapChoices: GdapRelationshipInfo[];
  refusal?: RemovalRefusal;
  /** Only dates block it: it can be requested now and scheduled (removalPreflight.ts, scheduleOffer). */
  schedule?: ScheduleOffer;
  provider?: { name: string };
  pendingRequest?: { id: string; requestedBy: string; at: string };
  /** Every subscription as read (for the request's snapshot, services/evidence/customerSnapshot.ts). */
  subscriptions?: { id: string; name: string; status: string; commerce: string }[];
  checkedAt: string;
}

/** A remedy asked for on the card, waiting for its confirmation: the blockers it would change now. */
export interface RemedyConfirmation {
  remedy: RemedyAction;
  blockers: PreflightBlocker[];
}

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

export type RequestRefusal =
  | RemovalRefusal
  | 'notAttested'
  | 'reasonMissing'
  | 'autoRenewNotConfirmed'
  /** A GDAP relationship chosen on the card is no longer active (or not this customer's). */
  | 'gdapChoiceStale';

/** What the requester chose for a removal that only dates block (the pre-flight's schedule offer). */
export interface ScheduleChoice {
  /** On the day, when something new blocks it: keep waiting, or fail. */
  onBlocked: 'wait' | 'fail';
  /** The requester confirms auto-renew is turned off on the locked subscriptions once approved. */
  turnOffAutoRenew: boolean;
}

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

/** The longest reason kept (the cards limit the input to it too). */
export const MAX_REASON_LENGTH = 500;
/** Orders read at the same time by a pre-flight (each is one Partner Center call). */
const ORDERS_AT_ONCE = 8;

export class RemovalService {
  private readonly providerRequests: Repository<ProviderRemovalRequest>;
  private readonly remedies: RemedyRunner;
  private readonly now: () => Date;

  constructor(private readonly deps: RemovalServiceDependencies) {
    this.providerRequests = new Repository(deps.store, 'providerRemovalRequests', providerRequestSchema);
    this.remedies = new RemedyRunner(deps);
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

  /**
   * What `remedy` would change now, for the card to ask for a confirmation: the blockers named (or
   * every one offering it), read fresh. Nothing is sent to Partner Center.
   */
  async proposeRemedy(
    member: Member | undefined,
    customerId: string,
    remedy: RemedyAction,
    blockerIds?: readonly string[],
  ): Promise<Outcome<{ confirmation: RemedyConfirmation; report: PreflightReport }>> {
    const notAllowed = refusalWithout(member, 'remediate');
    if (notAllowed) return notAllowed;
    const assessed = await this.assess(member, customerId);
    if (!assessed.ok) return assessed;
    const blockers = remedyTargets(assessed.report.blockers, remedy, blockerIds);
    if (!blockers.length) return refuse({ reason: 'stale' });
    return { ok: true, confirmation: { remedy, blockers }, report: assessed.report };
  }

  /** One confirmed remedy on one blocker (see remediateAll); `stale` when it no longer offers it. */
  async remediate(
    actor: Actor,
    member: Member | undefined,
    customerId: string,
    blockerId: string,
    remedy: RemedyAction | 'none',
  ): Promise<Outcome<{ result: RemedyResult; report: PreflightReport }>> {
    if (remedy === 'none') {
      const notAllowed = refusalWithout(member, 'remediate');
      return notAllowed ?? refuse({ reason: 'stale' });
    }
    const outcome = await this.remediateAll(actor, member, customerId, remedy, [blockerId]);
    if (!outcome.ok) return outcome;
    const [result] = outcome.results;
    return result ? { ok: true, result, report: outcome.report } : refuse({ reason: 'stale' });
  }

  /**
   * Runs a confirmed remedy on each blocker named that still offers it on fresh data (a few at a
   * time), each answered by Partner Center (done, or its refusal). `skipped`: named blockers that no
   * longer offer it (already changed, or never did): nothing was sent for them.
   */
  async remediateAll(
    actor: Actor,
    member: Member | undefined,
    customerId: string,
    remedy: RemedyAction,
    blockerIds: readonly string[],
  ): Promise<Outcome<{ results: RemedyResult[]; skipped: number; report: PreflightReport }>> {
    const notAllowed = refusalWithout(member, 'remediate');
    if (notAllowed) return notAllowed;
    const before = await this.assess(member, customerId);
    if (!before.ok) return before;
    const targets = remedyTargets(before.report.blockers, remedy, blockerIds);
    const results = await this.remedies.runAll(actor, customerId, targets, remedy);
    const after = targets.length ? await this.assess(member, customerId) : before;
    if (!after.ok) return after;
    return { ok: true, results, skipped: new Set(blockerIds).size - targets.length, report: after.report };
  }

  async requestRemoval(
    actor: Actor,
    member: Member | undefined,
    customerId: string,
    input: {
      attested: boolean;
      reason: string;
      attestationVersion: string;
      schedule?: ScheduleChoice;
      /** GDAP relationships to end after the removal (ids from the card, checked here). */
      gdapToEnd?: readonly string[];
    },
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
    // Only dates block it and the requester chose a schedule: it is requested now, run on the day.
    const scheduled =
      report.refusal === 'blockers' && report.schedule && input.schedule ? report.schedule : undefined;
    const gdap = input.gdapToEnd?.length ? targetsOf(report.gdap, input.gdapToEnd) : [];
    const why: RequestRefusal | undefined =
      (scheduled ? undefined : report.refusal) ??
      (!gdap ? 'gdapChoiceStale' : undefined) ??
      (!input.attested
        ? 'notAttested'
        : !reason
          ? 'reasonMissing'
          : scheduled && scheduled.autoRenewOn.length > 0 && !input.schedule?.turnOffAutoRenew
            ? 'autoRenewNotConfirmed'
            : undefined);
    if (why) return { ok: false, reason: 'removalRefused', why, report };

    const trail = await this.deps.audit.list(member, report.customer.id);
    const request = await this.deps.workflow.submit({
      customer: report.customer,
      requestedBy: actor,
      reason,
      attestationVersion: input.attestationVersion,
      remediesBefore: trail.ok ? remediesBefore(trail.entries, this.now()) : [],
      schedule:
        scheduled && input.schedule
          ? {
              dates: scheduled.dates,
              onBlocked: input.schedule.onBlocked,
              autoRenewOff: scheduled.autoRenewOn,
            }
          : undefined,
      snapshot: snapshotOf(report),
      gdap: gdap ?? [],
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

  /**
   * A scheduled request, once approved: auto-renew off on the subscriptions it names, read fresh from
   * Partner Center (one already ended or already off needs nothing), each confirmed by a re-read.
   */
  async prepareSchedule(request: RemovalRequest): Promise<NonNullable<RemovalSchedule['prepared']>> {
    const planned = request.schedule?.autoRenewOff ?? [];
    if (planned.length === 0) return [];
    let blockers: RemovalBlocker[] | 'gone';
    try {
      blockers = await this.blockersOf(request.customerId);
    } catch (error) {
      const failure = failureOf(error);
      return planned.map(({ id, name }) => ({
        id,
        name,
        ok: false,
        code: failure.code,
        description: failure.description,
      }));
    }
    const fresh = blockers === 'gone' ? [] : blockers;
    const prepared: NonNullable<RemovalSchedule['prepared']> = [];
    for (const { id, name } of planned) {
      const blocker = fresh.find((b) => b.id === id && b.kind === 'lockedSubscription');
      if (!blocker || blocker.autoRenewEnabled === false) {
        prepared.push({ id, name, ok: true });
        continue;
      }
      const result = await this.remedies.run(DESK_ACTOR, request.customerId, blocker, 'autoRenewOff');
      prepared.push(
        result.ok
          ? { id, name, ok: true }
          : {
              id,
              name,
              ok: false,
              code: result.error.code,
              description: result.error.description,
              correlationId: result.error.correlationId,
            },
      );
    }
    return prepared;
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
    const orderIds = ordersToRead(subscriptions, entitlements, now);
    // A few at a time, in one round trip for the usual handful.
    let next = 0;
    const reader = async () => {
      while (next < orderIds.length) {
        const orderId = orderIds[next++];
        try {
          orders.set(orderId, await this.deps.client.getOrder(context, customerId, orderId));
        } catch (error) {
          // An order Partner Center cannot find: its date and lines stay unknown, so no cancel is offered.
          if (!(error instanceof PartnerCenterNotFoundError)) throw error;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(ORDERS_AT_ONCE, orderIds.length) }, reader));
    return assessRemoval(subscriptions, entitlements, orders, now);
  }

  /**
   * The pre-flight's reads, all at once: the customer (E2), its subscriptions (E8), entitlements (E11),
   * other partners (E6), GDAP relationships and the open request. Nothing but the customer's id is
   * needed to ask for any of them, so the card costs one Partner Center round trip (two when an order
   * must be read for its date, after the subscriptions and entitlements name it). When the customer
   * read refuses (gone, not found), the other answers are dropped unread.
   */
  private async assess(
    member: Member | undefined,
    customerId: string,
  ): Promise<Outcome<{ report: PreflightReport }>> {
    const context = { correlationId: randomUUID() };
    const { client } = this.deps;
    const customerRead = readCustomer(this.deps, context, customerId);
    const otherReads = Promise.all([
      client.listSubscriptions(context, customerId),
      client.listEntitlements(context, customerId, { showExpiry: true }),
      client.listCustomerPartnerRelationships(context, customerId).catch((error: unknown) => {
        this.deps.logger.debug({ err: { message: (error as Error).message } }, 'E6 not available');
        return [] as PartnerRelationship[];
      }),
      this.deps.gdap.relationships(customerId),
      this.openRequest(customerId),
    ]);
    otherReads.catch(() => undefined); // awaited below unless the customer read refuses first
    const read = await customerRead;
    if (!read.ok) return read;
    const { customer } = read;
    const [subscriptions, entitlements, partners, gdap, openByGivenId] = await otherReads;
    // The open request is filed under Partner Center's spelling of the id.
    const pending = customer.id === customerId ? openByGivenId : await this.openRequest(customer.id);
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
        blockers: blockers.map(withAction),
        notices,
        canRemediate: hasPermission(member, 'remediate'),
        partners: partners.map(otherPartner),
        gdap,
        gdapChoices: endable(gdap),
        refusal,
        schedule: refusal === 'blockers' ? scheduleOffer(blockers) : undefined,
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
