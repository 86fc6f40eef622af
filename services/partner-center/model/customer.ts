/**
 * The Customer resource (E1 items, E2, E4 response) as Partner Center returns it. On zod's v4 engine:
 * a customer is parsed once per item of E1 (100,000 per reload at a large partner), see lowercaseEnum.ts.
 */
import { z } from 'zod/v4';
import { lowercaseEnumV4 } from './lowercaseEnum';

export const RELATIONSHIPS_TO_PARTNER = [
  'none',
  'reseller',
  'advisor',
  'syndication',
  'microsoft_support',
] as const;
export type RelationshipToPartner = (typeof RELATIONSHIPS_TO_PARTNER)[number] | 'unknown';

const attributesSchema = z.object({ objectType: z.string().nullish(), etag: z.string().nullish() });

export const addressSchema = z.looseObject({
  country: z.string().nullish(),
  region: z.string().nullish(),
  city: z.string().nullish(),
  state: z.string().nullish(),
  addressLine1: z.string().nullish(),
  addressLine2: z.string().nullish(),
  postalCode: z.string().nullish(),
  phoneNumber: z.string().nullish(),
});

export const companyProfileSchema = z.object({
  tenantId: z.string(),
  domain: z.string().nullish(),
  companyName: z.string().nullish(),
  /** Omitted by the API when the partner has no DAP access to the customer. */
  address: addressSchema.nullish(),
  email: z.string().nullish(),
});

export const customerSchema = z.object({
  /** The customer tenant id (same as companyProfile.tenantId). */
  id: z.string(),
  commerceId: z.string().nullish(),
  companyProfile: companyProfileSchema,
  relationshipToPartner: lowercaseEnumV4(RELATIONSHIPS_TO_PARTNER).nullish(),
  /** DAP. Only returned by get-by-id (E2), never in the list (E1). */
  allowDelegatedAccess: z.boolean().nullish(),
  customDomains: z.array(z.string()).nullish(),
  /** The indirect reseller associated with this customer (set by indirect providers). */
  associatedPartnerId: z.string().nullish(),
  attributes: attributesSchema.nullish(),
});

export type Customer = z.infer<typeof customerSchema>;
export type CompanyProfile = z.infer<typeof companyProfileSchema>;

/** The E4 answer: every field may be null except the new relationship (the doc example is PascalCase). */
export const customerRelationshipUpdateSchema = z.object({
  id: z.string().nullish(),
  relationshipToPartner: lowercaseEnumV4(RELATIONSHIPS_TO_PARTNER),
});
export type CustomerRelationshipUpdate = z.infer<typeof customerRelationshipUpdateSchema>;
