/**
 * How an approved removal is executed, and when it is tried again. An execution claims the request
 * (approved → executing, or one more attempt), runs the pre-flight again (things change since the
 * approval), then the removal (E4) with an MS-RequestId stored before the first attempt and reused by
 * every retry after a timeout or a 5xx, so a crash or a retry never removes twice; after a 429 the next
 * attempt is a new request with a new id (docs/partner-center.md §2). A removal is completed only on
 * Partner Center's word: its success answer, or a re-read of the customer showing the relationship
 * gone; an error answer is never taken as "already removed" (§3). Transient failures (429, 5xx, no
 * answer: `isTransient`) are retried up to `maxExecutionAttempts`; `resumeDue` says when the sweep
 * runs an approved or executing request again (its replica died, or a back-off is over).
 *
 * A request blocked only by dates (`schedule`) is prepared once approved — auto-renew turned off on
 * the subscriptions the requester chose, each confirmed by Partner Center — and waits as `scheduled`;
 * the sweep checks it again once its last date has passed (scheduledRemoval.ts decides what a check
 * means) and runs it like any approved removal when nothing blocks it any more.
 *
 * A request that ends GDAP relationships (with the removal, or alone: `kind: 'gdap'`) goes on after
 * the removal is confirmed: each chosen relationship is terminated through Microsoft Graph (the client
 * reads first and never sends twice) and re-read until Graph says it ended — a few quick re-reads
 * here, then one per sweep (gdapTermination.ts). Each pass first stores when it may be taken over, with
 * compare-and-set, so one replica at a time sends.
 *
 * The three steps that store or call out (`storeClaim`, `callRemoval`, `storeResult`) are methods of
 * their own so crash trials can stop the process around them (observedRemovalExecution.ts).
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AuditAction } from '../audit/auditLog';
import type { GdapClient } from '../graph/gdapClient';
import type { Logger } from '../logging/logger';
import {
  failureOf,
  isTransient,
  PartnerCenterError,
  PartnerCenterThrottledError,
  type CustomerRelationshipUpdate,
  type PartnerCenterClient,
} from '../partner-center';
import { isRelationshipGone } from '../relationships/customerRecord';
import { NOT_CONFIRMED } from '../partner-center/failure';
import {
  afterRead,
  checkDelayMs,
  failed,
  gdapDue,
  GDAP_PASS_HOLD_MS,
  isSettled,
  overdue,
  type GdapTarget,
} from './gdapTermination';
import type { RemovalBlocker } from '../relationships/removalPreflight';
import type { StoredRecord } from '../store/recordStore';
import {
  finishExecution,
  finishGdap,
  inGdapStep,
  recheck,
  schedule,
  startExecution,
  type ApprovalPolicy,
  type ExecutionOutcome,
  type RemovalRequest,
  type RemovalSchedule,
} from './removalRequest';
import { DESK_ACTOR, type RemovalRequestStore } from './removalRequestStore';
import { checkDue, scheduledCheck } from './scheduledRemoval';

/** Reads the customer's blockers again before executing; 'gone' when the relationship no longer exists. */
export type BlockerCheck = (customerId: string) => Promise<RemovalBlocker[] | 'gone'>;

/** Turns auto-renew off on the subscriptions a scheduled request names; answers what Partner Center confirmed. */
export type SchedulePreparation = (
  request: RemovalRequest,
) => Promise<NonNullable<RemovalSchedule['prepared']>>;

export interface RemovalExecutionDependencies {
  requests: RemovalRequestStore;
  client: PartnerCenterClient;
  checkBlockers: BlockerCheck;
  prepareSchedule: SchedulePreparation;
  /** Microsoft Graph, to end GDAP relationships; without it a request's GDAP part fails. */
  gdapClient?: GdapClient;
  logger: Logger;
  policy: ApprovalPolicy;
  now: () => Date;
}

/** Re-reads of a GDAP step made in the process that sent the terminates, before the sweep takes over. */
const GDAP_PASSES_HERE = 5;

