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
 * the removal is confirmed with its GDAP step (gdapStep.ts).
 *
 * The three steps that store or call out (`storeClaim`, `callRemoval`, `storeResult`) are methods of
 * their own so crash trials can stop the process around them (observedRemovalExecution.ts).
 *
 * Long because claiming an attempt, the schedule's checks, the removal call and its verification are
 * one sequence over one record.
 */
import { randomUUID } from 'node:crypto';
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
import { gdapDue } from './gdapTermination';
import { GdapStep } from './gdapStep';
import type { RemovalBlocker } from '../relationships/removalPreflight';
import type { StoredRecord } from '../store/recordStore';
import {
  finishExecution,
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

export class RemovalExecution {
  private readonly running = new Map<string, Promise<RemovalRequest | undefined>>();
  private readonly gdap: GdapStep;

  constructor(private readonly deps: RemovalExecutionDependencies) {
    this.gdap = new GdapStep(deps);
  }

  /**
   * Runs the removal of an approved request (or another attempt of an executing one). One run per
   * request at a time in this process; the stored state decides whether there is anything to do.
   * `whenDue`: another attempt of an executing request only when `resumeDue` says so — what the
   * sweep and the run after an approval ask, so that a request another replica has just claimed
   * is left to it; without it (a retry asked for by hand) the attempt is made now.
   */
  execute(requestId: string, options: { whenDue?: boolean } = {}): Promise<RemovalRequest | undefined> {
    const running = this.running.get(requestId);
    if (running) return running;
    const run = this.run(requestId, options.whenDue ?? false).finally(() => this.running.delete(requestId));
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

  private async run(requestId: string, whenDue: boolean): Promise<RemovalRequest | undefined> {
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
    // The GDAP step holds itself (gdapStep.ts): a pass under way elsewhere is left alone there.
    if (inGdapStep(current.value)) return this.gdap.run(requestId);
    // Claimed by another replica since the caller looked: its attempt is running, not ours to repeat.
    if (whenDue && current.value.state === 'executing' && !this.resumeDue(current.value))
      return current.value;
    const claimed = startExecution(current.value, randomUUID(), now());
    if (!claimed) return current.value;
    if (!(await this.storeClaim(current, claimed))) return requests.get(requestId);
    if (current.value.state !== 'executing')
      await requests.afterTransition(claimed, current.value.state, DESK_ACTOR);
    if (inGdapStep(claimed)) return this.gdap.run(requestId);

    const outcome = await this.attempt(claimed);
    const latest = await requests.read(requestId);
    if (!latest) return undefined;
    // Another attempt was claimed meanwhile (this one looked dead): its outcome decides, not this
    // one's, which may have seen the relationship vanish under the other's removal.
    if (latest.value.execution?.attempts !== claimed.execution?.attempts) return latest.value;
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
      return this.gdap.run(requestId);
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

  private async attempt(request: RemovalRequest): Promise<ExecutionOutcome> {
    let blockers: RemovalBlocker[] | 'gone';
    try {
      blockers = await this.deps.checkBlockers(request.customerId);
    } catch (error) {
      // The relationship may have ended between the pre-flight's reads (a 20002 on the subscriptions
      // after the customer read fine): as after the call, only a re-read says.
      if (error instanceof PartnerCenterError && (await this.confirmedGone(request)))
        return { kind: 'completed', confirmedBy: 'reRead' };
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
