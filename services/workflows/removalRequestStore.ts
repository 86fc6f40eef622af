/**
 * Where removal requests are kept, and what follows each stored transition. Records live in
 * `removalRequests`; `openRemovalRequests` holds the one open request a customer may have (claimed
 * with compare-and-set, so two people asking at once get one request); `removalRequestIndex` lists
 * the active requests and the recent decided ones. Every transition is a compare-and-set of the record
 * (the pure steps are in removalRequest.ts) followed by `afterTransition`: its audit entry, the index,
 * the release of the customer's open request, and the transition listeners. A second decision on a
 * decided request is refused with who decided and when.
 *
 * Atomicity: as the RecordStore's compare-and-set (see services/store/recordStore.ts).
 *
 * Long because every transition goes through one compare-and-set path with its audit entry, its index
 * update and its listeners.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { DESK_ACTOR } from '../audit/actor';
import type { Actor, AuditAction, AuditLog } from '../audit/auditLog';
import type { CustomerSnapshot } from '../evidence/customerSnapshot';
import type { Logger } from '../logging/logger';
import type { RecordStore, StoredRecord } from '../store/recordStore';
import { Repository } from '../store/repository';
import {
  decide,
  expire,
  OPEN_STATES,
  removalRequestSchema,
  type ApprovalPolicy,
  type Decision,
  type ExecutionOutcome,
  type RemedyDone,
  type RemovalRequest,
  type RemovalSchedule,
  type RemovalState,
  type RequestKind,
  type StepRefusal,
  relationshipRemoved,
} from './removalRequest';
import type { GdapTarget } from './gdapTermination';

/** Called after every stored transition (to post and update cards); failures are logged, never thrown. */
export type TransitionListener = (
  request: RemovalRequest,
  previous: RemovalState | undefined,
) => Promise<void>;

export type DecideResult =
  | { ok: true; request: RemovalRequest }
  | { ok: false; reason: 'notAllowed' | 'notFound' }
  | ({ ok: false; request: RemovalRequest } & StepRefusal);

/** What a new request records; the pre-flight, the role and the attestation are checked before. */
export interface RemovalSubmission {
  customer: { id: string; name: string; domain: string };
  requestedBy: Actor;
  reason: string;
  attestationVersion: string;
  /** Remedies done before the request (services/relationships/remedies.ts), for the approvers. */
  remediesBefore?: RemedyDone[];
  /** Only dates block it: the removal waits for the last one once approved. */
  schedule?: RemovalSchedule;
  /** The customer as the pre-flight read it, kept for the evidence pack. */
  snapshot?: CustomerSnapshot;
  /** `gdap`: end GDAP relationships only (default `removal`). */
  kind?: RequestKind;
  /** The GDAP relationships to end, as read when requested. */
  gdap?: GdapTarget[];
}

/** Who the audit trail names for what the desk does on its own (expiry, execution). */
export { DESK_ACTOR };

export interface RemovalRequestStoreDependencies {
  store: RecordStore;
  audit: AuditLog;
  logger: Logger;
  policy: ApprovalPolicy;
  now: () => Date;
  /** Called when a customer's relationship is gone, to drop it from search. */
  onRemoved?: (customerId: string) => void;
}

const indexSchema = z.object({ active: z.array(z.string()), recent: z.array(z.string()) });
const openSchema = z.object({ requestId: z.string() });
const INDEX_ID = 'all';
const RECENT = 50;

const AUDIT_OF: Partial<Record<RemovalState, AuditAction>> = {
  approved: 'removal.approved',
  scheduled: 'removal.scheduled',
  rejected: 'removal.rejected',
  cancelled: 'removal.cancelled',
  expired: 'removal.expired',
  executing: 'removal.executing',
  completed: 'removal.completed',
  failed: 'removal.failed',
};

export class RemovalRequestStore {
  private readonly requests: Repository<RemovalRequest>;
  private readonly open: Repository<z.infer<typeof openSchema>>;
  private readonly index: Repository<z.infer<typeof indexSchema>>;
  private readonly listeners: TransitionListener[] = [];
  private readonly now: () => Date;

  constructor(private readonly deps: RemovalRequestStoreDependencies) {
    this.requests = new Repository(deps.store, 'removalRequests', removalRequestSchema);
    this.open = new Repository(deps.store, 'openRemovalRequests', openSchema);
    this.index = new Repository(deps.store, 'removalRequestIndex', indexSchema);
    this.now = deps.now;
  }

  onTransition(listener: TransitionListener): void {
    this.listeners.push(listener);
  }

  get(requestId: string): Promise<RemovalRequest | undefined> {
    return this.requests.get(requestId).then((record) => record?.value);
  }

  /** The record with its etag, for a compare-and-set `write`. */
  read(requestId: string): Promise<StoredRecord<RemovalRequest> | undefined> {
    return this.requests.get(requestId);
  }

