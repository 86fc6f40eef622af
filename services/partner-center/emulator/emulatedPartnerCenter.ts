/**
 * The Partner Center behaviour the emulator reproduces, independent of HTTP: the tenant view
 * (fixture + overlay), the rules (removal preconditions, NCE cancellation window, no-relationship
 * errors) and the sandbox-only acceptance of an invitation. server.ts maps routes onto it.
 *
 * Long because it is one emulated service, one method per endpoint, over one tenant view; the removal rule lives apart (removalBlockers.ts).
 */
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { subscriptionCommerceModel, type SubscriptionCommerceModel } from '../model/subscription';
import { asOfTermEnd } from './termEnd';
import type { PartnerProfile } from '../model/partnerProfile';
import { normalizeKeys } from '../model/normalizeKeys';
import type { CustomerIndex, CustomerOrder } from './customerIndex';
import {
  bareEtag,
  billingProfile,
  companyProfileLinks,
  customerLinks,
  entitlementDocumentedFields,
  etagFor,
  link,
  orderResource,
  subscriptionDocumentedFields,
} from './documentedShapes';
import {
  badInput,
  forbiddenForPartnerType,
  invalidProperty,
  noRelationship,
  ok,
  pcError,
  tenantNotFound,
} from './emulatorResult';
import type { EmulatorResult } from './emulatorResult';
import type {
  SandboxCustomer,
  SandboxEntitlement,
  SandboxSubscription,
  SandboxTenant,
} from './fixture/sandboxTenant';
import {
  describeBlockers,
  entitlementKind,
  perpetualCancellationDeadline,
  PERPETUAL_SOFTWARE_WINDOW_MS,
  removalBlockers,
} from './removalBlockers';
import type { TenantOverlay } from './tenantOverlay';

export interface InvitationAccepted {
  customerId: string;
  companyName: string;
  domain: string;
  /** True when the tenant was unknown and has just been created. */
  created: boolean;
}

interface Continuation {
  order: CustomerOrder;
  key: string;
  prefix?: string;
  reseller?: string;
}

const DEFAULT_PAGE_SIZE = 200;
/** Partner Center returns at most 500 customers per call (docs/partner-center.md §8). */
const MAX_PAGE_SIZE = 500;

function encodeToken(continuation: Continuation): string {
  return Buffer.from(JSON.stringify(continuation)).toString('base64url');
}

function decodeToken(token: string): Continuation | undefined {
  try {
    const value = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Continuation;
    return typeof value.key === 'string' && (value.order === 'companyName' || value.order === 'domain')
      ? value
      : undefined;
  } catch {
    return undefined;
  }
}

/** Subscription `status` values of the Subscription resource (docs/partner-center.md §8). */
const SUBSCRIPTION_STATUS_VALUES = new Set(['none', 'active', 'pending', 'suspended', 'expired', 'deleted']);

function lower(value: unknown): string | undefined {
  return typeof value === 'string' ? value.toLowerCase() : undefined;
}

/** An entitlement's order line number: its `lineItemId`, or its position among its order's entitlements. */
/**
 * Why an auto-renew change is refused (docs/partner-center.md §8): Microsoft documents it for new
 * commerce, software and marketplace subscriptions only (**Assumption**: legacy ones and Azure plans
 * are refused), and the sandbox takes it only on an active subscription (**Assumption**: the stricter
 * reading; Microsoft documents neither way for a suspended one).
 */
function autoRenewRefusal(model: SubscriptionCommerceModel, status: string): EmulatorResult | undefined {
  if (model === 'legacy' || model === 'azurePlan')
    return invalidProperty(
      'autoRenewEnabled can be changed only on new commerce and software subscriptions.',
    );
  if (status !== 'active')
    return invalidProperty('autoRenewEnabled can be changed only on an active subscription.');
  return undefined;
}

function lineNumberOf(entitlement: SandboxEntitlement, position: number): number {
  const given = Number(entitlement.referenceOrder.lineItemId);
  return entitlement.referenceOrder.lineItemId !== undefined && Number.isInteger(given) ? given : position;
}

