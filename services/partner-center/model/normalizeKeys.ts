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

/**
 * Keys already seen, as sent → camelCase: a page of 500 customers repeats the same few keys thousands of
 * times, and lower-casing each again made most of a page's garbage. Bounded, since keys come from the
 * network (beyond the bound a key is simply computed again).
 */
const SEEN = new Map<string, string>();
const SEEN_MAX = 4096;

export function canonicalKey(key: string): string {
  const seen = SEEN.get(key);
  if (seen !== undefined) return seen;
  const canonical =
    CANONICAL.get(key.toLowerCase()) ?? (key ? key.charAt(0).toLowerCase() + key.slice(1) : key);
  if (SEEN.size < SEEN_MAX) SEEN.set(key, canonical);
  return canonical;
}

/**
 * `value` with every object key in camelCase. Arrays and scalars keep their shape. What already is in
 * camelCase is returned as it is, not copied (most of a page of customers: the copies were most of its
 * garbage); callers only read the result. A `__proto__` key is always copied, as before (it then sets the
 * copy's prototype, never becomes an own key).
 */
export function normalizeKeys(value: unknown): unknown {
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const normalized = normalizeKeys(item);
      if (normalized !== item) (copy ??= value.slice())[i] = normalized;
    }
    return copy ?? value;
  }
  if (value !== null && typeof value === 'object') {
    const source = value as Record<string, unknown>;
    let out: Record<string, unknown> | undefined;
    for (const key in source) {
      if (!Object.hasOwn(source, key)) continue;
      const inner = source[key];
      const normalized = normalizeKeys(inner);
      const canonical = canonicalKey(key);
      if (!out && (key === '__proto__' || canonical !== key || normalized !== inner)) {
        // The first key that differs: copy the ones before it (already camelCase), then go on copying.
        out = {};
        for (const earlier in source) {
          if (earlier === key) break;
          if (Object.hasOwn(source, earlier)) out[earlier] = source[earlier];
        }
      }
      if (out) out[canonical] = normalized;
    }
    return out ?? value;
  }
  return value;
}
