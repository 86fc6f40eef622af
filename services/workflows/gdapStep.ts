/**
 * The GDAP step of a request (services/workflows/gdapTermination.ts holds its rules): after the
 * removal is confirmed — or at once for a GDAP-only request — each chosen relationship is terminated
 * through Microsoft Graph (the client reads first and never sends twice, docs/graph.md §5) and re-read
 * until Graph says it ended. A few quick passes run in the process that sent the terminates, then one
 * per sweep. Each pass first stores, with compare-and-set, until when it holds the step, so one replica
 * at a time sends; a pass whose replica died is taken over after the hold (docs/graph.md §5a).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { AuditAction } from '../audit/auditLog';
import type { GdapClient } from '../graph/gdapClient';
import type { Logger } from '../logging/logger';
import { failureOf, isTransient } from '../partner-center/failure';
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
import { finishGdap, inGdapStep, type RemovalRequest } from './removalRequest';
import { DESK_ACTOR, type RemovalRequestStore } from './removalRequestStore';

/** Re-reads of a GDAP step made in the process that sent the terminates, before the sweep takes over. */
const PASSES_HERE = 5;

export interface GdapStepDependencies {
  requests: RemovalRequestStore;
  /** Microsoft Graph; without it each relationship fails with GraphNotConfigured. */
  gdapClient?: GdapClient;
  logger: Logger;
  now: () => Date;
}

export class GdapStep {
  constructor(private readonly deps: GdapStepDependencies) {}

  /**
   * The GDAP step: passes that terminate what is not yet under way and re-read the rest, a few here
   * (quick, GDAP_CHECK_DELAYS_MS), then left to the sweep. Each pass holds the step first
   * (nextCheckAt, compare-and-set): another replica finding it held leaves it alone.
   */
  async run(requestId: string): Promise<RemovalRequest | undefined> {
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
      const last = pass + 1 >= PASSES_HERE;
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
}
