/**
 * The evidence pack of a completed or failed removal request: one document, assembled from the stored
 * request (services/workflows/removalRequest.ts) and the customer's audit trail, that shows
 * - the customer before: the snapshot the pre-flight took at request time (absent on older requests);
 * - each remedy (suspend, cancel, software order, auto-renew off, failures): who, when, Partner
 *   Center's answer and the correlation id, from the audit entries between the previous request's end
 *   and this one's;
 * - the attestation (version, who, when), the approvals, the removal call (MS-RequestId, correlation
 *   id, attempts, what confirmed it) and the state after (what Partner Center said last);
 * - the audit entries behind all this, with their hashes, and whether the trail's chain holds.
 * Rendering is elsewhere: JSON here (`evidenceJson`), the HTML page in bot/evidence/.
 */
import type { Actor } from '../audit/actor';
import { verifyTrail, type ChainProblem } from '../audit/auditChain';
import type { AuditEntry, AuditLog } from '../audit/auditLog';
import type { PartnerCenterFailure } from '../partner-center/failure';
import type { GdapOutcome } from '../workflows/gdapTermination';
import {
  kindOf,
  relationshipRemoved,
  type RemovalRequest,
  type RemovalState,
  type RequestKind,
} from '../workflows/removalRequest';
import type { CustomerSnapshot } from './customerSnapshot';

/** The states whose requests have an evidence pack. */
export function hasEvidencePack(state: RemovalState): boolean {
  return state === 'completed' || state === 'failed';
}

/**
 * The audit actions that are remedies. `subscription.autoRenewOff` is named as a string: whichever
 * version records it, its entries land in the pack.
 */
const REMEDY_ACTIONS: ReadonlySet<string> = new Set([
  'subscription.suspended',
  'subscription.cancelled',
  'softwareOrder.cancelled',
  'subscription.autoRenewOff',
  'remedy.failed',
]);

/** Audit actions that end a removal request. */
const REQUEST_ENDS: ReadonlySet<string> = new Set([
  'removal.completed',
  'removal.failed',
  'removal.rejected',
  'removal.cancelled',
  'removal.expired',
]);

export interface EvidenceRemedy {
  at: string;
  by: Actor;
  action: string;
  outcome: 'done' | 'failed';
  /** The subscription or order acted on. */
  targetId?: string;
  targetName?: string;
  /** remedy.failed: which remedy was tried, and Partner Center's error code. */
  remedy?: string;
  errorCode?: string;
  correlationId?: string;
}

export interface EvidenceEntry {
  at: string;
  by: Actor;
  action: string;
  detail: AuditEntry['detail'];
  correlationId?: string;
  seq?: number;
  hash?: string;
}

export interface EvidencePack {
  format: 'reseller-desk/evidence-pack';
  version: 1;
  generatedAt: string;
  request: {
    id: string;
    /** `gdap`: GDAP relationships ended alone, the reseller relationship kept. */
    kind: RequestKind;
    state: RemovalState;
    customer: { id: string; name: string; domain: string };
    requestedBy: Actor;
    requestedAt: string;
    reason: string;
    correlationId: string;
    requiredApprovals: number;
  };
  /** The customer when the removal was requested; null for requests recorded before snapshots. */
  before: CustomerSnapshot | null;
  remedies: EvidenceRemedy[];
  attestation: { version: string; by: Actor; at: string };
  approvals: { by: Actor; at: string }[];
  /** The removal call (E4); null when it never started. */
  removal: {
    msRequestId: string;
    correlationId: string;
    attempts: number;
    startedAt: string;
    lastAttemptAt: string;
    finishedAt?: string;
    confirmedBy?: 'answer' | 'reRead';
  } | null;
  /**
   * The GDAP relationships the request ended (null when it ended none): each as recorded when
   * requested, then Graph's status at its last re-read and what that re-read proved.
   */
  gdap:
    | {
        id: string;
        name: string;
        roles: string[];
        status?: string;
        outcome?: GdapOutcome;
        requestedAt?: string;
        confirmedAt?: string;
        graphRequestId?: string;
        error?: PartnerCenterFailure;
      }[]
    | null;
  after: {
    state: RemovalState;
    at?: string;
    /**
     * What Partner Center said last: `relationshipNone` (its answer to the removal carried
     * relationshipToPartner none), `relationshipGone` (a read of the customer after the call found no
     * reseller relationship), `error` (the removal failed with `error`), `kept` (a GDAP-only request:
     * the reseller relationship was not part of it).
     */
    partnerCenter: 'relationshipNone' | 'relationshipGone' | 'error' | 'kept';
    error?: PartnerCenterFailure;
  };
  trail: {
    entries: EvidenceEntry[];
    integrity: { ok: boolean; chained: number; unverified: number; problem?: ChainProblem };
  };
}

