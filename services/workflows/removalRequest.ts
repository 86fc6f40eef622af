/**
 * A removal request and its lifecycle (maker-checker):
 *   pending → approved | rejected | expired | cancelled
 *   approved → executing → completed | failed
 *   approved → scheduled (a request blocked only by dates: it waits for the last one) →
 *     executing | failed (something new blocks it and the requester chose to fail) | cancelled
 * `decide`, `expire`, `startExecution`, `finishExecution` are pure: they return the next record or why
 * the step is refused. Storing the result with compare-and-set is the request store's job
 * (removalRequestStore.ts); running the removal is removalExecution.ts's.
 *
 * Long because every pure step of a request — decisions, the schedule, execution and its GDAP part —
 * works on the one record type defined here.
 */
import { z } from 'zod';
import { actorSchema, sameActor, type Actor } from '../audit/actor';
import { removalScheduleSchema, type RemovalSchedule } from './removalSchedule';
import { allSettled, gdapTerminationSchema } from './gdapTermination';
import { customerSnapshotSchema } from '../evidence/customerSnapshot';
import { partnerCenterFailureSchema, type PartnerCenterFailure } from '../partner-center/failure';
import { REMEDY_ACTIONS } from '../relationships/removalPreflight';

export interface ApprovalPolicy {
  /** Approvals needed (default 1). The requester never counts. */
  requiredApprovals: number;
  /** Hours before an undecided request expires (default 72). */
  expiryHours: number;
  /** Attempts of the removal call before the request fails (default 5). */
  maxExecutionAttempts: number;
  /**
   * An approved request not executed this long after its approval, or an attempt that has recorded
   * no result this long after it started, is presumed lost with its replica (a crash) and resumed by
   * the sweep, with the same MS-RequestId (default 5 minutes: above the client's own timeouts and
   * retries, so a live attempt is never run twice at once).
   */
  resumeExecutionAfterMs: number;
}

export const DEFAULT_POLICY: ApprovalPolicy = {
  requiredApprovals: 1,
  expiryHours: 72,
  maxExecutionAttempts: 5,
  resumeExecutionAfterMs: 5 * 60_000,
};

export const REMOVAL_STATES = [
  'pending',
  'approved',
  'scheduled',
  'rejected',
  'expired',
  'cancelled',
  'executing',
  'completed',
  'failed',
] as const;
export type RemovalState = (typeof REMOVAL_STATES)[number];

/**
 * A remedy done for the customer shortly before a request (from its audit trail: who, when, what, on
 * which subscription or order, and Partner Center's correlation id), shown to the approvers.
 */
export const remedyDoneSchema = z.object({
  remedy: z.enum(REMEDY_ACTIONS),
  /** The subscription id, or the order id of a software purchase. */
  id: z.string(),
  name: z.string(),
  by: actorSchema,
  at: z.string(),
  correlationId: z.string().optional(),
});
export type RemedyDone = z.infer<typeof remedyDoneSchema>;

/**
 * `removal`: remove the reseller relationship (and end the GDAP relationships chosen with it);
 * `gdap`: end GDAP relationships only, the customer kept. Absent on requests recorded before GDAP.
 */
