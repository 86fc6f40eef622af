/**
 * Microsoft Graph's GDAP resources as the service sends them (docs/graph.md §1), read leniently:
 * documented fields only, `null` or absent where the examples show it, every other field ignored.
 * Sources: the resource pages delegatedAdminRelationship, delegatedAdminAccessAssignment and
 * delegatedAdminRelationshipRequest (https://learn.microsoft.com/en-us/graph/api/resources/<name>).
 *
 * Enumerations are Graph's "evolvable enumerations": a value this code does not know is read as
 * `unknownFutureValue` (Graph's own sentinel) rather than failing the response.
 */
import { z } from 'zod';

function evolvableEnum<const T extends readonly [string, ...string[]]>(values: T) {
  const known = new Set<string>(values);
  return z.string().transform((raw): T[number] => (known.has(raw) ? raw : 'unknownFutureValue'));
}

/** delegatedAdminRelationshipStatus (the resource page lists these eleven). */
export const GDAP_STATUSES = [
  'activating',
  'active',
  'approvalPending',
  'approved',
  'created',
  'expired',
  'expiring',
  'terminated',
  'terminating',
  'terminationRequested',
  'unknownFutureValue',
] as const;
export type GdapStatus = (typeof GDAP_STATUSES)[number];

/** delegatedAdminAccessAssignmentStatus. */
export const ACCESS_ASSIGNMENT_STATUSES = [
  'pending',
  'active',
  'deleting',
  'deleted',
  'error',
  'unknownFutureValue',
] as const;
export type AccessAssignmentStatus = (typeof ACCESS_ASSIGNMENT_STATUSES)[number];

/** delegatedAdminRelationshipRequestAction and delegatedAdminRelationshipRequestStatus. */
export const REQUEST_ACTIONS = [
  'lockForApproval',
  'approve',
  'terminate',
  'unknownFutureValue',
  'reject',
] as const;
export const REQUEST_STATUSES = ['created', 'pending', 'succeeded', 'failed', 'unknownFutureValue'] as const;

const unifiedRolesSchema = z
  .object({ unifiedRoles: z.array(z.object({ roleDefinitionId: z.string() })).nullish() })
  .nullish();

export const delegatedAdminRelationshipSchema = z.object({
  /** `#microsoft.graph.resellerDelegatedAdminRelationship` for an indirect provider's relationship. */
  '@odata.type': z.string().nullish(),
  '@odata.etag': z.string().nullish(),
  id: z.string().min(1),
  displayName: z.string().nullish(),
  duration: z.string().nullish(),
  customer: z.object({ tenantId: z.string().nullish(), displayName: z.string().nullish() }).nullish(),
  accessDetails: unifiedRolesSchema,
  status: evolvableEnum(GDAP_STATUSES),
  autoExtendDuration: z.string().nullish(),
  createdDateTime: z.string().nullish(),
  lastModifiedDateTime: z.string().nullish(),
  activatedDateTime: z.string().nullish(),
  endDateTime: z.string().nullish(),
  /** resellerDelegatedAdminRelationship only. */
  isPartnerConsentPending: z.boolean().nullish(),
  indirectProviderTenantId: z.string().nullish(),
});
export type DelegatedAdminRelationshipResource = z.infer<typeof delegatedAdminRelationshipSchema>;

export const delegatedAdminAccessAssignmentSchema = z.object({
  id: z.string().min(1),
  status: evolvableEnum(ACCESS_ASSIGNMENT_STATUSES),
  accessContainer: z
    .object({ accessContainerId: z.string().nullish(), accessContainerType: z.string().nullish() })
    .nullish(),
  accessDetails: unifiedRolesSchema,
  createdDateTime: z.string().nullish(),
  lastModifiedDateTime: z.string().nullish(),
});
export type DelegatedAdminAccessAssignmentResource = z.infer<typeof delegatedAdminAccessAssignmentSchema>;

export const delegatedAdminRelationshipRequestSchema = z.object({
  id: z.string().min(1),
  action: evolvableEnum(REQUEST_ACTIONS),
  status: evolvableEnum(REQUEST_STATUSES),
  createdDateTime: z.string().nullish(),
  lastModifiedDateTime: z.string().nullish(),
});
export type DelegatedAdminRelationshipRequestResource = z.infer<
  typeof delegatedAdminRelationshipRequestSchema
>;

/** A Graph collection page: `value` (items read one by one by the caller) and the next page's link. */
export const graphCollectionSchema = z.object({
  '@odata.nextLink': z.string().nullish(),
  value: z.array(z.unknown()),
});
