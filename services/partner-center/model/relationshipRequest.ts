/** The RelationshipRequest resource (E3): the partner's reusable reseller invitation link. */
import { z } from 'zod';

export const relationshipRequestSchema = z.object({ url: z.string().url() });
export type RelationshipRequest = z.infer<typeof relationshipRequestSchema>;
