/** Partner Center's resource collection envelope, with the `links.next` paging link. */
import { z } from 'zod';

export const linkSchema = z.object({
  uri: z.string(),
  method: z.string().nullish(),
  headers: z.array(z.object({ key: z.string(), value: z.string() })).nullish(),
});
export type Link = z.infer<typeof linkSchema>;

export const collectionEnvelopeSchema = z.object({
  totalCount: z.number().nullish(),
  /** Items are parsed one by one by the caller's schema. */
  items: z.array(z.unknown()).nullish(),
  links: z.object({ self: linkSchema.nullish(), next: linkSchema.nullish() }).nullish(),
  continuationToken: z.string().nullish(),
});
export type CollectionEnvelope = z.infer<typeof collectionEnvelopeSchema>;