  /** Compare-and-set: stores `next` only if the record is still `current`; false when it changed. */
  async write(current: StoredRecord<RemovalRequest>, next: RemovalRequest): Promise<boolean> {
    return (await this.requests.replace(next.id, current.etag, next)).ok;
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

  /** The ids of the open requests (pending, approved, executing). */
  async activeIds(): Promise<string[]> {
    return (await this.index.get(INDEX_ID))?.value.active ?? [];
  }

  /**
   * Records a new pending request, unless the customer already has an open one (then `undefined`).
   * The caller has checked the pre-flight, the role and the attestation.
   */
  async submit(input: RemovalSubmission): Promise<RemovalRequest | undefined> {
    const now = this.now();
    const request: RemovalRequest = {
      id: randomUUID(),
      ...(input.kind === 'gdap' ? { kind: 'gdap' as const } : {}),
      customerId: input.customer.id,
      customerName: input.customer.name,
      customerDomain: input.customer.domain,
      requestedBy: input.requestedBy,
      requestedAt: now.toISOString(),
      reason: input.reason,
      attestation: { version: input.attestationVersion, attestedAt: now.toISOString() },
      ...(input.remediesBefore?.length ? { remediesBefore: input.remediesBefore } : {}),
      ...(input.schedule ? { schedule: input.schedule } : {}),
      ...(input.snapshot && { snapshot: input.snapshot }),
      ...(input.gdap?.length ? { gdap: { targets: input.gdap, checks: 0 } } : {}),
      correlationId: randomUUID(),
      state: 'pending',
      requiredApprovals: this.deps.policy.requiredApprovals,
      approvals: [],
      expiresAt: new Date(now.getTime() + this.deps.policy.expiryHours * 3_600_000).toISOString(),
    };
    const claimed = await this.open.replace(request.customerId, null, { requestId: request.id });
    if (!claimed.ok) return undefined;
    await this.requests.create(request.id, request);
    await this.track(request);
    await this.deps.audit.append(request.customerId, {
      actor: request.requestedBy,
      action: 'removal.requested',
      detail: {
        requestId: request.id,
        attestationVersion: input.attestationVersion,
        ...(request.kind ? { kind: request.kind } : {}),
        ...(request.gdap
          ? {
              gdapToEnd: request.gdap.targets
                .map((t) => t.name)
                .join(', ')
                .slice(0, 300),
            }
          : {}),
      },
      correlationId: request.correlationId,
    });
    await this.notify(request, undefined);
    return request;
  }

  /** Approve, reject or cancel, looking again when someone decided at the same moment. */
  async decide(actor: Actor, requestId: string, decision: Decision): Promise<DecideResult> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const current = await this.requests.get(requestId);
      if (!current) return { ok: false, reason: 'notFound' };
      const step = decide(current.value, actor, decision, this.now());
      if (!step.ok) {
        const { ok: _ok, ...refusal } = step;
        // A pending request past its time: record the expiry on the way.
        if (refusal.reason === 'alreadyDecided' && current.value.state === 'pending')
          await this.expire(requestId);
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

  /** Expires a pending request past its time (nothing otherwise). */
  async expire(requestId: string): Promise<void> {
    const current = await this.requests.get(requestId);
    if (!current) return;
    const next = expire(current.value, this.now());
    if (!next) return;
    const written = await this.requests.replace(requestId, current.etag, next);
    if (written.ok) await this.afterTransition(next, current.value.state, DESK_ACTOR);
  }

  /** An audit entry about a request (the GDAP step writes one per relationship). */
  async audit(request: RemovalRequest, action: AuditAction, detail: Record<string, string>): Promise<void> {
    await this.deps.audit.append(request.customerId, {
      actor: DESK_ACTOR,
      action,
      detail,
      correlationId: request.correlationId,
    });
  }

  /**
   * What follows a stored transition: its audit entry, the release of the customer's open request
   * once the request is decided, the index, and the transition listeners. `auditAction` names the
   * entry when the state alone does not (null: none, the caller wrote its own).
   */
  async afterTransition(
    request: RemovalRequest,
    previous: RemovalState,
    actor: Actor,
    reason?: string,
    outcome?: ExecutionOutcome,
    auditAction?: AuditAction | null,
  ): Promise<void> {
    const partial = request.state === 'pending' && previous === 'pending';
    const stillBlocked = request.state === 'scheduled' && previous === 'scheduled';
    const action: AuditAction | null | undefined =
      auditAction !== undefined
        ? auditAction
        : partial
          ? 'removal.approval'
          : stillBlocked
            ? request.schedule?.lastCheck?.blockedBy.length
              ? 'removal.stillBlocked'
              : undefined
            : AUDIT_OF[request.state];
    if (action) {
      const detail: Record<string, string | number | boolean> = { requestId: request.id };
      if (request.kind) detail.kind = request.kind;
      if (reason) detail.reason = reason;
      if (outcome && outcome.kind !== 'completed') detail.code = outcome.error.code;
      if (outcome?.kind === 'completed') detail.confirmedBy = outcome.confirmedBy;
      if (request.execution) detail.msRequestId = request.execution.requestId;
      if (request.schedule && (request.state === 'scheduled' || stillBlocked)) {
        detail.scheduledFor = request.schedule.dates[request.schedule.dates.length - 1];
        const blockedBy = request.schedule.lastCheck?.blockedBy ?? [];
        if (stillBlocked && blockedBy.length) detail.blockedBy = blockedBy.join(', ').slice(0, 300);
      }
      await this.deps.audit.append(request.customerId, {
        actor,
        action,
        detail,
        correlationId: request.correlationId,
      });
    }
    if (!OPEN_STATES.includes(request.state))
      await this.open.delete(request.customerId).catch(() => undefined);
    if (relationshipRemoved(request) && (previous !== request.state || auditAction === 'removal.removed'))
      this.deps.onRemoved?.(request.customerId);
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
