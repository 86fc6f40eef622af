/**
 * The remedies as the pre-flight card offers them, and as the approvers of a request later see them:
 * - `remedyActionOf`: what a blocker's button does, if anything: its remedy (suspend, cancel, cancel a
 *   software order), or turning off auto-renew of an active subscription locked until its term ends
 *   (docs/partner-center.md §4.4), which does not lift the blocker but makes it end then;
 * - `remedyTargets`: the blockers, read fresh, that a remedy asked for or confirmed on the card applies
 *   to (card data only names them: it is never trusted);
 * - `remediesBefore`: the remedies done for a customer since the last decided request and within the
 *   last 7 days, from its audit trail, recorded with a new request for its approvers.
 */
import type { AuditAction, AuditEntry } from '../audit/auditLog';
import type { RemedyDone } from '../workflows/removalRequest';
import type { RemedyAction, RemovalBlocker } from './removalPreflight';

/** A blocker as the pre-flight reports it: with the button's action, when it has one. */
export type PreflightBlocker = RemovalBlocker & { action?: RemedyAction };

export function remedyActionOf(blocker: RemovalBlocker): RemedyAction | undefined {
  if (blocker.remedy !== 'none') return blocker.remedy;
  // A suspended one is still billed (stillBilled): its auto-renew is changed in Partner Center (§4.4).
  if (blocker.kind === 'lockedSubscription' && blocker.autoRenewEnabled === true && !blocker.stillBilled)
    return 'autoRenewOff';
  return undefined;
}

export function withAction(blocker: RemovalBlocker): PreflightBlocker {
  const action = remedyActionOf(blocker);
  return action ? { ...blocker, action } : blocker;
}

/**
 * The blockers `remedy` applies to now: those named by `blockerIds` (each once), or every one
 * offering it when none are named (the card's "all" button).
 */
export function remedyTargets<B extends RemovalBlocker>(
  blockers: readonly B[],
  remedy: RemedyAction,
  blockerIds?: readonly string[],
): B[] {
  return blockers.filter(
    (blocker) =>
      remedyActionOf(blocker) === remedy && (blockerIds === undefined || blockerIds.includes(blocker.id)),
  );
}

/** The audit entry of each remedy done (a refusal is `remedy.failed`). */
export const AUDIT_ACTION_OF: Record<RemedyAction, AuditAction> = {
  suspend: 'subscription.suspended',
  cancel: 'subscription.cancelled',
  cancelSoftwareOrder: 'softwareOrder.cancelled',
  autoRenewOff: 'subscription.autoRenewOff',
};

const REMEDY_OF_AUDIT = new Map(
  Object.entries(AUDIT_ACTION_OF).map(([remedy, action]) => [action, remedy as RemedyAction]),
);

/** Audit actions that close a removal request: remedies before it belong to that request. */
const DECIDED: ReadonlySet<AuditAction> = new Set([
  'removal.rejected',
  'removal.cancelled',
  'removal.expired',
  'removal.completed',
  'removal.failed',
]);

export const REMEDIES_BEFORE_DAYS = 7;
/** The most recent ones are kept: the approval card lists them. */
export const MAX_REMEDIES_BEFORE = 20;

/**
 * The remedies done after the later of two moments: the last decision on an earlier request for this
 * customer, and 7 days before `now`. Oldest first, at most MAX_REMEDIES_BEFORE (the latest).
 */
export function remediesBefore(trail: readonly AuditEntry[], now: Date): RemedyDone[] {
  let since = now.getTime() - REMEDIES_BEFORE_DAYS * 86_400_000;
  for (const entry of trail) if (DECIDED.has(entry.action)) since = Math.max(since, Date.parse(entry.at));
  const done: RemedyDone[] = [];
  for (const entry of trail) {
    const remedy = REMEDY_OF_AUDIT.get(entry.action);
    if (!remedy || !(Date.parse(entry.at) > since)) continue;
    done.push({
      remedy,
      id: String(entry.detail.id ?? ''),
      name: String(entry.detail.name ?? entry.detail.id ?? ''),
      by: entry.actor,
      at: entry.at,
      ...(entry.correlationId ? { correlationId: entry.correlationId } : {}),
    });
  }
  return done.slice(-MAX_REMEDIES_BEFORE);
}