/** The overlay key of one cancelled order line (the whole order uses the order id alone). */
function lineKey(orderId: string, lineItemNumber: number): string {
  return `${orderId}#${lineItemNumber}`;
}

export class EmulatedPartnerCenter {
  /** Emits 'invitationAccepted' (InvitationAccepted). */
  readonly events = new EventEmitter();
  readonly partner: PartnerProfile;

  constructor(
    private readonly tenant: SandboxTenant,
    private readonly index: CustomerIndex,
    private readonly overlay: TenantOverlay,
    private readonly now: () => Date,
  ) {
    this.partner = {
      type: tenant.partner.type,
      tenantId: tenant.partner.tenantId,
      mpnId: tenant.partner.mpnId,
      companyName: tenant.partner.companyName,
    };
    for (const created of overlay.createdCustomers()) index.add(created);
  }

  // ---- E1 -------------------------------------------------------------------------------------

  listCustomers(query: URLSearchParams, continuationToken: string | undefined): EmulatorResult {
    const sizeParam = query.get('size');
    const size = sizeParam === null || sizeParam === '0' ? DEFAULT_PAGE_SIZE : Number(sizeParam);
    if (!Number.isInteger(size) || size < 0) return invalidProperty('size must be a whole number.');
    if (size > MAX_PAGE_SIZE) {
      return invalidProperty(`size ${size} is above the maximum page size of ${MAX_PAGE_SIZE}.`);
    }
    const pageSize = size;

    let continuation: Continuation;
    if (continuationToken) {
      const decoded = decodeToken(continuationToken);
      if (!decoded) return badInput('the MS-ContinuationToken is not one this service issued.');
      continuation = decoded;
    } else {
      const filter = this.parseFilter(query.get('filter'));
      if ('status' in filter) return filter;
      continuation = { ...filter, key: '' };
    }

    const items: unknown[] = [];
    let lastKey: string | undefined;
    let more = false;
    const scan = this.index.scan(continuation.order, {
      prefix: continuation.prefix,
      afterKey: continuation.key || undefined,
    });
    for (const { customer, key } of scan) {
      if (!this.isListed(customer, continuation.reseller)) continue;
      if (items.length === pageSize) {
        more = true;
        break;
      }
      items.push(this.customerListItem(customer));
      lastKey = key;
    }

    const self = `/v1/customers?${query.toString()}`;
    const body: Record<string, unknown> = {
      totalCount: items.length,
      items,
      links: { self: { uri: self, method: 'GET', headers: [] } },
      attributes: { objectType: 'Collection' },
    };
    if (more && lastKey !== undefined) {
      const token = encodeToken({ ...continuation, key: lastKey });
      const nextQuery = new URLSearchParams(query);
      nextQuery.set('seekOperation', 'Next');
      (body.links as Record<string, unknown>).next = {
        uri: `/v1/customers?${nextQuery.toString()}`,
        method: 'GET',
        headers: [{ key: 'MS-ContinuationToken', value: token }],
      };
      body.continuationToken = token;
    }
    return ok(body);
  }

  private parseFilter(raw: string | null): Omit<Continuation, 'key'> | EmulatorResult {
    if (raw === null || raw === '') return { order: 'companyName' };
    let filter: Record<string, unknown>;
    try {
      filter = normalizeKeys(JSON.parse(raw)) as Record<string, unknown>;
    } catch {
      return badInput('filter is not JSON.');
    }
    const field = lower(filter.field);
    const value = typeof filter.value === 'string' ? filter.value : '';
    if (lower(filter.operator) !== 'starts_with')
      return invalidProperty('filter Operator must be starts_with.');
    switch (field) {
      case 'companyname':
        return { order: 'companyName', prefix: value.toLowerCase() };
      case 'domain':
        return { order: 'domain', prefix: value.toLowerCase() };
      case 'indirectreseller':
        return { order: 'companyName', reseller: value.toLowerCase() };
      default:
        return invalidProperty(`filter Field ${String(filter.field)} is not supported.`);
    }
  }