export class RemovalExecution {
  private readonly running = new Map<string, Promise<RemovalRequest | undefined>>();

  constructor(private readonly deps: RemovalExecutionDependencies) {}

  /**
   * Runs the removal of an approved request (or another attempt of an executing one). One run per
   * request at a time in this process; the stored state decides whether there is anything to do.
   */
  execute(requestId: string): Promise<RemovalRequest | undefined> {
    const running = this.running.get(requestId);
    if (running) return running;
    const run = this.run(requestId).finally(() => this.running.delete(requestId));
    this.running.set(requestId, run);
    return run;
  }

  /**
   * Whether the sweep should (re)start a request's execution. Right after an approval, or while an
   * attempt runs, the replica that took the click is at work: the sweep only steps in once the
   * request has been idle for resumeExecutionAfterMs (its replica died), or when a failed attempt's
   * back-off is over.
   */
  resumeDue(request: RemovalRequest): boolean {
    const { policy, now } = this.deps;
    if (inGdapStep(request)) return gdapDue(request.gdap, now());
    if (request.state === 'scheduled') return checkDue(request, now());
    if (request.state === 'approved') {
      const approvedAt = Date.parse(request.approvals.at(-1)?.at ?? request.requestedAt);
      return now().getTime() - approvedAt >= policy.resumeExecutionAfterMs;
    }
    if (request.state !== 'executing') return false;
    const last = Date.parse(request.execution?.lastAttemptAt ?? request.requestedAt);
    const elapsed = now().getTime() - last;
    // No result recorded: the attempt is still running somewhere, or its replica died.
    if (!request.execution?.lastError) return elapsed >= policy.resumeExecutionAfterMs;
    const backoffMs = Math.min(60_000 * 2 ** Math.max(0, (request.execution.attempts ?? 1) - 1), 30 * 60_000);
    return elapsed >= backoffMs;
  }

  /** Stores the claim of one attempt; false when someone else changed the request first. */
  protected storeClaim(current: StoredRecord<RemovalRequest>, claimed: RemovalRequest): Promise<boolean> {
    return this.deps.requests.write(current, claimed);
  }

  /** The removal call (E4), with the request's stored MS-RequestId. */
  protected callRemoval(request: RemovalRequest): Promise<CustomerRelationshipUpdate> {
    const context = { correlationId: request.correlationId, requestId: request.execution!.requestId };
    return this.deps.client.removeResellerRelationship(context, request.customerId);
  }

  /** Stores the attempt's result; false when someone else changed the request first. */
  protected storeResult(latest: StoredRecord<RemovalRequest>, finished: RemovalRequest): Promise<boolean> {
    return this.deps.requests.write(latest, finished);
  }

  private async run(requestId: string): Promise<RemovalRequest | undefined> {
    const { requests, now } = this.deps;
    let current = await requests.read(requestId);
    if (!current) return undefined;
    if (current.value.state === 'approved' && current.value.schedule) {
      const scheduled = await this.prepare(current);
      if (scheduled?.state !== 'scheduled') return scheduled;
      current = await requests.read(requestId);
      if (!current) return undefined;
    }
    if (current.value.state === 'scheduled') {
      if (!checkDue(current.value, now())) return current.value;
      const waiting = await this.checkScheduled(current);
      if (waiting) return waiting;
      current = await requests.read(requestId);
      if (!current) return undefined;
    }
    if (inGdapStep(current.value)) return this.endGdap(requestId);
    const claimed = startExecution(current.value, randomUUID(), now());
    if (!claimed) return current.value;
    if (!(await this.storeClaim(current, claimed))) return requests.get(requestId);
    if (current.value.state !== 'executing')
      await requests.afterTransition(claimed, current.value.state, DESK_ACTOR);
    if (inGdapStep(claimed)) return this.endGdap(requestId);

    const outcome = await this.attempt(claimed);
    const latest = await requests.read(requestId);
    if (!latest) return undefined;
    const finished = finishExecution(latest.value, outcome, now());
    if (!finished) return latest.value;
    if (!(await this.storeResult(latest, finished))) return requests.get(requestId);
    if (inGdapStep(finished)) {
      // Removed: the chosen GDAP relationships end next.
      await requests.afterTransition(
        finished,
        'executing',
        DESK_ACTOR,
        undefined,
        outcome,
        'removal.removed',
      );
      return this.endGdap(requestId);
    }
    if (finished.state !== 'executing') {
      await requests.afterTransition(finished, 'executing', DESK_ACTOR, undefined, outcome);
    } else {
      this.deps.logger.warn({ requestId, attempts: finished.execution?.attempts }, 'removal will be retried');
    }
    return finished;
  }

