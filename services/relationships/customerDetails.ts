/** One customer as the details card shows it: relationship, DAP, other partners, subscriptions, GDAP. */
import { randomUUID } from 'node:crypto';
import type { Member } from '../access/partnerRoles';
import { customerActions, refusalWithout } from '../access/policy';
import {
  isEntitlementActive,
  isReservation,
  subscriptionCommerceModel,
  type PartnerCenterClient,
  type PartnerRelationship,
  type Subscription,
} from '../partner-center';
import { endsSoon } from '../graph/gdapLifetime';
import { cancellationWindow, type CancellationWindow } from './cancellationWindow';
import type { CustomerDirectory } from './customerDirectory';
import type { GdapLookup, GdapSource } from './gdapSource';
import type { PartnerContext } from './partnerContext';
import type { Outcome } from './refusal';
import {
  customerHeader,
  otherPartner,
  readCustomer,
  type CustomerHeader,
  type OtherPartner,
} from './customerRecord';

export interface SubscriptionSummary {
  id: string;
  name: string;
  status: Subscription['status'];
  commerce: ReturnType<typeof subscriptionCommerceModel>;
  quantity: number;
  /** Open (until when) or closed (since when); none for a subscription that has ended. */
  cancellation?: CancellationWindow;
  termEnd?: string;
  autoRenew?: boolean;
}

/**
 * An active Azure reservation. Microsoft documents no product name for an entitlement (E11 gives
 * `productId` and `skuId` only, docs/partner-center.md §4), so it is named by its product id.
 */
export interface ReservationSummary {
  /** The order the reservation was bought with. */
  orderId: string;
  productId: string;
  quantity?: number;
  expiresOn?: string;
}

export interface CustomerDetails {
  customer: CustomerHeader & { country?: string };
  partners: OtherPartner[];
  subscriptions: SubscriptionSummary[];
  subscriptionCount: number;
  reservations: ReservationSummary[];
  gdap: GdapLookup;
  actions: { invite: boolean; remove: boolean; endGdap: boolean };
}

const SHOWN_SUBSCRIPTIONS = 10;
const STATUS_ORDER = ['active', 'suspended', 'pending', 'none', 'disabled', 'expired', 'deleted', 'unknown'];

export async function customerDetails(
  deps: {
    client: PartnerCenterClient;
    directory: CustomerDirectory;
    gdap: GdapSource;
    partner: PartnerContext;
    now?: () => Date;
  },
  member: Member | undefined,
  customerId: string,
): Promise<Outcome<{ details: CustomerDetails }>> {
  const notAllowed = refusalWithout(member, 'viewCustomers');
  if (notAllowed) return notAllowed;
  const context = { correlationId: randomUUID() };
  const read = await readCustomer(deps, context, customerId);
  if (!read.ok) return read;
  const { customer } = read;
  const now = deps.now?.() ?? new Date();
  const [subscriptions, entitlements, partners, gdap] = await Promise.all([
    deps.client.listSubscriptions(context, customer.id),
    deps.client.listEntitlements(context, customer.id, { showExpiry: true }),
    deps.client
      .listCustomerPartnerRelationships(context, customer.id)
      .catch(() => [] as PartnerRelationship[]),
    deps.gdap.relationships(customer.id),
  ]);
  const sorted = [...subscriptions].sort(
    (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || a.id.localeCompare(b.id),
  );
  const address = customer.companyProfile.address as { country?: string | null } | null | undefined;
  return {
    ok: true,
    details: {
      customer: { ...customerHeader(customer), country: address?.country ?? undefined },
      partners: partners.map(otherPartner),
      subscriptions: sorted.slice(0, SHOWN_SUBSCRIPTIONS).map((s) => ({
        id: s.id,
        name: s.friendlyName || s.offerName || s.offerId,
        status: s.status,
        commerce: subscriptionCommerceModel(s),
        quantity: s.quantity,
        cancellation: cancellationWindow(s, now),
        termEnd: s.commitmentEndDate ?? undefined,
        autoRenew: s.autoRenewEnabled ?? undefined,
      })),
      subscriptionCount: subscriptions.length,
      reservations: entitlements
        .filter((e) => isReservation(e) && isEntitlementActive(e, now))
        .map((e) => ({
          orderId: e.referenceOrder?.id ?? '',
          productId: e.productId ?? e.referenceOrder?.id ?? '',
          quantity: e.quantity ?? undefined,
          expiresOn: e.expiryDate ?? undefined,
        })),
      gdap: {
        ...gdap,
        relationships: gdap.relationships.map((info) => ({
          ...info,
          endsSoon: info.relationship ? endsSoon(info.relationship, now) : false,
        })),
      },
      actions: customerActions(member),
    },
  };
}