  // ---- E2, E4/E5, E6 --------------------------------------------------------------------------

  getCustomer(customerId: string): EmulatorResult {
    const customer = this.index.get(customerId);
    if (!customer) return tenantNotFound(customerId);
    if (this.relationshipOf(customer) !== 'reseller')
      return noRelationship(this.partner.tenantId, customerId);
    return ok(this.customerResource(customer));
  }

  async updateCustomer(customerId: string, rawBody: unknown): Promise<EmulatorResult> {
    const body = (normalizeKeys(rawBody) ?? {}) as Record<string, unknown>;
    const customer = this.index.get(customerId);
    if (!customer) return tenantNotFound(customerId);
    const wantsRemoval = body.relationshipToPartner !== undefined;
    if (wantsRemoval && lower(body.relationshipToPartner) !== 'none') {
      return pcError(400, 3000, 'Invalid property: relationshipToPartner can only be set to none.');
    }
    if (!wantsRemoval && body.allowDelegatedAccess !== false) {
      return pcError(
        400,
        3000,
        'Invalid property: expected relationshipToPartner "none" or allowDelegatedAccess false.',
      );
    }
    if (this.relationshipOf(customer) !== 'reseller') {
      return pcError(400, 3000, 'The relationship between the partner and customer does not exist.');
    }
    if (this.partner.type === 'indirectReseller') {
      return forbiddenForPartnerType(
        "indirect resellers can't remove relationships with the customer; they must work through the indirect provider.",
      );
    }
    const changedAt = this.now().toISOString();
    const current = this.overlay.customer(customer.id);
    if (!wantsRemoval) {
      await this.overlay.setCustomer(customer.id, {
        ...current,
        relationshipToPartner: 'reseller',
        allowDelegatedAccess: false,
        changedAt,
      });
      return ok(this.customerResource(customer));
    }
    const blockers = removalBlockers(
      this.subscriptionsOf(customer),
      this.entitlementsOf(customer),
      this.now(),
    );
    if (blockers.length) {
      return pcError(400, 'RelationshipRemovalBlocked', describeBlockers(blockers), blockers);
    }
    // DAP goes with the relationship; GDAP (Graph) is untouched.
    await this.overlay.setCustomer(customer.id, {
      ...current,
      relationshipToPartner: 'none',
      allowDelegatedAccess: false,
      changedAt,
    });
    // The documented response example is PascalCase with nulls.
    return ok({
      Id: null,
      CommerceId: null,
      CompanyProfile: null,
      BillingProfile: null,
      RelationshipToPartner: 'none',
      AllowDelegatedAccess: null,
      UserCredentials: null,
      CustomDomains: null,
      AssociatedPartnerId: null,
      Attributes: { ObjectType: 'Customer' },
    });
  }

  customerRelationships(customerId: string): EmulatorResult {
    const customer = this.index.get(customerId);
    if (!customer) return tenantNotFound(customerId);
    if (this.relationshipOf(customer) !== 'reseller')
      return noRelationship(this.partner.tenantId, customerId);
    // The documented E6 items carry neither state nor location (unlike E7).
    return ok(
      this.collection(
        customer.partnerRelationships.map(({ id, name, relationshipType, mpnId }) => ({
          id,
          name,
          relationshipType,
          mpnId,
          attributes: { objectType: 'PartnerRelationship' },
        })),
      ),
    );
  }

  // ---- E3, E7 ---------------------------------------------------------------------------------

  /**
   * E3. An indirect reseller gets its own link too: whether Partner Center answers a reseller is
   * undocumented (docs/partner-center.md §5); a refusal is played with the fault injector.
   */
  relationshipRequest(): EmulatorResult {
    const dap = this.tenant.partner.invitationDap ? 'true' : 'false';
    return ok({
      url: `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${this.partner.tenantId}&msppId=0&DAP=${dap}#/BillingAccounts/partner-invitation`,
      attributes: { objectType: 'RelationshipRequest' },
    });
  }

