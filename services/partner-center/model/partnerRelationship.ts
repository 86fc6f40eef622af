/** The PartnerRelationship resource (E6, E7): indirect providers and resellers. */
import { z } from 'zod';
import { lowercaseEnum } from './lowercaseEnum';

export const PARTNER_RELATIONSHIP_TYPES = [
  'is_indirect_cloud_solution_provider_of',
  'is_indirect_reseller_of',
] as const;
export type PartnerRelationshipType = (typeof PARTNER_RELATIONSHIP_TYPES)[number] | 'unknown';

/** E7 query values (PascalCase in the query, snake_case in responses). */
export type PartnerRelationshipQuery = 'IsIndirectCloudSolutionProviderOf' | 'IsIndirectResellerOf';

/** `IsIndirectResellerOf` → `is_indirect_reseller_of`; snake_case input is kept. */
function toSnakeCase(value: string): string {
  return value.includes('_') ? value : value.replace(/(?<!^)([A-Z])/g, '_$1');
}

export const partnerRelationshipSchema = z.object({
  /** The partner's tenant id. */
  id: z.string(),
  name: z.string().nullish(),
  relationshipType: z.string().transform(toSnakeCase).pipe(lowercaseEnum(PARTNER_RELATIONSHIP_TYPES)),
  /** e.g. `active` (lowercased). */
  state: z
    .string()
    .transform((value) => value.toLowerCase())
    .nullish(),
  mpnId: z.string().nullish(),
  location: z.string().nullish(),
});

export type PartnerRelationship = z.infer<typeof partnerRelationshipSchema>;
