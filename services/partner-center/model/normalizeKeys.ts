/**
 * Partner Center answers in camelCase or PascalCase depending on the endpoint (the E4 example is
 * PascalCase: `"RelationshipToPartner":"none"`). Every response body goes through `normalizeKeys`
 * before it is parsed, so the parsers only ever see camelCase: a key is matched case-insensitively
 * against the field names we know, and any other key gets its first letter lowercased.
 */

/** Field names whose camelCase form is not just "first letter lowercased" of every spelling seen. */
const KNOWN_FIELDS = [
  'id',
  'url',
  'uri',
  'mpnId',
  'tenantId',
  'commerceId',
  'partnerId',
  'associatedPartnerId',
  'allowDelegatedAccess',
  'relationshipToPartner',
  'companyProfile',
  'companyName',
  'billingProfile',
  'customDomains',
  'objectType',
  'etag',
  'totalCount',
  'continuationToken',
  'offerId',
  'offerName',
  'orderId',
  'productId',
  'skuId',
  'isTrial',
  'cancellationAllowedUntilDate',
  'commitmentEndDate',
  'commitmentEndDateTime',
  'autoRenewEnabled',
  'entitlementType',
  'entitledArtifacts',
  'artifactType',
  'dynamicAttributes',
  'reservationType',
  'referenceOrder',
  'fulfillmentState',
  'expiryDate',
  'relationshipType',
  'statusCode',
];

const CANONICAL = new Map(KNOWN_FIELDS.map((name) => [name.toLowerCase(), name]));

export function canonicalKey(key: string): string {
  return CANONICAL.get(key.toLowerCase()) ?? (key ? key.charAt(0).toLowerCase() + key.slice(1) : key);
}

/** A deep copy of `value` with every object key in camelCase. Arrays and scalars keep their shape. */
export function normalizeKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalizeKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      out[canonicalKey(key)] = normalizeKeys(inner);
    }
    return out;
  }
  return value;
}
