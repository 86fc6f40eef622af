/**
 * The one interface the bot uses to talk to Partner Center, live or sandbox (the emulator speaks
 * the same REST contract, so both go through HttpPartnerCenterClient).
 */
import type { Customer, CustomerRelationshipUpdate } from '../model/customer';
import type { Entitlement, EntitlementTypeFilter } from '../model/entitlement';
import type { Order, OrderLineToCancel } from '../model/order';
import type { PartnerRelationship, PartnerRelationshipQuery } from '../model/partnerRelationship';
import type { RelationshipRequest } from '../model/relationshipRequest';
import type { Subscription, SubscriptionStatusChange } from '../model/subscription';

/** Per logical call: who is asking and how to make a retry idempotent. */
export interface CallContext {
  /** Sent as MS-CorrelationId. One per bot workflow, shown to users for support escalation. */
  correlationId: string;
  /**
   * Sent as MS-RequestId and kept identical across every retry of this call. For mutations
   * (removal, subscription changes) pass an id persisted with the approved action, so a retry after a
   * crash is recognised by Partner Center as the same request. Generated per call when omitted.
   */
  requestId?: string;
  signal?: AbortSignal;
}

/** E1 query. At most one filter applies (Partner Center accepts one `filter`). */
export interface CustomerQuery {
  /** Items per page (`size`); default 100. */
  pageSize?: number;
  companyNamePrefix?: string;
  domainPrefix?: string;
  /** Tenant id of an indirect reseller: its customers (indirect providers only). */
  indirectResellerId?: string;
}

export interface CustomerPage {
  items: Customer[];
  /** `totalCount` of this page as the service reports it. */
  totalCount?: number;
}

export interface EntitlementQuery {
  type?: EntitlementTypeFilter;
  /** Ask for `expiryDate` (needed to tell an active reservation from an expired one). Default true. */
  showExpiry?: boolean;
}

export interface PartnerCenterClient {
  /** E1, page by page, following `links.next` (and `MS-ContinuationToken`); one page in memory at a time. */
  listCustomerPages(context: CallContext, query?: CustomerQuery): AsyncIterable<CustomerPage>;
  /** E1 flattened to customers; memory stays flat whatever the tenant size. */
  listCustomers(context: CallContext, query?: CustomerQuery): AsyncIterable<Customer>;
  /** E2: includes `allowDelegatedAccess`. Throws PartnerCenterNoRelationshipError after removal. */
  getCustomer(context: CallContext, customerId: string): Promise<Customer>;
  /** E3: the partner's reusable invitation link. */
  getRelationshipRequest(context: CallContext): Promise<RelationshipRequest>;
  /** E4: `relationshipToPartner: none`. Idempotent with a stable `context.requestId`. */
  removeResellerRelationship(context: CallContext, customerId: string): Promise<CustomerRelationshipUpdate>;
  /** E8. */
  listSubscriptions(context: CallContext, customerId: string): Promise<Subscription[]>;
  /** E9. */
  getSubscription(context: CallContext, customerId: string, subscriptionId: string): Promise<Subscription>;
  /**
   * E10: reads the subscription (E9), then PATCHes the full resource with the new status and its
   * etag (If-Match). `suspended` for legacy and Azure plan, `deleted` to cancel NCE, `active` to
   * reactivate. The PATCH carries `context.requestId`.
   */
  changeSubscriptionStatus(
    context: CallContext,
    customerId: string,
    subscriptionId: string,
    status: SubscriptionStatusChange,
  ): Promise<Subscription>;
  /**
   * E10b: turns auto-renew on or off (new commerce, software, marketplace): reads the subscription
   * (E9), then PATCHes the full resource with `autoRenewEnabled` changed and its etag (If-Match). The
   * answer must carry the new setting. The PATCH carries `context.requestId`.
   */
  setSubscriptionAutoRenew(
    context: CallContext,
    customerId: string,
    subscriptionId: string,
    autoRenewEnabled: boolean,
  ): Promise<Subscription>;
  /** An order by id (`GET /v1/customers/{id}/orders/{order-id}`): its lines and `creationDate`. */
  getOrder(context: CallContext, customerId: string, orderId: string): Promise<Order>;
  /**
   * E16: cancel the named lines of a software order (`PATCH /v1/customers/{id}/orders/{order-id}`,
   * status `cancelled`), within its cancellation window. Never cancels lines it is not given: an
   * empty list is refused here, because a PATCH without lines cancels the whole order
   * (docs/partner-center.md §4). Idempotent with a stable `context.requestId`.
   */
  cancelSoftwareOrder(
    context: CallContext,
    customerId: string,
    orderId: string,
    lineItems: readonly OrderLineToCancel[],
  ): Promise<Order>;
  /** E11: software purchases and Azure reservations. */
  listEntitlements(
    context: CallContext,
    customerId: string,
    query?: EntitlementQuery,
  ): Promise<Entitlement[]>;
  /** E6: the indirect resellers / providers that also hold a relationship with the customer. */
  listCustomerPartnerRelationships(context: CallContext, customerId: string): Promise<PartnerRelationship[]>;
  /** E7: the signed-in partner's indirect resellers (as provider) or providers (as reseller). */
  listPartnerRelationships(
    context: CallContext,
    relationshipType: PartnerRelationshipQuery,
  ): Promise<PartnerRelationship[]>;
}