  /** approved → scheduled: auto-renew off where the requester chose it, each as Partner Center confirmed it. */
  private async prepare(current: StoredRecord<RemovalRequest>): Promise<RemovalRequest | undefined> {
    const { requests } = this.deps;
    const prepared = await this.deps.prepareSchedule(current.value);
    // Someone may have changed the request meanwhile: the compare-and-set is on the record read before.
    const latest = await requests.read(current.value.id);
    if (!latest) return undefined;
    const next = schedule(latest.value, prepared);
    if (!next) return latest.value;
    if (!(await requests.write(latest, next))) return requests.get(current.value.id);
    await requests.afterTransition(next, 'approved', DESK_ACTOR);
    return next;
  }

  /**
   * A scheduled request on or after its date: the pre-flight again. Nothing left (or the relationship
   * gone): undefined, and the caller runs the removal. Otherwise the request as it now stands: still
   * scheduled (later dates, or a new blocker it waits out), or failed when the requester chose so.
   */
  private async checkScheduled(current: StoredRecord<RemovalRequest>): Promise<RemovalRequest | undefined> {
    const { requests, now } = this.deps;
    let blockers: RemovalBlocker[] | 'gone';
    try {
      blockers = await this.deps.checkBlockers(current.value.customerId);
    } catch (error) {
      this.deps.logger.warn(
        { requestId: current.value.id, err: { message: (error as Error).message } },
        'scheduled removal: the pre-flight could not be read; checked again later',
      );
      return current.value;
    }
    const check = scheduledCheck(blockers);
    if (check === 'clear') return undefined;
    const next = recheck(current.value, check, now());
    if (!next) return current.value;
    if (!(await requests.write(current, next))) return requests.get(current.value.id);
    await requests.afterTransition(next, 'scheduled', DESK_ACTOR);
    return next;
  }

  /**
   * The GDAP step: passes that terminate what is not yet under way and re-read the rest, a few here
   * (quick, GDAP_CHECK_DELAYS_MS), then left to the sweep. Each pass holds the step first
   * (nextCheckAt, compare-and-set): another replica finding it held leaves it alone.
   */
  private async endGdap(requestId: string): Promise<RemovalRequest | undefined> {
    const { requests, now } = this.deps;
    let holding: string | undefined;
    for (let pass = 0; ; pass++) {
      const current = await requests.read(requestId);
      if (!current) return undefined;
      const request = current.value;
      const termination = request.gdap;
      if (!inGdapStep(request) || !termination) return request;
      // Our own hold from the pass before, or a step due (never begun, or its holder gone).
      const ours = holding !== undefined && termination.nextCheckAt === holding;
      if (!ours && !gdapDue(termination, now())) return request;
      holding = new Date(now().getTime() + GDAP_PASS_HOLD_MS).toISOString();
      const held: RemovalRequest = { ...request, gdap: { ...termination, nextCheckAt: holding } };
      if (!(await requests.write(current, held))) return requests.get(requestId);

      const targets = await this.gdapPass(request);
      const latest = await requests.read(requestId);
      if (!latest) return undefined;
      if (!inGdapStep(latest.value) || latest.value.gdap?.nextCheckAt !== holding) return latest.value;
      const checks = termination.checks + 1;
      const last = pass + 1 >= GDAP_PASSES_HERE;
      const delay = checkDelayMs(checks - 1);
      const settled = targets.every(isSettled);
      // The next pass: here after `delay` (held until then), or by the sweep once it is due.
      holding = new Date(now().getTime() + delay).toISOString();
      const stepped: RemovalRequest = { ...latest.value, gdap: { targets, checks, nextCheckAt: holding } };
      const next = finishGdap(stepped, now()) ?? stepped;
      if (!(await requests.write(latest, next))) return requests.get(requestId);
      await this.auditGdap(next, termination.targets, targets);
      const changed = targets.some((t, i) => t.outcome !== termination.targets[i]?.outcome);
      if (next.state !== 'executing') {
        await requests.afterTransition(next, 'executing', DESK_ACTOR);
        return next;
      }
      if (changed) await requests.afterTransition(next, 'executing', DESK_ACTOR, undefined, undefined, null);
      if (last || settled) return next;
      await sleep(delay);
    }
  }