  partnerRelationships(relationshipType: string | null): EmulatorResult {
    const type = lower(relationshipType);
    const allowed =
      (type === 'isindirectcloudsolutionproviderof' && this.partner.type === 'indirectProvider') ||
      (type === 'isindirectresellerof' && this.partner.type === 'indirectReseller');
    if (type !== 'isindirectcloudsolutionproviderof' && type !== 'isindirectresellerof') {
      return invalidProperty(
        'relationship_type must be IsIndirectCloudSolutionProviderOf or IsIndirectResellerOf.',
      );
    }
    if (!allowed)
      return forbiddenForPartnerType(`A ${this.partner.type} partner cannot list ${relationshipType}.`);
    return ok(
      this.collection(this.tenant.partnerRelationships.map((r) => this.partnerRelationshipResource(r))),
    );
  }

  // ---- E8, E9, E10 ----------------------------------------------------------------------------

  listSubscriptions(customerId: string): EmulatorResult {
    const customer = this.index.get(customerId);
    if (!customer) return tenantNotFound(customerId);
    if (this.relationshipOf(customer) !== 'reseller')
      return noRelationship(this.partner.tenantId, customerId);
    return ok({
      ...this.collection(this.subscriptionsOf(customer)),
      links: { self: link(`/customers/${customer.id}/subscriptions`) },
    });
  }

  getSubscription(customerId: string, subscriptionId: string): EmulatorResult {
    const customer = this.index.get(customerId);
    if (!customer) return tenantNotFound(customerId);
    if (this.relationshipOf(customer) !== 'reseller')
      return noRelationship(this.partner.tenantId, customerId);
    const subscription = this.subscriptionsOf(customer).find(
      (s) => s.id.toLowerCase() === subscriptionId.toLowerCase(),
    );
    return subscription
      ? ok(subscription)
      : pcError(404, 20003, `Subscription with ID ${subscriptionId} not found.`);
  }

  async updateSubscription(
    customerId: string,
    subscriptionId: string,
    rawBody: unknown,
    ifMatch: string | undefined,
  ): Promise<EmulatorResult> {
    const found = this.getSubscription(customerId, subscriptionId);
    if (found.status !== 200) return found;
    const current = found.body as ReturnType<EmulatedPartnerCenter['subscriptionsOf']>[number];
    const customer = this.index.get(customerId)!;
    const fixture = customer.subscriptions.find((s) => s.id === current.id)!;
    const body = (normalizeKeys(rawBody) ?? {}) as Record<string, unknown>;
    // E10 wants the full resource (GET, mutate, PATCH), not a status fragment.
    if (
      lower(body.id) !== current.id.toLowerCase() ||
      typeof body.offerId !== 'string' ||
      typeof body.quantity !== 'number'
    ) {
      return invalidProperty('the full subscription resource (id, offerId, quantity, status) is required.');
    }
    if (ifMatch && bareEtag(ifMatch) !== current.attributes.etag) {
      return pcError(400, 2055, 'Etag is no longer valid');
    }
    const target = lower(body.status);
    if (!SUBSCRIPTION_STATUS_VALUES.has(target ?? '')) {
      return pcError(400, 900126, `Unable to parse enum: ${String(body.status)}`);
    }
    if (body.autoRenewEnabled != null && typeof body.autoRenewEnabled !== 'boolean') {
      return invalidProperty('autoRenewEnabled must be true or false.');
    }
    // A status change is about the status: Microsoft's own suspend and cancel examples carry
    // `autoRenewEnabled: false` beside the new status, so there it is left as it is.
    const autoRenew = typeof body.autoRenewEnabled === 'boolean' ? body.autoRenewEnabled : undefined;
    const autoRenewChange =
      target === current.status &&
      autoRenew !== undefined &&
      autoRenew !== (current.autoRenewEnabled ?? false);
    if (target !== 'active' && target !== 'suspended' && target !== 'deleted') {
      return pcError(400, 800096, 'Cannot update the status for this subscription');
    }
    if (target === current.status && !autoRenewChange) return ok(current);
    if (current.status === 'deleted') {
      return pcError(400, 2011, `Subscription with ID ${current.id} and deleted status cannot be updated.`);
    }
    if (current.status !== 'active' && current.status !== 'suspended') {
      return pcError(400, 800096, 'Cannot update the status for this subscription');
    }
    const model = subscriptionCommerceModel(fixture);
    const refused = autoRenewChange
      ? autoRenewRefusal(model, current.status)
      : this.statusRefusal(customer.id, fixture, model, target);
    if (refused) return refused;
    const previous = this.overlay.subscription(customer.id, current.id);
    await this.overlay.setSubscription(customer.id, current.id, {
      status: target,
      autoRenewEnabled: autoRenewChange ? autoRenew : previous?.autoRenewEnabled,
      revision: (previous?.revision ?? 0) + 1,
      changedAt: this.now().toISOString(),
    });
    return this.getSubscription(customer.id, current.id);
  }

