/**
 * The maker-checker workflow of removal requests. Every transition is a compare-and-set of the
 * request record plus an audit entry; a second decision on a decided request is refused with who
 * decided and when. Approval leads to execution: the pre-flight runs again (things change), then the
 * removal (E4) with an MS-RequestId stored before the first attempt and reused by every retry after a
 * timeout or a 5xx, so a crash or a retry never removes twice; after a 429 the next attempt is a new
 * request with a new id (docs/partner-center.md §2). A removal is completed only on Partner Center's
 * word: its success answer, or a re-read of the customer showing the relationship gone; an error
 * answer is never taken as "already removed" (§3). `sweep` expires old requests, resumes approved and
 * executing ones (after a restart) and retries transient failures.
 *
 * Atomicity: as the RecordStore's compare-and-set (see services/store/recordStore.ts).
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { hasPermission, type Member } from '../access/partnerRoles';
import type { Actor, AuditAction, AuditLog } from '../audit/auditLog';
import type { Logger } from '../logging/logger';
import {
  failureOf,
  isTransient,
  PartnerCenterError,
  PartnerCenterThrottledError,
  type PartnerCenterClient,
} from '../partner-center';
import type { RecordStore } from '../store/recordStore';
import { Repository } from '../store/repository';
import { isRelationshipGone } from '../relationships/customerRecord';
import type { RemovalBlocker } from '../relationships/removalPreflight';
import {
  decide,
  expire,
  finishExecution,
  OPEN_STATES,
  removalRequestSchema,
  startExecution,
  type Decision,
  type ExecutionOutcome,
  type RemovalRequest,
  type RemovalState,
  type StepRefusal,
} from './removalRequest';

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

/**
 * The points of an execution, in order, reported to `onExecutionStep` (crash trials stop the process
 * at one of them): the claim is stored, the removal call is about to leave, its answer is in, and
 * the result is about to be stored.
 */
export type ExecutionStep =
  'claimed' | 'beforePartnerCenterCall' | 'afterPartnerCenterCall' | 'beforeRecordingResult';

/** Reads the customer's blockers again before executing; 'gone' when the relationship no longer exists. */
export type BlockerCheck = (customerId: string) => Promise<RemovalBlocker[] | 'gone'>;

/** Called after every stored transition (to post and update cards); failures are logged, never thrown. */
export type TransitionListener = (
  request: RemovalRequest,
  previous: RemovalState | undefined,
) => Promise<void>;

export interface RemovalWorkflowDependencies {
  store: RecordStore;
  audit: AuditLog;
  client: PartnerCenterClient;
  checkBlockers: BlockerCheck;
  logger: Logger;
  policy?: Partial<ApprovalPolicy>;
  now?: () => Date;
  /** Called when a customer's relationship is gone, to drop it from search. */
  onRemoved?: (customerId: string) => void;
  /** Called at each step of an execution (see ExecutionStep); for crash trials. */
  onExecutionStep?: (step: ExecutionStep, requestId: string) => void;
}

const indexSchema = z.object({ active: z.array(z.string()), recent: z.array(z.string()) });
const openSchema = z.object({ requestId: z.string() });
const INDEX_ID = 'all';
const RECENT = 50;

const AUDIT_OF: Partial<Record<RemovalState, AuditAction>> = {
  approved: 'removal.approved',
  rejected: 'removal.rejected',
  cancelled: 'removal.cancelled',
  expired: 'removal.expired',
  executing: 'removal.executing',
  completed: 'removal.completed',
  failed: 'removal.failed',
};

export type DecideResult =
  | { ok: true; request: RemovalRequest }
  | { ok: false; reason: 'notAllowed' | 'notFound' }
  | ({ ok: false; request: RemovalRequest } & StepRefusal);

export class RemovalWorkflow {
  private readonly requests: Repository<RemovalRequest>;
  private readonly open: Repository<z.infer<typeof openSchema>>;
  private readonly index: Repository<z.infer<typeof indexSchema>>;
  private readonly listeners: TransitionListener[] = [];
  private readonly running = new Map<string, Promise<RemovalRequest | undefined>>();
  readonly policy: ApprovalPolicy;
  private readonly now: () => Date;

  constructor(private readonly deps: RemovalWorkflowDependencies) {
    this.requests = new Repository(deps.store, 'removalRequests', removalRequestSchema);
    this.open = new Repository(deps.store, 'openRemovalRequests', openSchema);
    this.index = new Repository(deps.store, 'removalRequestIndex', indexSchema);
    this.policy = { ...DEFAULT_POLICY, ...deps.policy };
    this.now = deps.now ?? (() => new Date());
  }

  onTransition(listener: TransitionListener): void {
    this.listeners.push(listener);
  }

  get(requestId: string): Promise<RemovalRequest | undefined> {
    return this.requests.get(requestId).then((record) => record?.value);
  }

  async openFor(customerId: string): Promise<RemovalRequest | undefined> {
    const open = await this.open.get(customerId);
    return open ? this.get(open.value.requestId) : undefined;
  }