  /** One pass over the relationships not settled: terminate what is not under way, re-read the rest. */
  private async gdapPass(request: RemovalRequest): Promise<GdapTarget[]> {
    const client = this.deps.gdapClient;
    const context = { correlationId: request.correlationId };
    const now = this.deps.now;
    return Promise.all(
      (request.gdap?.targets ?? []).map(async (target): Promise<GdapTarget> => {
        if (isSettled(target)) return target;
        if (!client)
          return failed(target, {
            code: 'GraphNotConfigured',
            description:
              'Reseller Desk has no Microsoft Graph access (GRAPH_AUTH) to end GDAP relationships.',
            service: 'graph',
          });
        try {
          if (target.outcome === 'requested') {
            const read = await client.relationship(context, target.id);
            const next = afterRead(target, read.status, now());
            return overdue(next, now()) ?? next;
          }
          const outcome = await client.terminate(context, target.id);
          if (outcome.kind === 'notActive') {
            const next = afterRead(target, outcome.relationship.status, now());
            if (next.outcome) return next;
            return failed(next, {
              code: 'NotActive',
              description: `The relationship is ${outcome.relationship.status}: only an active relationship can be terminated.`,
              service: 'graph',
            });
          }
          const status = outcome.relationship?.status;
          // Graph created the terminate request (201) or one was already under way: requested, then
          // ended only when a re-read says so.
          const accepted: GdapTarget = {
            ...target,
            outcome: 'requested',
            requestedAt: target.requestedAt ?? now().toISOString(),
            ...(outcome.kind === 'requested' && outcome.request?.id
              ? { graphRequestId: outcome.request.id }
              : {}),
            error: undefined,
          };
          return status ? afterRead(accepted, status, now()) : accepted;
        } catch (error) {
          const failure = failureOf(error);
          if (isTransient(error)) {
            this.deps.logger.warn(
              { requestId: request.id, relationshipId: target.id, code: failure.code },
              'GDAP termination: Microsoft Graph did not answer; tried again later',
            );
            return { ...target, error: failure };
          }
          return failed(target, failure);
        }
      }),
    );
  }

  /** One audit entry per relationship whose termination changed: requested, ended, or failed. */
  private async auditGdap(request: RemovalRequest, before: GdapTarget[], after: GdapTarget[]): Promise<void> {
    const ACTION: Record<NonNullable<GdapTarget['outcome']>, AuditAction> = {
      requested: 'gdap.terminationRequested',
      terminated: 'gdap.terminated',
      failed: 'gdap.terminationFailed',
    };
    for (const [i, target] of after.entries()) {
      const was = before[i]?.outcome;
      if (!target.outcome || target.outcome === was) continue;
      // Ended at the first read: the request is recorded too.
      const actions =
        target.outcome === 'terminated' && was === undefined
          ? [ACTION.requested, ACTION.terminated]
          : [ACTION[target.outcome]];
      for (const action of actions) {
        const detail: Record<string, string> = {
          requestId: request.id,
          relationshipId: target.id,
          relationship: target.name,
        };
        if (target.status) detail.status = target.status;
        if (action === ACTION.requested && target.graphRequestId)
          detail.graphRequestId = target.graphRequestId;
        if (target.error && action === ACTION.failed) detail.code = target.error.code;
        if (target.error?.requestId && action === ACTION.failed)
          detail.graphRequestIdOfError = target.error.requestId;
        await this.deps.requests.audit(request, action, detail);
      }
    }
  }

