/**
 * The parts of the emulator's answers that exist only to give them the shape of Microsoft's
 * documented examples (links, billing profile, subscription and order fields the bot does not read).
 * Field by field, the sandbox's answers are checked against those examples by
 * test/partner-center/sandboxMatchesDocumentedShapes.test.ts (docs/partner-center.md §9).
 */
import { createHash } from 'node:crypto';
import type { SandboxCustomer, SandboxEntitlement, SandboxSubscription } from './fixture/sandboxTenant';

export interface DocumentedLink {
  uri: string;
  method: 'GET' | 'PATCH';
  headers: { key: string; value: string }[];
}

export function link(uri: string, method: 'GET' | 'PATCH' = 'GET'): DocumentedLink {
  return { uri, method, headers: [] };
}

/** A stable GUID-shaped id derived from a seed (artifact resource ids, line-item ids). */
function derivedId(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * An opaque etag in the form of the documented ones (base64 of `{"id","version"}`). The client
 * quotes it in If-Match; the emulator accepts it quoted or bare.
 */
export function etagFor(resourceId: string, version: number): string {
  return Buffer.from(JSON.stringify({ id: resourceId.toLowerCase(), version })).toString('base64');
}

/** If-Match as sent (`"…"`, `W/"…"` or bare) → the bare etag. */
export function bareEtag(ifMatch: string): string {
  const trimmed = ifMatch.trim().replace(/^W\//, '');
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')
    ? trimmed.slice(1, -1)
    : trimmed;
}

export function companyProfileLinks(customerId: string): { self: DocumentedLink } {
  return { self: link(`/customers/${customerId}/profiles/company`) };
}

export function customerLinks(customerId: string): { self: DocumentedLink } {
  return { self: link(`/customers/${customerId}`) };
}

/** The billing profile of get-a-customer-by-id, built from the company profile (the fixture has no billing contact). */
export function billingProfile(customer: SandboxCustomer): Record<string, unknown> {
  const profile = customer.companyProfile;
  const address = profile.address ?? {};
  const contact = { firstName: 'Billing', lastName: 'Administrator' };
  return {
    id: derivedId(`billing:${customer.id}`),
    ...contact,
    email: profile.email ?? `billing@${profile.domain}`,
    culture: 'en-US',
    language: 'en',
    companyName: profile.companyName,
    defaultAddress: {
      country: address.country ?? 'US',
      city: address.city ?? '',
      state: address.region ?? address.state ?? '',
      addressLine1: address.addressLine1 ?? '',
      postalCode: address.postalCode ?? '',
      ...contact,
      phoneNumber: address.phoneNumber ?? '',
    },
    links: { self: link(`/customers/${customer.id}/profiles/billing`) },
    attributes: { etag: etagFor(`billing:${customer.id}`, 0), objectType: 'CustomerBillingProfile' },
  };
}

/** `PRODUCT:SKU:AVAILABILITY` (new commerce) → its parts; legacy offer ids have none. */
function catalogIds(offerId: string): { product: string; sku: string; availability?: string } | undefined {
  const [product, sku, availability] = offerId.split(':');
  return sku ? { product, sku, availability } : undefined;
}

/** The subscription fields of the documented examples that the fixture does not hold. */
export function subscriptionDocumentedFields(
  customerId: string,
  subscription: SandboxSubscription,
  commerce: 'legacy' | 'nce' | 'azurePlan' | 'software',
): Record<string, unknown> {
  const ids = catalogIds(subscription.offerId);
  const self = link(`/customers/${customerId}/subscriptions/${subscription.id}`);
  const links = ids
    ? {
        product: link(`/products/${ids.product}`),
        sku: link(`/products/${ids.product}/skus/${ids.sku}`),
        availability: link(
          `/products/${ids.product}/skus/${ids.sku}/availabilities/${ids.availability ?? ''}?country=US`,
        ),
        self,
      }
    : { offer: link(`/offers/${subscription.offerId}`), self };
  return {
    friendlyName: subscription.friendlyName ?? subscription.offerName,
    hasPurchasableAddons: false,
    billingType: commerce === 'azurePlan' ? 'usage' : 'license',
    renewalTermDuration: '',
    isMicrosoftProduct: true,
    partnerId: subscription.partnerId ?? '',
    attentionNeeded: false,
    actionTaken: false,
    links,
    publisherName: 'Microsoft Corporation',
  };
}

/** The entitlement fields of the documented examples that the fixture does not hold. */
export function entitlementDocumentedFields(
  customerId: string,
  entitlement: SandboxEntitlement,
): Record<string, unknown> {
  return {
    includedEntitlements: [],
    referenceOrder: { ...entitlement.referenceOrder, lineItemId: '0' },
    entitledArtifacts: entitlement.entitledArtifacts.map((artifact) => {
      if (artifact.artifactType !== 'reservedinstance') return artifact;
      const group = derivedId(`group:${entitlement.referenceOrder.id}`).replace(/-/g, '');
      const lineItem = derivedId(`lineitem:${entitlement.referenceOrder.id}`);
      const resource = derivedId(`resource:${entitlement.referenceOrder.id}`);
      return {
        link: link(
          `/customers/${customerId}/artifacts/reservedinstance/groups/${group}/lineitems/${lineItem}/resource/${resource}`,
        ),
        resourceId: resource,
        ...artifact,
      };
    }),
  };
}

/** The Order resource answered by PATCH …/orders/{id} (cancel-software-purchases). */
export function orderResource(
  customerId: string,
  order: { id: string; alternateId?: string; status: string; creationDate: string },
  lineItems: { lineItemNumber: number; offerId: string; quantity: number; friendlyName: string }[],
): Record<string, unknown> {
  return {
    id: order.id,
    alternateId: order.alternateId ?? order.id.replace(/-/g, '').slice(0, 12),
    referenceCustomerId: customerId,
    billingCycle: 'one_time',
    currencyCode: 'USD',
    currencySymbol: '$',
    lineItems: lineItems.map((line) => {
      const ids = catalogIds(line.offerId);
      const product = ids?.product ?? line.offerId;
      const sku = ids?.sku ?? '0001';
      return {
        lineItemNumber: line.lineItemNumber,
        offerId: line.offerId,
        termDuration: 'P3Y',
        transactionType: 'New',
        friendlyName: line.friendlyName,
        quantity: line.quantity,
        links: {
          product: link(`/products/${product}`),
          sku: link(`/products/${product}/skus/${sku}`),
          availability: link(`/products/${product}/skus/${sku}/availabilities/${ids?.availability ?? ''}`),
        },
      };
    }),
    creationDate: order.creationDate,
    status: order.status,
    transactionType: 'UserPurchase',
    links: {
      self: link(`/customers/${customerId}/orders/${order.id}`),
      provisioningStatus: link(`/customers/${customerId}/orders/${order.id}/provisioningstatus`),
      patchOperation: link(`/customers/${customerId}/orders/${order.id}`, 'PATCH'),
    },
    client: { marketplaceCountry: 'US', deviceFamily: 'Desktop', name: 'Reseller Desk sandbox' },
    attributes: { objectType: 'Order' },
  };
}