  /** Open requests first, then recent decided ones, newest first. */
  async list(): Promise<RemovalRequest[]> {
    const index = (await this.index.get(INDEX_ID))?.value ?? { active: [], recent: [] };
    const ids = [...new Set([...index.active, ...index.recent])];
    const found = await Promise.all(ids.map((id) => this.get(id)));
    return found
      .filter((request): request is RemovalRequest => !!request)
      .sort(
        (a, b) =>
          Number(OPEN_STATES.includes(b.state)) - Number(OPEN_STATES.includes(a.state)) ||
          b.requestedAt.localeCompare(a.requestedAt),
      );
  }

  /**
   * Records a new pending request, unless the customer already has an open one (then `undefined`).
   * The caller has checked the pre-flight, the role and the attestation.
   */
  async submit(input: {
    customer: { id: string; name: string; domain: string };
    requestedBy: Actor;
    reason: string;
    attestationVersion: string;
  }): Promise<RemovalRequest | undefined> {
    const now = this.now();
    const request: RemovalRequest = {
      id: randomUUID(),
      customerId: input.customer.id,
      customerName: input.customer.name,
      customerDomain: input.customer.domain,
      requestedBy: input.requestedBy,
      requestedAt: now.toISOString(),
      reason: input.reason,
      attestation: { version: input.attestationVersion, attestedAt: now.toISOString() },
      correlationId: randomUUID(),
      state: 'pending',
      requiredApprovals: this.policy.requiredApprovals,
      approvals: [],
      expiresAt: new Date(now.getTime() + this.policy.expiryHours * 3_600_000).toISOString(),
    };
    const claimed = await this.open.replace(request.customerId, null, { requestId: request.id });
    if (!claimed.ok) return undefined;
    await this.requests.create(request.id, request);
    await this.track(request);
    await this.deps.audit.append(request.customerId, {
      actor: request.requestedBy,
      action: 'removal.requested',
      detail: { requestId: request.id, attestationVersion: input.attestationVersion },
      correlationId: request.correlationId,
    });
    await this.notify(request, undefined);
    return request;
  }

  /** Approve, reject or cancel. Approvers need the approver flag and a role that may remove. */
  async decide(
    actor: Actor,
    member: Member | undefined,
    requestId: string,
    decision: Decision,
  ): Promise<DecideResult> {
    if (decision.kind !== 'cancel' && !hasPermission(member, 'approveRemoval'))
      return { ok: false, reason: 'notAllowed' };
    for (let attempt = 0; attempt < 5; attempt++) {
      const current = await this.requests.get(requestId);
      if (!current) return { ok: false, reason: 'notFound' };
      const step = decide(current.value, actor, decision, this.now());
      if (!step.ok) {
        const { ok: _ok, ...refusal } = step;
        // A pending request past its time: record the expiry on the way.
        if (refusal.reason === 'alreadyDecided' && current.value.state === 'pending')
          await this.expireOne(requestId);
        return { ok: false, request: (await this.get(requestId)) ?? current.value, ...refusal };
      }
      const written = await this.requests.replace(requestId, current.etag, step.next);
      if (!written.ok) continue; // someone decided at the same moment: look again
      await this.afterTransition(
        step.next,
        current.value.state,
        actor,
        decision.kind === 'reject' ? decision.reason : undefined,
      );
      return { ok: true, request: step.next };
    }
    const latest = await this.get(requestId);
    return latest
      ? { ok: false, request: latest, reason: 'alreadyDecided', state: latest.state }
      : { ok: false, reason: 'notFound' };
  }

  /**
   * Runs the removal of an approved request (or another attempt of an executing one). One run per
   * request at a time in this process; the stored state decides whether there is anything to do.
   */
  execute(requestId: string): Promise<RemovalRequest | undefined> {
    const running = this.running.get(requestId);
    if (running) return running;
    const run = this.runExecution(requestId).finally(() => this.running.delete(requestId));
    this.running.set(requestId, run);
    return run;
  }

  /** Expires overdue requests, resumes approved and executing ones, retries transient failures. */
  async sweep(): Promise<void> {
    const index = (await this.index.get(INDEX_ID))?.value;
    for (const id of index?.active ?? []) {
      const request = await this.get(id);
      if (!request) continue;
      if (request.state === 'pending') await this.expireOne(id);
      else if (this.resumeDue(request)) {
        await this.execute(id);
      }
    }
  }

  /**
   * Whether the sweep should (re)start a request's execution. Right after an approval, or while an
   * attempt runs, the replica that took the click is at work: the sweep only steps in once the
   * request has been idle for resumeExecutionAfterMs (its replica died), or when a failed attempt's
   * back-off is over.
   */
  private resumeDue(request: RemovalRequest): boolean {
    if (request.state === 'approved') {
      const approvedAt = Date.parse(request.approvals.at(-1)?.at ?? request.requestedAt);
      return this.now().getTime() - approvedAt >= this.policy.resumeExecutionAfterMs;
    }
    if (request.state !== 'executing') return false;
    const last = Date.parse(request.execution?.lastAttemptAt ?? request.requestedAt);
    const elapsed = this.now().getTime() - last;
    // No result recorded: the attempt is still running somewhere, or its replica died.
    if (!request.execution?.lastError) return elapsed >= this.policy.resumeExecutionAfterMs;
    const backoffMs = Math.min(60_000 * 2 ** Math.max(0, (request.execution.attempts ?? 1) - 1), 30 * 60_000);
    return elapsed >= backoffMs;
  }

