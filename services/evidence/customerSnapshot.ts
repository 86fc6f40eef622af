/**
 * The customer as it was when a removal was requested, kept on the request (`snapshot`) for its
 * evidence pack: the relationship, the subscriptions and their status, what still blocked or was
 * noted, GDAP and other partners as counts. Small on purpose (at most 50 subscriptions listed, the
 * total counted): never the customer record itself, and never logged.
 */
import { z } from 'zod';

const MAX_LISTED = 50;

export const customerSnapshotSchema = z.object({
  checkedAt: z.string(),
  relationship: z.string(),
  delegatedAccess: z.boolean().nullable(),
  subscriptions: z.array(
    z.object({ id: z.string(), name: z.string(), status: z.string(), commerce: z.string().optional() }),
  ),
  subscriptionCount: z.number().int().min(0),
  blockers: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string(), remedy: z.string() })),
  notices: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string() })),
  /** Undefined when GDAP could not be read. */
  gdapRelationships: z.number().int().min(0).optional(),
  otherPartners: z.number().int().min(0),
});
export type CustomerSnapshot = z.infer<typeof customerSnapshotSchema>;

/** What the pre-flight report holds that the snapshot keeps (a structural view of PreflightReport). */
export interface SnapshotSource {
  checkedAt: string;
  customer: { relationship: string; delegatedAccess: boolean | null };
  subscriptions?: { id: string; name: string; status: string; commerce?: string }[];
  blockers: { id: string; name: string; kind: string; remedy: string }[];
  notices: { id: string; name?: string; kind: string }[];
  gdap: { available: boolean; relationships: unknown[] };
  partners: unknown[];
}

export function snapshotOf(report: SnapshotSource): CustomerSnapshot {
  const subscriptions = report.subscriptions ?? [];
  return {
    checkedAt: report.checkedAt,
    relationship: report.customer.relationship,
    delegatedAccess: report.customer.delegatedAccess,
    subscriptions: subscriptions
      .slice(0, MAX_LISTED)
      .map(({ id, name, status, commerce }) => ({ id, name, status, commerce })),
    subscriptionCount: subscriptions.length,
    blockers: report.blockers
      .slice(0, MAX_LISTED)
      .map(({ id, name, kind, remedy }) => ({ id, name, kind, remedy })),
    notices: report.notices
      .slice(0, MAX_LISTED)
      .map(({ id, name, kind }) => ({ id, name: name ?? id, kind })),
    gdapRelationships: report.gdap.available ? report.gdap.relationships.length : undefined,
    otherPartners: report.partners.length,
  };
}