  /** Why Partner Center refuses this status change, if it does: the cancel rules of E10. */
  private statusRefusal(
    customerId: string,
    fixture: SandboxSubscription,
    model: SubscriptionCommerceModel,
    target: string,
  ): EmulatorResult | undefined {
    if (target !== 'deleted') return undefined;
    if (model === 'legacy' || model === 'azurePlan') {
      return pcError(
        400,
        800063,
        `This order ${fixture.orderId ?? fixture.id} cannot be cancelled. Use PATCH /customers/${customerId}/subscriptions/<subscriptionId> to suspend subscriptions`,
      );
    }
    const until = fixture.cancellationAllowedUntilDate;
    if (!until || Date.parse(until) < this.now().getTime()) {
      return pcError(
        400,
        900117,
        `You have passed your 7-day cancellation window. We are unable to cancel your purchase. (Subscription ${fixture.id}: the window ${until ? `ended on ${until}` : 'is closed'}.)`,
      );
    }
    return undefined;
  }

  /**
   * Get an order by id (`GET /v1/customers/{id}/orders/{order-id}`): the sandbox's orders are those
   * of its entitlements, one line per entitlement (docs/partner-center.md §4).
   */
  getOrder(customerId: string, orderId: string): EmulatorResult {
    const customer = this.index.get(customerId);
    if (!customer) return tenantNotFound(customerId);
    if (this.relationshipOf(customer) !== 'reseller')
      return noRelationship(this.partner.tenantId, customerId);
    const lines = this.orderLines(customer, orderId);
    if (!lines.length)
      return pcError(404, 'OrderNotFound', `Order ${orderId} was not found for customer ${customer.id}.`);
    return ok(this.orderOf(customer, lines));
  }

