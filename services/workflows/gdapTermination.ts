/**
 * The GDAP part of a request: the relationships the requester chose to end (on the removal pre-flight,
 * or alone on the GDAP card), and where each termination stands as Microsoft Graph last said.
 *
 * A relationship is ended in two steps, each on Graph's word (docs/graph.md §5):
 * - `requested`: the terminate was sent (or found already under way) and a re-read shows
 *   `terminationRequested` or `terminating`;
 * - `terminated`: a re-read shows `terminated` (or the relationship had already ended: `expired`).
 * `failed`: Graph refused the terminate, or no re-read showed it ended within GDAP_CONFIRM_WITHIN_MS.
 * The pure steps are here; removalExecution.ts sends and reads.
 */
import { z } from 'zod';
import { partnerCenterFailureSchema, type PartnerCenterFailure } from '../partner-center/failure';

export const GDAP_OUTCOMES = ['requested', 'terminated', 'failed'] as const;
export type GdapOutcome = (typeof GDAP_OUTCOMES)[number];

export const gdapTargetSchema = z.object({
  /** Graph's id of the relationship. */
  id: z.string(),
  name: z.string(),
  /** Microsoft's English role names as read at request time (for the record and the evidence pack). */
  roles: z.array(z.string()).default([]),
  endsAt: z.string().optional(),
  /** Graph's status as last read. */
  status: z.string().optional(),
  outcome: z.enum(GDAP_OUTCOMES).optional(),
  /** When the terminate was accepted (a re-read showed it under way). */
  requestedAt: z.string().optional(),
  /** When a re-read showed the relationship ended. */
  confirmedAt: z.string().optional(),
  /** Graph's id of the terminate request, when Graph answered the POST. */
  graphRequestId: z.string().optional(),
  error: partnerCenterFailureSchema.optional(),
});
export type GdapTarget = z.infer<typeof gdapTargetSchema>;

export const gdapTerminationSchema = z.object({
  targets: z.array(gdapTargetSchema).min(1),
  /** Re-reads made so far (they space out: GDAP_CHECK_DELAYS_MS). */
  checks: z.number().int().default(0),
  /**
   * When the next pass may run. A pass writes it (compare-and-set) before it sends anything, so one
   * replica at a time sends the terminates; a pass that died is taken over after it.
   */
  nextCheckAt: z.string().optional(),
});
export type GdapTermination = z.infer<typeof gdapTerminationSchema>;

/** The spacing of re-reads while Graph ends a relationship: quick at first, then every 5 minutes. */
export const GDAP_CHECK_DELAYS_MS = [500, 1_000, 2_000, 4_000, 15_000, 60_000, 300_000] as const;
/** How long a pass holds the step before another replica may take it over. */
export const GDAP_PASS_HOLD_MS = 120_000;
/** A relationship not read as ended this long after its terminate was accepted fails (docs/graph.md §5). */
export const GDAP_CONFIRM_WITHIN_MS = 24 * 3_600_000;

/** The Graph statuses in which a relationship is over. */
const ENDED = new Set(['terminated', 'expired']);
const ENDING = new Set(['terminationRequested', 'terminating']);

export function isSettled(target: GdapTarget): boolean {
  return target.outcome === 'terminated' || target.outcome === 'failed';
}

export function allSettled(termination: GdapTermination): boolean {
  return termination.targets.every(isSettled);
}

/** The delay before re-read number `checks` (0-based). */
export function checkDelayMs(checks: number): number {
  return GDAP_CHECK_DELAYS_MS[Math.min(checks, GDAP_CHECK_DELAYS_MS.length - 1)];
}

/** A re-read of one relationship: what it now says about the termination. */
export function afterRead(target: GdapTarget, status: string, now: Date): GdapTarget {
  const at = now.toISOString();
  if (ENDED.has(status))
    return {
      ...target,
      status,
      outcome: 'terminated',
      requestedAt: target.requestedAt ?? at,
      confirmedAt: target.confirmedAt ?? at,
      error: undefined,
    };
  if (ENDING.has(status))
    return { ...target, status, outcome: 'requested', requestedAt: target.requestedAt ?? at };
  // Still active after an accepted terminate, or in a status that cannot end (not active to begin with).
  return { ...target, status };
}

export function failed(target: GdapTarget, error: PartnerCenterFailure): GdapTarget {
  return { ...target, outcome: 'failed', error };
}

/** Accepted long ago and still not read as ended: failed, with what the last read said. */
export function overdue(target: GdapTarget, now: Date): GdapTarget | undefined {
  if (target.outcome !== 'requested' || !target.requestedAt) return undefined;
  if (now.getTime() - Date.parse(target.requestedAt) < GDAP_CONFIRM_WITHIN_MS) return undefined;
  return failed(target, {
    code: 'NotConfirmedByReRead',
    description: `Microsoft Graph still reads ${target.status ?? 'unknown'} a day after the termination was accepted.`,
    service: 'graph',
  });
}

/** Whether a request's GDAP step may run now (no pass is under way, or its hold is over). */
export function gdapDue(termination: GdapTermination | undefined, now: Date): boolean {
  if (!termination || allSettled(termination)) return false;
  return !termination.nextCheckAt || now.getTime() >= Date.parse(termination.nextCheckAt);
}

/** The relationships ended, failed and still ending, by name. */
export function gdapSummary(termination: GdapTermination | undefined): {
  ended: string[];
  ending: string[];
  failed: string[];
} {
  const targets = termination?.targets ?? [];
  return {
    ended: targets.filter((t) => t.outcome === 'terminated').map((t) => t.name),
    ending: targets.filter((t) => !isSettled(t)).map((t) => t.name),
    failed: targets.filter((t) => t.outcome === 'failed').map((t) => t.name),
  };
}

/** A short fingerprint of where each termination stands (for the approval card's update key). */
export function gdapVersion(termination: GdapTermination | undefined): string {
  return termination ? termination.targets.map((t) => (t.outcome ?? '-')[0]).join('') : '';
}