  private async attempt(request: RemovalRequest): Promise<ExecutionOutcome> {
    let blockers: RemovalBlocker[] | 'gone';
    try {
      blockers = await this.deps.checkBlockers(request.customerId);
    } catch (error) {
      return this.failureOutcome(error, request);
    }
    if (blockers === 'gone') return { kind: 'completed', confirmedBy: 'reRead' };
    if (blockers.length > 0) {
      return {
        kind: 'failed',
        error: {
          code: 'RemovalBlocked',
          description: `Blocked again since approval: ${blockers.map((b) => b.name).join(', ')}.`,
        },
      };
    }
    try {
      const result = await this.callRemoval(request);
      if (result.relationshipToPartner !== 'none') {
        return {
          kind: 'failed',
          error: {
            code: 'UnexpectedResponse',
            description: `relationshipToPartner is ${result.relationshipToPartner}`,
          },
        };
      }
      // Verified after acting: done only when a re-read agrees with the answer.
      if (await this.confirmedGone(request)) return { kind: 'completed', confirmedBy: 'answer' };
      return this.notConfirmed(request);
    } catch (error) {
      if (!(error instanceof PartnerCenterError)) throw error;
      // An error is never proof that the relationship is gone (a timed-out call may have removed it,
      // a 400 may name the relationship and leave it in place): only a re-read says.
      if (await this.confirmedGone(request)) return { kind: 'completed', confirmedBy: 'reRead' };
      return this.failureOutcome(error, request);
    }
  }

  /** The re-read after a failed removal call; a re-read that fails proves nothing either way. */
  private async confirmedGone(request: RemovalRequest): Promise<boolean> {
    try {
      return await isRelationshipGone(
        this.deps.client,
        { correlationId: request.correlationId },
        request.customerId,
      );
    } catch (error) {
      this.deps.logger.warn(
        { requestId: request.id, err: { message: (error as Error).message } },
        'removal: the re-read of the customer failed',
      );
      return false;
    }
  }

  /**
   * Partner Center answered the removal but a re-read still shows the relationship (or could not be
   * made): not completed. Tried again with the same MS-RequestId while attempts remain, else failed
   * with what the re-read found.
   */
  private notConfirmed(request: RemovalRequest): ExecutionOutcome {
    const error = {
      code: NOT_CONFIRMED,
      description:
        'Partner Center accepted the removal, but a re-read of the customer still shows the reseller relationship.',
      correlationId: request.correlationId,
    };
    const attempts = request.execution?.attempts ?? 1;
    return attempts >= this.deps.policy.maxExecutionAttempts
      ? { kind: 'failed', error }
      : { kind: 'retry', error };
  }

  /** A failed attempt: retried while transient and attempts remain, else final. */
  private failureOutcome(error: unknown, request: RemovalRequest): ExecutionOutcome {
    const failure = failureOf(error);
    const attempts = request.execution?.attempts ?? 1;
    if (!isTransient(error) || attempts >= this.deps.policy.maxExecutionAttempts)
      return { kind: 'failed', error: failure };
    // Partner Center answered 4xx (429): the next attempt is a new request, with a new id.
    return error instanceof PartnerCenterThrottledError
      ? { kind: 'retry', error: failure, nextRequestId: randomUUID() }
      : { kind: 'retry', error: failure };
  }
}