  /**
   * Update an order (cancel software purchases): `PATCH /v1/customers/{id}/orders/{order-id}` with
   * `{ id, status: 'cancelled', lineItems? }` (docs/partner-center.md §4). Only the lines named are
   * cancelled; without `lineItems`, the whole order. Perpetual software only within 30 days of the
   * order's creation (that instant included). Azure reservations cannot be cancelled this way.
   */
  async updateOrder(customerId: string, orderId: string, rawBody: unknown): Promise<EmulatorResult> {
    const customer = this.index.get(customerId);
    if (!customer) return tenantNotFound(customerId);
    if (this.relationshipOf(customer) !== 'reseller')
      return noRelationship(this.partner.tenantId, customerId);
    const body = (normalizeKeys(rawBody) ?? {}) as Record<string, unknown>;
    if (lower(body.status) !== 'cancelled') {
      return invalidProperty('status must be cancelled.');
    }
    const lines = this.orderLines(customer, orderId);
    if (!lines.length) return pcError(404, 20000, 'Order ID not found');
    let targets = lines;
    if (body.lineItems !== undefined && body.lineItems !== null) {
      const named = Array.isArray(body.lineItems) ? (body.lineItems as Record<string, unknown>[]) : [];
      const chosen = named.map((item) =>
        lines.find(
          (line) =>
            line.lineItemNumber === item?.lineItemNumber &&
            (item.offerId === undefined || lower(item.offerId) === line.offerId.toLowerCase()),
        ),
      );
      if (!named.length || chosen.some((line) => !line)) {
        return invalidProperty('lineItems must name line items of this order.');
      }
      targets = chosen as typeof lines;
    }
    const reservation = targets.find(
      (line) => entitlementKind(line.entitlement.entitlementType) !== 'software',
    );
    if (reservation) {
      return pcError(
        403,
        800019,
        `Non-Sandbox tenants are not allowed to cancel purchases other than software subscriptions and perpetual software. Order ${reservation.orderId} is an Azure reservation: cancel it in the Azure portal.`,
      );
    }
    const now = this.now().getTime();
    for (const line of targets) {
      const deadline = perpetualCancellationDeadline(line.entitlement);
      if (deadline !== undefined && now > deadline) {
        return pcError(
          400,
          900117,
          `You have passed your ${PERPETUAL_SOFTWARE_WINDOW_MS / 86_400_000}-day cancellation window. We are unable to cancel your purchase`,
        );
      }
    }
    for (const line of targets) {
      await this.overlay.setEntitlement(customer.id, lineKey(line.orderId, line.lineItemNumber), {
        fulfillmentState: 'cancelled',
        changedAt: this.now().toISOString(),
      });
    }
    return ok(this.orderOf(customer, this.orderLines(customer, orderId)));
  }

  /** The lines of an order: its entitlements, numbered by `lineItemId` or their position. */
  private orderLines(customer: SandboxCustomer, orderId: string) {
    const served = this.entitlementsOf(customer);
    const lines = [];
    let position = 0;
    for (const [index, entitlement] of customer.entitlements.entries()) {
      if (entitlement.referenceOrder.id.toLowerCase() !== orderId.toLowerCase()) continue;
      const lineItemNumber = lineNumberOf(entitlement, position++);
      lines.push({
        orderId: entitlement.referenceOrder.id,
        lineItemNumber,
        offerId: `${entitlement.productId}:${entitlement.skuId}`,
        entitlement,
        cancelled: served[index].fulfillmentState === 'cancelled',
      });
    }
    return lines;
  }

  /** The Order resource (documented shape) of an order's lines, as they stand. */
  private orderOf(
    customer: SandboxCustomer,
    lines: ReturnType<EmulatedPartnerCenter['orderLines']>,
  ): Record<string, unknown> {
    const [first] = lines;
    const creationDate = lines.find((line) => line.entitlement.orderCreationDate)?.entitlement
      .orderCreationDate;
    const order = orderResource(
      customer.id,
      {
        id: first.orderId,
        alternateId: first.entitlement.referenceOrder.alternateId,
        status: lines.every((line) => line.cancelled) ? 'cancelled' : 'completed',
        creationDate: creationDate ?? '',
      },
      lines.map((line) => ({
        lineItemNumber: line.lineItemNumber,
        offerId: line.offerId,
        quantity: line.cancelled ? 0 : line.entitlement.quantity,
        friendlyName: line.entitlement.productId,
      })),
    );
    // A fixture without the (sandbox-only) purchase date answers an order without one.
    if (!creationDate) delete order.creationDate;
    return order;
  }

  private async setEntitlementCancelled(customer: SandboxCustomer, orderId: string): Promise<void> {
    await this.overlay.setEntitlement(customer.id, orderId, {
      fulfillmentState: 'cancelled',
      changedAt: this.now().toISOString(),
    });
  }

  // ---- E11 ------------------------------------------------------------------------------------

