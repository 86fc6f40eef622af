/** One customer as the details card shows it: relationship, DAP, other partners, subscriptions, GDAP. */
import { randomUUID } from 'node:crypto';
import type { Member } from '../access/partnerRoles';
import { customerActions, refusalWithout } from '../access/policy';
import {
  subscriptionCommerceModel,
  type PartnerCenterClient,
  type PartnerRelationship,
  type Subscription,
} from '../partner-center';
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
  cancellableUntil?: string;
  termEnd?: string;
  autoRenew?: boolean;
}

export interface CustomerDetails {
  customer: CustomerHeader & { country?: string };
  partners: OtherPartner[];
  subscriptions: SubscriptionSummary[];
  subscriptionCount: number;
  gdap: GdapLookup;
  actions: { invite: boolean; remove: boolean };
}

const SHOWN_SUBSCRIPTIONS = 10;
const STATUS_ORDER = ['active', 'suspended', 'pending', 'none', 'disabled', 'expired', 'deleted', 'unknown'];

export async function customerDetails(
  deps: {
    client: PartnerCenterClient;
    directory: CustomerDirectory;
    gdap: GdapSource;
    partner: PartnerContext;
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
  const [subscriptions, partners, gdap] = await Promise.all([
    deps.client.listSubscriptions(context, customer.id),
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
        cancellableUntil: s.cancellationAllowedUntilDate ?? undefined,
        termEnd: s.commitmentEndDate ?? undefined,
        autoRenew: s.autoRenewEnabled ?? undefined,
      })),
      subscriptionCount: subscriptions.length,
      gdap,
      actions: customerActions(member),
    },
  };
}