  private step(step: ExecutionStep, requestId: string): void {
    this.deps.onExecutionStep?.(step, requestId);
  }

  private async expireOne(requestId: string): Promise<void> {
    const current = await this.requests.get(requestId);
    if (!current) return;
    const next = expire(current.value, this.now());
    if (!next) return;
    const written = await this.requests.replace(requestId, current.etag, next);
    if (written.ok) await this.afterTransition(next, current.value.state, { name: 'Reseller Desk' });
  }

  private async runExecution(requestId: string): Promise<RemovalRequest | undefined> {
    const current = await this.requests.get(requestId);
    if (!current) return undefined;
    const claimed = startExecution(current.value, randomUUID(), this.now());
    if (!claimed) return current.value;
    const written = await this.requests.replace(requestId, current.etag, claimed);
    if (!written.ok) return this.get(requestId);
    this.step('claimed', requestId);
    if (current.value.state !== 'executing')
      await this.afterTransition(claimed, current.value.state, { name: 'Reseller Desk' });

    const outcome = await this.attempt(claimed);
    const latest = await this.requests.get(requestId);
    if (!latest) return undefined;
    const finished = finishExecution(latest.value, outcome, this.now());
    if (!finished) return latest.value;
    this.step('beforeRecordingResult', requestId);
    const stored = await this.requests.replace(requestId, latest.etag, finished);
    if (!stored.ok) return this.get(requestId);
    if (finished.state !== 'executing') {
      await this.afterTransition(finished, 'executing', { name: 'Reseller Desk' }, undefined, outcome);
    } else {
      this.deps.logger.warn({ requestId, attempts: finished.execution?.attempts }, 'removal will be retried');
    }
    return finished;
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
      const context = { correlationId: request.correlationId, requestId: request.execution!.requestId };
      this.step('beforePartnerCenterCall', request.id);
      const result = await this.deps.client.removeResellerRelationship(context, request.customerId);
      this.step('afterPartnerCenterCall', request.id);
      if (result.relationshipToPartner !== 'none') {
        return {
          kind: 'failed',
          error: {
            code: 'UnexpectedResponse',
            description: `relationshipToPartner is ${result.relationshipToPartner}`,
          },
        };
      }
      return { kind: 'completed', confirmedBy: 'answer' };
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

  private failureOutcome(error: unknown, request: RemovalRequest): ExecutionOutcome {
    const failure = failureOf(error);
    const attempts = request.execution?.attempts ?? 1;
    if (!isTransient(error) || attempts >= this.policy.maxExecutionAttempts)
      return { kind: 'failed', error: failure };
    // Partner Center answered 4xx (429): the next attempt is a new request, with a new id.
    return error instanceof PartnerCenterThrottledError
      ? { kind: 'retry', error: failure, nextRequestId: randomUUID() }
      : { kind: 'retry', error: failure };
  }

  private async afterTransition(
    request: RemovalRequest,
    previous: RemovalState,
    actor: Actor,
    reason?: string,
    outcome?: ExecutionOutcome,
  ): Promise<void> {
    const partial = request.state === 'pending' && previous === 'pending';
    const action: AuditAction | undefined = partial ? 'removal.approval' : AUDIT_OF[request.state];
    if (action) {
      const detail: Record<string, string | number | boolean> = { requestId: request.id };
      if (reason) detail.reason = reason;
      if (outcome && outcome.kind !== 'completed') detail.code = outcome.error.code;
      if (outcome?.kind === 'completed') detail.confirmedBy = outcome.confirmedBy;
      if (request.execution) detail.msRequestId = request.execution.requestId;
      await this.deps.audit.append(request.customerId, {
        actor,
        action,
        detail,
        correlationId: request.correlationId,
      });
    }
    if (!OPEN_STATES.includes(request.state)) {
      await this.open.delete(request.customerId).catch(() => undefined);
      if (request.state === 'completed') this.deps.onRemoved?.(request.customerId);
    }
    await this.track(request);
    await this.notify(request, previous);
  }

  private async track(request: RemovalRequest): Promise<void> {
    const isOpen = OPEN_STATES.includes(request.state);
    await this.index.update(
      INDEX_ID,
      (index) => {
        const current = index ?? { active: [], recent: [] };
        const active = current.active.filter((id) => id !== request.id);
        const recent = current.recent.filter((id) => id !== request.id);
        return isOpen
          ? { active: [...active, request.id], recent }
          : { active, recent: [request.id, ...recent].slice(0, RECENT) };
      },
      20,
    );
  }

  private async notify(request: RemovalRequest, previous: RemovalState | undefined): Promise<void> {
    for (const listener of this.listeners) {
      try {
        await listener(request, previous);
      } catch (error) {
        this.deps.logger.warn(
          { requestId: request.id, err: { message: (error as Error).message } },
          'transition listener failed',
        );
      }
    }
  }
}
