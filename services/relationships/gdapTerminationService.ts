/**
 * Ending a customer's GDAP relationships, up to the request (approval and execution are the removal
 * workflow's: the same maker-checker, services/workflows/removalExecution.ts ends them):
 * - `choices`: the relationships of the customer that can be ended (active ones), read fresh from
 *   Microsoft Graph, for the removal pre-flight and the GDAP card;
 * - `targetsOf`: the relationships a card names, checked against that fresh read (card data is never
 *   trusted): an id that is not an active relationship of this customer refuses the request;
 * - `preflight` / `request`: a GDAP termination on its own, the customer kept. It works for a tenant
 *   whose reseller relationship is already gone too (GDAP left behind: the `gdap` health finding).
 * Who may request and approve: services/access/policy.ts (`gdapTerminationRefusal`).
 */
import { randomUUID } from 'node:crypto';
import type { Member } from '../access/partnerRoles';
import { gdapTerminationRefusal, refusalWithout } from '../access/policy';
import type { Actor } from '../audit/actor';
import type { PartnerCenterClient } from '../partner-center';
import type { GdapTarget } from '../workflows/gdapTermination';
import type { RemovalRequest } from '../workflows/removalRequest';
import type { RemovalWorkflow } from '../workflows/removalWorkflow';
import type { CustomerDirectory } from './customerDirectory';
import { customerHeader, readCustomer } from './customerRecord';
import type { GdapLookup, GdapRelationshipInfo, GdapSource } from './gdapSource';
import type { Outcome } from './refusal';
import { refuse } from './refusal';

/** Why a GDAP termination cannot be requested now. */
export type GdapRequestRefusal =
  | 'role'
  | 'unavailable'
  | 'noActive'
  | 'pendingRequest'
  | 'noneChosen'
  | 'choiceStale'
  | 'notConfirmed'
  | 'reasonMissing';

export interface GdapTerminationReport {
  customer: { id: string; name: string; domain: string };
  gdap: GdapLookup;
  /** The active relationships, which can be ended. */
  choices: GdapRelationshipInfo[];
  refusal?: GdapRequestRefusal;
  pendingRequest?: { id: string; requestedBy: string; at: string };
  checkedAt: string;
}

export interface GdapTerminationInput {
  relationshipIds: readonly string[];
  reason: string;
  /** The requester confirms the partner's admin access ends and cannot be restored without the customer. */
  confirmed: boolean;
}

export interface GdapTerminationDependencies {
  workflow: RemovalWorkflow;
  client: PartnerCenterClient;
  directory: CustomerDirectory;
  gdap: GdapSource;
  now?: () => Date;
}

/** The relationships that can be ended: active ones with a Graph id. */
export function endable(lookup: GdapLookup): GdapRelationshipInfo[] {
  return lookup.available ? lookup.relationships.filter((r) => r.id && r.status === 'active') : [];
}

/**
 * The chosen relationships as the request records them, or undefined when a chosen id is not an
 * active relationship of this customer any more (or never was).
 */
export function targetsOf(lookup: GdapLookup, ids: readonly string[]): GdapTarget[] | undefined {
  const choices = endable(lookup);
  const wanted = [...new Set(ids.map((id) => id.toLowerCase()))];
  const targets: GdapTarget[] = [];
  for (const id of wanted) {
    const found = choices.find((r) => r.id?.toLowerCase() === id);
    if (!found?.id) return undefined;
    targets.push({
      id: found.id,
      name: found.name,
      roles: found.roles,
      ...(found.endsAt ? { endsAt: found.endsAt } : {}),
      status: found.status,
    });
  }
  return targets;
}

/** The longest reason kept (as for a removal). */
const MAX_REASON_LENGTH = 500;

export class GdapTerminationService {
  private readonly now: () => Date;

  constructor(private readonly deps: GdapTerminationDependencies) {
    this.now = deps.now ?? (() => new Date());
  }

  async preflight(
    member: Member | undefined,
    customerId: string,
  ): Promise<Outcome<{ report: GdapTerminationReport }>> {
    const notAllowed = refusalWithout(member, 'viewCustomers');
    if (notAllowed) return notAllowed;
    return this.assess(member, customerId);
  }

  async request(
    actor: Actor,
    member: Member | undefined,
    customerId: string,
    input: GdapTerminationInput,
  ): Promise<
    | Outcome<{ request: RemovalRequest }>
    | { ok: false; reason: 'gdapRefused'; why: GdapRequestRefusal; report: GdapTerminationReport }
  > {
    const notAllowed = gdapTerminationRefusal(member);
    if (notAllowed) return notAllowed;
    const assessed = await this.assess(member, customerId);
    if (!assessed.ok) return assessed;
    const { report } = assessed;
    const reason = input.reason.trim().slice(0, MAX_REASON_LENGTH);
    const targets = input.relationshipIds.length ? targetsOf(report.gdap, input.relationshipIds) : [];
    const why: GdapRequestRefusal | undefined =
      report.refusal ??
      (!targets
        ? 'choiceStale'
        : targets.length === 0
          ? 'noneChosen'
          : !input.confirmed
            ? 'notConfirmed'
            : !reason
              ? 'reasonMissing'
              : undefined);
    if (why || !targets) return { ok: false, reason: 'gdapRefused', why: why ?? 'choiceStale', report };
    const request = await this.deps.workflow.submit({
      kind: 'gdap',
      customer: report.customer,
      requestedBy: actor,
      reason,
      attestationVersion: 'gdap-1',
      gdap: targets,
    });
    if (!request) {
      const again = await this.assess(member, customerId);
      return {
        ok: false,
        reason: 'gdapRefused',
        why: 'pendingRequest',
        report: again.ok ? again.report : report,
      };
    }
    return { ok: true, request };
  }

  private async assess(
    member: Member | undefined,
    customerId: string,
  ): Promise<Outcome<{ report: GdapTerminationReport }>> {
    const [customer, gdap, pending] = await Promise.all([
      this.customerOf(customerId),
      this.deps.gdap.relationships(customerId),
      this.deps.workflow.openFor(customerId),
    ]);
    const fromGraph = gdap.relationships.find((r) => r.relationship?.customerName)?.relationship
      ?.customerName;
    const header = customer ?? (fromGraph ? { id: customerId, name: fromGraph, domain: '' } : undefined);
    if (!header) return refuse({ reason: 'notFound' });
    const choices = endable(gdap);
    const refusal: GdapRequestRefusal | undefined = gdapTerminationRefusal(member)
      ? 'role'
      : !gdap.available
        ? 'unavailable'
        : choices.length === 0
          ? 'noActive'
          : pending
            ? 'pendingRequest'
            : undefined;
    return {
      ok: true,
      report: {
        customer: header,
        gdap,
        choices,
        refusal,
        pendingRequest: pending
          ? { id: pending.id, requestedBy: pending.requestedBy.name, at: pending.requestedAt }
          : undefined,
        checkedAt: this.now().toISOString(),
      },
    };
  }

  /** The customer from Partner Center; one without a reseller relationship any more, by the name last known. */
  private async customerOf(customerId: string): Promise<GdapTerminationReport['customer'] | undefined> {
    const read = await readCustomer(this.deps, { correlationId: randomUUID() }, customerId);
    if (read.ok) {
      const { id, name, domain } = customerHeader(read.customer);
      return { id, name, domain };
    }
    if (read.reason === 'customerGone') return { id: customerId, name: read.customerName, domain: '' };
    return undefined;
  }
}