  listEntitlements(customerId: string, query: URLSearchParams): EmulatorResult {
    const customer = this.index.get(customerId);
    if (!customer) return tenantNotFound(customerId);
    if (this.relationshipOf(customer) !== 'reseller')
      return noRelationship(this.partner.tenantId, customerId);
    const type = lower(query.get('entitlementType') ?? query.get('entitlementtype'));
    const showExpiry = lower(query.get('showExpiry') ?? query.get('showexpiry')) === 'true';
    const items = this.entitlementsOf(customer)
      .filter((e) => !type || entitlementKind(e.entitlementType) === entitlementKind(type))
      .map(({ expiryDate, orderCreationDate: _sandboxOnly, ...rest }) =>
        showExpiry ? { ...rest, expiryDate } : rest,
      );
    return ok(this.collection(items));
  }

  // ---- Sandbox only ---------------------------------------------------------------------------

  /** Plays the customer's global admin accepting the partner's invitation (E3 link). */
  async acceptInvitation(rawBody: unknown): Promise<EmulatorResult> {
    const body = (normalizeKeys(rawBody) ?? {}) as Record<string, unknown>;
    const tenantId = typeof body.tenantId === 'string' ? body.tenantId : undefined;
    const dap =
      typeof body.allowDelegatedAccess === 'boolean'
        ? body.allowDelegatedAccess
        : this.tenant.partner.invitationDap;
    const changedAt = this.now().toISOString();
    const known = tenantId ? this.index.get(tenantId) : undefined;
    if (known) {
      const current = this.overlay.customer(known.id);
      await this.overlay.setCustomer(known.id, {
        ...current,
        relationshipToPartner: 'reseller',
        allowDelegatedAccess: dap,
        changedAt,
      });
      this.emitAccepted(known, false);
      return ok(this.customerResource(known));
    }
    const companyName = typeof body.companyName === 'string' ? body.companyName.trim() : '';
    const domain = typeof body.domain === 'string' ? body.domain.trim() : '';
    if (!companyName || !domain) {
      return invalidProperty('an unknown tenant needs companyName and domain.');
    }
    const id = tenantId ?? randomUUID();
    const created: SandboxCustomer = {
      id,
      companyProfile: { tenantId: id, domain, companyName },
      relationshipToPartner: 'reseller',
      allowDelegatedAccess: dap,
      customDomains: [],
      associatedPartnerId: typeof body.indirectResellerId === 'string' ? body.indirectResellerId : undefined,
      partnerRelationships: [],
      subscriptions: [],
      entitlements: [],
      gdapRelationships: [],
    };
    this.index.add(created);
    await this.overlay.setCustomer(id, {
      relationshipToPartner: 'reseller',
      allowDelegatedAccess: dap,
      changedAt,
      created,
    });
    this.emitAccepted(created, true);
    return ok(this.customerResource(created), 201);
  }

  /** Plays Azure support (reservations) or an order cancellation (software) ending an entitlement. */
  async cancelEntitlement(customerId: string, orderId: string): Promise<EmulatorResult> {
    const customer = this.index.get(customerId);
    if (!customer) return tenantNotFound(customerId);
    const entitlement = customer.entitlements.find(
      (e) => e.referenceOrder.id.toLowerCase() === orderId.toLowerCase(),
    );
    if (!entitlement) return pcError(404, 20000, 'Order ID not found');
    await this.setEntitlementCancelled(customer, entitlement.referenceOrder.id);
    const served = this.entitlementsOf(customer).find(
      (e) => e.referenceOrder.id === entitlement.referenceOrder.id,
    );
    const { orderCreationDate: _sandboxOnly, ...rest } = served!;
    return ok(rest);
  }

  // ---- Views ----------------------------------------------------------------------------------

  private emitAccepted(customer: SandboxCustomer, created: boolean): void {
    const event: InvitationAccepted = {
      customerId: customer.id,
      companyName: customer.companyProfile.companyName,
      domain: customer.companyProfile.domain,
      created,
    };
    this.events.emit('invitationAccepted', event);
  }

  private relationshipOf(customer: SandboxCustomer): 'reseller' | 'none' {
    return this.overlay.customer(customer.id)?.relationshipToPartner ?? customer.relationshipToPartner;
  }

  private isListed(customer: SandboxCustomer, resellerPrefix: string | undefined): boolean {
    if (this.relationshipOf(customer) !== 'reseller') return false;
    return (
      resellerPrefix === undefined ||
      (customer.associatedPartnerId?.toLowerCase().startsWith(resellerPrefix) ?? false)
    );
  }