export const REQUEST_KINDS = ['removal', 'gdap'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

export const removalRequestSchema = z.object({
  id: z.string(),
  kind: z.enum(REQUEST_KINDS).optional(),
  customerId: z.string(),
  customerName: z.string(),
  customerDomain: z.string(),
  requestedBy: actorSchema,
  requestedAt: z.string(),
  reason: z.string(),
  attestation: z.object({ version: z.string(), attestedAt: z.string() }),
  /** What was done to unblock the customer before the request; absent from requests recorded before it existed. */
  remediesBefore: z.array(remedyDoneSchema).optional(),
  /** The customer as the pre-flight read it at request time (absent from older requests). */
  snapshot: customerSnapshotSchema.optional(),
  correlationId: z.string(),
  state: z.enum(REMOVAL_STATES),
  requiredApprovals: z.number().int().min(1),
  approvals: z.array(z.object({ by: actorSchema, at: z.string() })),
  expiresAt: z.string(),
  schedule: removalScheduleSchema.optional(),
  /** The GDAP relationships to end (after the removal, or alone), and where each stands. */
  gdap: gdapTerminationSchema.optional(),
  decision: z
    .object({ by: actorSchema.optional(), at: z.string(), reason: z.string().optional() })
    .optional(),
  execution: z
    .object({
      /**
       * MS-RequestId of the removal call, stored before the first attempt and reused by every retry
       * after a timeout or a 5xx; after a 4xx answer (429 included) the next attempt gets a new one.
       */
      requestId: z.string(),
      attempts: z.number().int(),
      startedAt: z.string(),
      lastAttemptAt: z.string(),
      finishedAt: z.string().optional(),
      lastError: partnerCenterFailureSchema.optional(),
      error: partnerCenterFailureSchema.optional(),
      /**
       * What proved the removal (docs/partner-center.md §3): Partner Center's success answer to the
       * removal, or a re-read of the customer showing the relationship gone.
       */
      confirmedBy: z.enum(['answer', 'reRead']).optional(),
      /**
       * A removal that also ends GDAP: when the reseller relationship was confirmed gone. The request
       * stays `executing` while the GDAP relationships end (gdapTermination.ts).
       */
      removedAt: z.string().optional(),
    })
    .optional(),
});
export type RemovalRequest = z.infer<typeof removalRequestSchema>;
export { scheduledFor, type RemovalSchedule } from './removalSchedule';

export function kindOf(request: Pick<RemovalRequest, 'kind'>): RequestKind {
  return request.kind ?? 'removal';
}

/** Whether the reseller relationship is confirmed gone by this request. */
export function relationshipRemoved(request: RemovalRequest): boolean {
  if (kindOf(request) === 'gdap') return false;
  return request.state === 'completed' || request.execution?.removedAt !== undefined;
}

/**
 * An executing request past its Partner Center part (a GDAP-only request, or a removal confirmed),
 * whose GDAP relationships are being ended.
 */
export function inGdapStep(request: RemovalRequest): boolean {
  if (request.state !== 'executing' || !request.gdap) return false;
  return kindOf(request) === 'gdap' || request.execution?.removedAt !== undefined;
}

export const OPEN_STATES: readonly RemovalState[] = ['pending', 'approved', 'scheduled', 'executing'];
export const FINAL_STATES: readonly RemovalState[] = [
  'rejected',
  'expired',
  'cancelled',
  'completed',
  'failed',
];

/**
 * `cancel`: the requester withdraws a pending or scheduled request; an approver (`asApprover`, checked
 * by services/access/policy.ts) may also cancel a scheduled one.
 */
export type Decision =
  { kind: 'approve' } | { kind: 'reject'; reason: string } | { kind: 'cancel'; asApprover?: boolean };

export type StepRefusal =
  | { reason: 'alreadyDecided'; state: RemovalState; by?: string; at?: string }
  | { reason: 'ownRequest' }
  | { reason: 'alreadyApproved' }
  | { reason: 'notRequester' }
  | { reason: 'reasonMissing' };

export type Step = { ok: true; next: RemovalRequest } | ({ ok: false } & StepRefusal);

function decided(request: RemovalRequest): { ok: false } & StepRefusal {
  const last = request.decision ?? request.approvals[request.approvals.length - 1];
  return { ok: false, reason: 'alreadyDecided', state: request.state, by: last?.by?.name, at: last?.at };
}

export function decide(request: RemovalRequest, by: Actor, decision: Decision, now: Date): Step {
  if (request.state === 'scheduled' && decision.kind === 'cancel') {
    if (!sameActor(request.requestedBy, by) && !decision.asApprover)
      return { ok: false, reason: 'notRequester' };
    return { ok: true, next: { ...request, state: 'cancelled', decision: { by, at: now.toISOString() } } };
  }
  if (request.state !== 'pending') return decided(request);
  if (now.getTime() >= Date.parse(request.expiresAt)) return decided({ ...request, state: 'expired' });
  const at = now.toISOString();
  switch (decision.kind) {
    case 'approve': {
      if (sameActor(request.requestedBy, by)) return { ok: false, reason: 'ownRequest' };
      if (request.approvals.some((approval) => sameActor(approval.by, by)))
        return { ok: false, reason: 'alreadyApproved' };
      const approvals = [...request.approvals, { by, at }];
      const state = approvals.length >= request.requiredApprovals ? 'approved' : 'pending';
      return { ok: true, next: { ...request, approvals, state } };
    }
    case 'reject': {
      if (sameActor(request.requestedBy, by)) return { ok: false, reason: 'ownRequest' };
      const reason = decision.reason.trim();
      if (!reason) return { ok: false, reason: 'reasonMissing' };
      return {
        ok: true,
        next: { ...request, state: 'rejected', decision: { by, at, reason: reason.slice(0, 500) } },
      };
    }
    case 'cancel':
      if (!sameActor(request.requestedBy, by)) return { ok: false, reason: 'notRequester' };
      return { ok: true, next: { ...request, state: 'cancelled', decision: { by, at } } };
  }
}

export function expire(request: RemovalRequest, now: Date): RemovalRequest | undefined {
  if (request.state !== 'pending' || now.getTime() < Date.parse(request.expiresAt)) return undefined;
  return { ...request, state: 'expired', decision: { at: now.toISOString() } };
}

/** approved → scheduled, with what turning auto-renew off gave. */
export function schedule(
  request: RemovalRequest,
  prepared: NonNullable<RemovalSchedule['prepared']>,
): RemovalRequest | undefined {
  if (request.state !== 'approved' || !request.schedule) return undefined;
  return { ...request, state: 'scheduled', schedule: { ...request.schedule, prepared } };
}

/**
 * A scheduled request checked on or after its date with something still blocking it: still waiting
 * (`onBlocked: 'wait'`), or failed when the requester chose to fail.
 */
export function recheck(
  request: RemovalRequest,
  check: { blockedBy: string[] },
  now: Date,
): RemovalRequest | undefined {
  if (request.state !== 'scheduled' || !request.schedule) return undefined;
  const at = now.toISOString();
  const waiting = { ...request.schedule, lastCheck: { at, blockedBy: check.blockedBy } };
  if (check.blockedBy.length > 0 && request.schedule.onBlocked === 'fail')
    return {
      ...request,
      state: 'failed',
      schedule: waiting,
      decision: { at },
      execution: {
        requestId: request.execution?.requestId ?? request.id,
        attempts: 0,
        startedAt: at,
        lastAttemptAt: at,
        finishedAt: at,
        error: {
          code: 'RemovalBlocked',
          description: `Blocked on the scheduled day: ${check.blockedBy.join(', ')}.`,
        },
      },
    };
  return { ...request, schedule: waiting };
}

/** approved or scheduled → executing, or another attempt of executing; keeps the stored MS-RequestId (see `retry`). */
export function startExecution(
  request: RemovalRequest,
  newRequestId: string,
  now: Date,
): RemovalRequest | undefined {
  if (request.state !== 'approved' && request.state !== 'scheduled' && request.state !== 'executing')
    return undefined;
  const at = now.toISOString();
  const execution = request.execution ?? {
    requestId: newRequestId,
    attempts: 0,
    startedAt: at,
    lastAttemptAt: at,
  };
  return {
    ...request,
    state: 'executing',
    execution: { ...execution, attempts: execution.attempts + 1, lastAttemptAt: at },
  };
}

export type ExecutionOutcome =
  | { kind: 'completed'; confirmedBy: 'answer' | 'reRead' }
  | { kind: 'failed'; error: PartnerCenterFailure }
  /** `nextRequestId`: Partner Center answered 4xx (a 429), so the next attempt is a new request. */
  | { kind: 'retry'; error: PartnerCenterFailure; nextRequestId?: string };

export function finishExecution(
  request: RemovalRequest,
  outcome: ExecutionOutcome,
  now: Date,
): RemovalRequest | undefined {
  if (request.state !== 'executing' || !request.execution) return undefined;
  const at = now.toISOString();
  switch (outcome.kind) {
    case 'completed':
      // GDAP still to end: the removal is recorded, the request goes on (finishGdap ends it).
      if (request.gdap && !allSettled(request.gdap) && kindOf(request) === 'removal')
        return {
          ...request,
          execution: {
            ...request.execution,
            lastError: undefined,
            confirmedBy: outcome.confirmedBy,
            removedAt: request.execution.removedAt ?? at,
          },
        };
      return {
        ...request,
        state: 'completed',
        execution: {
          ...request.execution,
          finishedAt: at,
          lastError: undefined,
          confirmedBy: outcome.confirmedBy,
        },
      };
    case 'failed':
      return {
        ...request,
        state: 'failed',
        execution: { ...request.execution, finishedAt: at, error: outcome.error },
      };
    case 'retry':
      return {
        ...request,
        execution: {
          ...request.execution,
          lastError: outcome.error,
          requestId: outcome.nextRequestId ?? request.execution.requestId,
        },
      };
  }
}

/**
 * executing → completed when every chosen GDAP relationship is read as ended, failed when any could
 * not be ended (the reseller relationship, when the request removed it, stays removed: the cards say so).
 */
export function finishGdap(request: RemovalRequest, now: Date): RemovalRequest | undefined {
  if (!inGdapStep(request) || !request.gdap || !allSettled(request.gdap) || !request.execution)
    return undefined;
  const at = now.toISOString();
  const notEnded = request.gdap.targets.filter((t) => t.outcome === 'failed');
  if (notEnded.length === 0)
    return { ...request, state: 'completed', execution: { ...request.execution, finishedAt: at } };
  const first = notEnded[0].error;
  return {
    ...request,
    state: 'failed',
    execution: {
      ...request.execution,
      finishedAt: at,
      error: {
        code: 'GdapNotEnded',
        description: `Not ended: ${notEnded.map((t) => t.name).join(', ')}${first ? ` (${first.code}: ${first.description})` : ''}.`,
        ...(first?.requestId ? { requestId: first.requestId } : {}),
        service: 'graph',
      },
    },
  };
}
