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