  private collection(items: unknown[]): Record<string, unknown> {
    return { totalCount: items.length, items, attributes: { objectType: 'Collection' } };
  }

  private customerListItem(customer: SandboxCustomer): Record<string, unknown> {
    const { tenantId, domain, companyName } = customer.companyProfile;
    return {
      id: customer.id,
      companyProfile: {
        tenantId,
        domain,
        companyName,
        links: companyProfileLinks(customer.id),
        attributes: { objectType: 'CustomerCompanyProfile' },
      },
      relationshipToPartner: 'reseller',
      links: customerLinks(customer.id),
      attributes: { objectType: 'Customer' },
    };
  }

  private customerResource(customer: SandboxCustomer): Record<string, unknown> {
    const overlay = this.overlay.customer(customer.id);
    const dap = overlay?.allowDelegatedAccess ?? customer.allowDelegatedAccess;
    const profile = customer.companyProfile;
    return {
      id: customer.id,
      commerceId: customer.commerceId ?? null,
      companyProfile: {
        tenantId: profile.tenantId,
        domain: profile.domain,
        companyName: profile.companyName,
        // Without DAP the API omits address, email and custom domains.
        ...(dap ? { address: profile.address, email: profile.email } : {}),
        links: companyProfileLinks(customer.id),
        attributes: { objectType: 'CustomerCompanyProfile' },
      },
      billingProfile: billingProfile(customer),
      relationshipToPartner: this.relationshipOf(customer),
      allowDelegatedAccess: dap,
      ...(dap ? { customDomains: customer.customDomains } : {}),
      associatedPartnerId: customer.associatedPartnerId ?? null,
      links: customerLinks(customer.id),
      attributes: { objectType: 'Customer' },
    };
  }

  private partnerRelationshipResource(relationship: SandboxTenant['partnerRelationships'][number]): unknown {
    return { ...relationship, attributes: { objectType: 'PartnerRelationship' } };
  }

  private subscriptionsOf(customer: SandboxCustomer) {
    return customer.subscriptions.map((subscription: SandboxSubscription) => {
      const overlay = this.overlay.subscription(customer.id, subscription.id);
      const model = subscriptionCommerceModel(subscription);
      // A term that ended by the sandbox clock expired or renewed (termEnd.ts).
      return asOfTermEnd(
        {
          ...subscriptionDocumentedFields(customer.id, subscription, model),
          ...subscription,
          status: overlay?.status ?? subscription.status,
          autoRenewEnabled: overlay?.autoRenewEnabled ?? subscription.autoRenewEnabled,
          contractType: 'subscription',
          attributes: { etag: etagFor(subscription.id, overlay?.revision ?? 0), objectType: 'Subscription' },
        },
        model,
        this.now(),
      );
    });
  }

  private entitlementsOf(customer: SandboxCustomer) {
    const subscriptions = this.subscriptionsOf(customer);
    const positions = new Map<string, number>();
    return customer.entitlements.map((entitlement: SandboxEntitlement) => {
      const orderId = entitlement.referenceOrder.id;
      const position = positions.get(orderId.toLowerCase()) ?? 0;
      positions.set(orderId.toLowerCase(), position + 1);
      const lineItemNumber = lineNumberOf(entitlement, position);
      const cancelledByOrder = subscriptions.some((s) => s.orderId === orderId && s.status === 'deleted');
      const overlay =
        this.overlay.entitlement(customer.id, orderId) ??
        this.overlay.entitlement(customer.id, lineKey(orderId, lineItemNumber));
      return {
        ...entitlement,
        ...entitlementDocumentedFields(customer.id, entitlement),
        referenceOrder: { ...entitlement.referenceOrder, lineItemId: String(lineItemNumber) },
        fulfillmentState: overlay || cancelledByOrder ? 'cancelled' : entitlement.fulfillmentState,
      };
    });
  }
}
