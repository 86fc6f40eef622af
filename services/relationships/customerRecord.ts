/** Reading one customer from Partner Center, and the parts of it every card shows. */
import type { CallContext, Customer, PartnerCenterClient, PartnerRelationship } from '../partner-center';
import { PartnerCenterNoRelationshipError, PartnerCenterNotFoundError } from '../partner-center';
import type { CustomerDirectory } from './customerDirectory';
import { refuse, type Outcome } from './refusal';

export interface CustomerHeader {
  id: string;
  name: string;
  domain: string;
  relationship: NonNullable<Customer['relationshipToPartner']> | 'unknown';
  /** DAP; null when Partner Center did not say. */
  delegatedAccess: boolean | null;
}

export interface OtherPartner {
  name: string;
  mpnId?: string;
  role: 'indirectReseller' | 'indirectProvider';
}

/**
 * The customer (E2), or why not: `customerGone` when the relationship ended (it is dropped from the
 * search list too), `notFound` when the id was never a customer.
 */
export async function readCustomer(
  deps: { client: PartnerCenterClient; directory: CustomerDirectory },
  context: CallContext,
  customerId: string,
): Promise<Outcome<{ customer: Customer }>> {
  try {
    return { ok: true, customer: await deps.client.getCustomer(context, customerId) };
  } catch (error) {
    if (
      !(error instanceof PartnerCenterNoRelationshipError) &&
      !(error instanceof PartnerCenterNotFoundError)
    )
      throw error;
    const known = await deps.directory.byId(customerId).catch(() => undefined);
    deps.directory.forget(customerId);
    return known
      ? refuse({ reason: 'customerGone', customerName: known.name })
      : refuse({ reason: 'notFound' });
  }
}

/**
 * Whether the customer's reseller relationship is gone, on Partner Center's word: a read of the
 * customer (E2) answering 404, 403/20002, or `relationshipToPartner: none` (docs/partner-center.md §3).
 * Nothing else proves it, least of all an error code or text from another call; other errors propagate.
 */
export async function isRelationshipGone(
  client: PartnerCenterClient,
  context: CallContext,
  customerId: string,
): Promise<boolean> {
  try {
    return (await client.getCustomer(context, customerId)).relationshipToPartner === 'none';
  } catch (error) {
    if (error instanceof PartnerCenterNoRelationshipError || error instanceof PartnerCenterNotFoundError)
      return true;
    throw error;
  }
}

export function customerHeader(customer: Customer): CustomerHeader {
  return {
    id: customer.id,
    name: customer.companyProfile.companyName || customer.companyProfile.domain || customer.id,
    domain: customer.companyProfile.domain ?? '',
    relationship: customer.relationshipToPartner ?? 'unknown',
    delegatedAccess: customer.allowDelegatedAccess ?? null,
  };
}

export function otherPartner(relationship: PartnerRelationship): OtherPartner {
  return {
    name: relationship.name ?? relationship.id,
    mpnId: relationship.mpnId ?? undefined,
    role:
      relationship.relationshipType === 'is_indirect_reseller_of' ? 'indirectReseller' : 'indirectProvider',
  };
}