export interface EvidenceSources {
  requests: { get(requestId: string): Promise<RemovalRequest | undefined> };
  audit: AuditLog;
  now: () => Date;
}

/** The pack of a completed or failed request; undefined for an unknown request or another state. */
export async function assembleEvidencePack(
  sources: EvidenceSources,
  requestId: string,
): Promise<EvidencePack | undefined> {
  const request = await sources.requests.get(requestId);
  if (!request || !hasEvidencePack(request.state)) return undefined;
  const [entries, stored] = await Promise.all([
    sources.audit.entries(request.customerId),
    sources.audit.stored(request.customerId),
  ]);
  const verdict = stored === undefined ? undefined : verifyTrail(request.customerId, stored);
  const end = request.execution?.finishedAt ?? sources.now().toISOString();
  // Remedies since the customer's previous removal request ended, up to this one's end.
  const previousEnd = entries
    .filter(
      (e) => REQUEST_ENDS.has(e.action) && e.detail.requestId !== request.id && e.at < request.requestedAt,
    )
    .reduce((latest, e) => (e.at > latest ? e.at : latest), '');
  const remedyEntries = entries.filter(
    (e) => REMEDY_ACTIONS.has(e.action) && e.at > previousEnd && e.at <= end,
  );
  const related = entries.filter(
    (e) =>
      remedyEntries.includes(e) ||
      e.detail.requestId === request.id ||
      e.correlationId === request.correlationId,
  );
  const execution = request.execution;
  return {
    format: 'reseller-desk/evidence-pack',
    version: 1,
    generatedAt: sources.now().toISOString(),
    request: {
      id: request.id,
      kind: kindOf(request),
      state: request.state,
      customer: { id: request.customerId, name: request.customerName, domain: request.customerDomain },
      requestedBy: request.requestedBy,
      requestedAt: request.requestedAt,
      reason: request.reason,
      correlationId: request.correlationId,
      requiredApprovals: request.requiredApprovals,
    },
    before: request.snapshot ?? null,
    remedies: remedyEntries.map(remedyOf),
    attestation: {
      version: request.attestation.version,
      by: request.requestedBy,
      at: request.attestation.attestedAt,
    },
    approvals: request.approvals.map(({ by, at }) => ({ by, at })),
    removal:
      execution && kindOf(request) === 'removal'
        ? {
            msRequestId: execution.requestId,
            correlationId: request.correlationId,
            attempts: execution.attempts,
            startedAt: execution.startedAt,
            lastAttemptAt: execution.lastAttemptAt,
            finishedAt: execution.finishedAt,
            confirmedBy: execution.confirmedBy,
          }
        : null,
    gdap: request.gdap
      ? request.gdap.targets.map((t) => ({
          id: t.id,
          name: t.name,
          roles: t.roles,
          status: t.status,
          outcome: t.outcome,
          requestedAt: t.requestedAt,
          confirmedAt: t.confirmedAt,
          graphRequestId: t.graphRequestId,
          error: t.error,
        }))
      : null,
    after: {
      state: request.state,
      at: execution?.finishedAt,
      partnerCenter:
        kindOf(request) === 'gdap'
          ? 'kept'
          : !relationshipRemoved(request)
            ? 'error'
            : execution?.confirmedBy === 'answer'
              ? 'relationshipNone'
              : 'relationshipGone',
      error: request.state === 'failed' ? execution?.error : undefined,
    },
    trail: {
      entries: related.map(({ at, actor, action, detail, correlationId, seq, hash }) => ({
        at,
        by: actor,
        action,
        detail,
        correlationId,
        seq,
        hash,
      })),
      integrity: verdict
        ? {
            ok: verdict.ok,
            chained: verdict.chained,
            unverified: verdict.unverified,
            ...(verdict.ok ? {} : { problem: verdict.problem }),
          }
        : { ok: true, chained: 0, unverified: 0 },
    },
  };
}

function remedyOf(entry: AuditEntry): EvidenceRemedy {
  const text = (key: string) => {
    const value = entry.detail[key];
    return value === undefined ? undefined : String(value);
  };
  return {
    at: entry.at,
    by: entry.actor,
    action: entry.action,
    outcome: entry.action === 'remedy.failed' ? 'failed' : 'done',
    targetId: text('id'),
    targetName: text('name'),
    remedy: text('remedy'),
    errorCode: text('code'),
    correlationId: entry.correlationId,
  };
}

/** The pack as the JSON document the `.json` link serves. */
export function evidenceJson(pack: EvidencePack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}
