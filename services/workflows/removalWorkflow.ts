/**
 * The maker-checker workflow of removal requests, as its callers see it: submit, decide, execute,
 * list, sweep. It joins two parts, each in its own file:
 * - removalRequestStore.ts: the records, the one open request per customer, the index, every
 *   transition as a compare-and-set with its audit entry and its listeners;
 * - removalExecution.ts: how an approved removal is executed (pre-flight again, E4 with a stored
 *   MS-RequestId, the re-read on failure) and when it is tried again.
 * The pure lifecycle is removalRequest.ts.
 */
import type { Member } from '../access/partnerRoles';
import { cancelsAsApprover, decisionRefusal, refusalWithout } from '../access/policy';
import type { Outcome } from '../relationships/refusal';
import type { Actor, AuditLog } from '../audit/auditLog';
import type { Logger } from '../logging/logger';
import type { GdapClient } from '../graph/gdapClient';
import type { PartnerCenterClient } from '../partner-center';
import type { RecordStore } from '../store/recordStore';
import type { ExecutionObserver } from './executionStep';
import { ObservedRemovalExecution } from './observedRemovalExecution';
import { RemovalExecution, type BlockerCheck, type SchedulePreparation } from './removalExecution';
import { DEFAULT_POLICY, type ApprovalPolicy, type Decision, type RemovalRequest } from './removalRequest';
import {
  RemovalRequestStore,
  type DecideResult,
  type RemovalSubmission,
  type TransitionListener,
} from './removalRequestStore';

export interface RemovalWorkflowDependencies {
  store: RecordStore;
  audit: AuditLog;
  client: PartnerCenterClient;
  checkBlockers: BlockerCheck;
  /** Turns auto-renew off for a scheduled request once approved (the removal service does it). */
  prepareSchedule: SchedulePreparation;
  /** Microsoft Graph, to end the GDAP relationships a request names. */
  gdapClient?: GdapClient;
  logger: Logger;
  policy?: Partial<ApprovalPolicy>;
  now?: () => Date;
  /** Called when a customer's relationship is gone, to drop it from search. */
  onRemoved?: (customerId: string) => void;
  /** Crash trials only: told each step an execution reaches (see ObservedRemovalExecution). */
  onExecutionStep?: ExecutionObserver;
}

export class RemovalWorkflow {
  readonly policy: ApprovalPolicy;
  private readonly requests: RemovalRequestStore;
  private readonly execution: RemovalExecution;

  constructor(deps: RemovalWorkflowDependencies) {
    this.policy = { ...DEFAULT_POLICY, ...deps.policy };
    const now = deps.now ?? (() => new Date());
    const { store, audit, logger, client, checkBlockers, prepareSchedule, onRemoved, onExecutionStep } = deps;
    const { gdapClient } = deps;
    this.requests = new RemovalRequestStore({ store, audit, logger, policy: this.policy, now, onRemoved });
    const execution = {
      requests: this.requests,
      client,
      checkBlockers,
      prepareSchedule,
      gdapClient,
      logger,
      policy: this.policy,
      now,
    };
    this.execution = onExecutionStep
      ? new ObservedRemovalExecution(execution, onExecutionStep)
      : new RemovalExecution(execution);
  }

  onTransition(listener: TransitionListener): void {
    this.requests.onTransition(listener);
  }

  get(requestId: string): Promise<RemovalRequest | undefined> {
    return this.requests.get(requestId);
  }

  openFor(customerId: string): Promise<RemovalRequest | undefined> {
    return this.requests.openFor(customerId);
  }

  /** The `requests` list, for a member who may view customers: see all(). */
  async list(member: Member | undefined): Promise<Outcome<{ requests: RemovalRequest[] }>> {
    const notAllowed = refusalWithout(member, 'viewCustomers');
    if (notAllowed) return notAllowed;
    return { ok: true, requests: await this.all() };
  }

  /** Open requests first, then recent decided ones, newest first (for the services' own watches). */
  all(): Promise<RemovalRequest[]> {
    return this.requests.list();
  }

  /**
   * Records a new pending request, unless the customer already has an open one (then `undefined`).
   * The caller has checked the pre-flight, the role and the attestation.
   */
  submit(input: RemovalSubmission): Promise<RemovalRequest | undefined> {
    return this.requests.submit(input);
  }

  /** Approve, reject or cancel. Approvers need the approver flag and a role that may remove. */
  async decide(
    actor: Actor,
    member: Member | undefined,
    requestId: string,
    decision: Decision,
  ): Promise<DecideResult> {
    if (decisionRefusal(member, decision.kind)) return { ok: false, reason: 'notAllowed' };
    // An approver may also call off a scheduled removal (the requester always may).
    const asApprover = decision.kind === 'cancel' && cancelsAsApprover(member);
    return this.requests.decide(actor, requestId, asApprover ? { kind: 'cancel', asApprover } : decision);
  }

  /**
   * Runs the removal of an approved request (or another attempt of an executing one); see
   * removalExecution.ts.
   */
  execute(requestId: string, options: { whenDue?: boolean } = {}): Promise<RemovalRequest | undefined> {
    return this.execution.execute(requestId, options);
  }

  /** Expires overdue requests, resumes approved and executing ones, retries transient failures. */
  async sweep(): Promise<void> {
    for (const id of await this.requests.activeIds()) {
      const request = await this.get(id);
      if (!request) continue;
      if (request.state === 'pending') await this.requests.expire(id);
      else if (this.execution.resumeDue(request)) {
        await this.execution.execute(id, { whenDue: true });
      }
    }
  }
}
