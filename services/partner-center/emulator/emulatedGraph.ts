/**
 * The Microsoft Graph GDAP endpoints the sandbox plays (docs/graph.md §6), independent of HTTP: the
 * customers' delegatedAdminRelationships from the tenant fixture, in Microsoft's documented shapes,
 * paged with `@odata.nextLink` and a `$skiptoken`, and the terminate request, whose effect is kept in
 * the overlay (it survives a restart).
 *
 * GDAP is independent of the reseller relationship: a customer whose reseller relationship was
 * removed keeps its relationships here.
 *
 * After a terminate, the relationship reads `terminationRequested`, then `terminating` once half of
 * `terminationDelayMs` has passed, then `terminated` (its `endDateTime` the moment it ended, no more
 * auto-extension); with a delay of 0 the next read already says `terminated`. Its access assignments
 * read `deleting`, then `deleted`. The request reads `created` in the POST's answer, `pending`, then
 * `succeeded`.
 */
import { randomUUID } from 'node:crypto';
import { sortKey, type CustomerIndex } from './customerIndex';
import { ok } from './emulatorResult';
import type { EmulatorResult } from './emulatorResult';
import { graphError, graphPage, parseGdapFilter } from './graphCollection';
import type {
  SandboxCustomer,
  SandboxGdapAccessAssignment,
  SandboxGdapRelationship,
  SandboxTenant,
} from './fixture/sandboxTenant';
import type { TenantOverlay } from './tenantOverlay';

export const DEFAULT_TERMINATION_DELAY_MS = 2_000;

interface Found {
  customer: SandboxCustomer;
  relationship: SandboxGdapRelationship;
}

type Status = SandboxGdapRelationship['status'];

function etag(...parts: string[]): string {
  return `W/"${Buffer.from(JSON.stringify(parts)).toString('base64')}"`;
}

export class EmulatedGraph {
  private readonly byId = new Map<string, Found>();
  /** The customers that have relationships, in company-name order (a generated tenant's have none). */
  private readonly withRelationships: SandboxCustomer[];

  constructor(
    tenant: SandboxTenant,
    private readonly index: CustomerIndex,
    private readonly overlay: TenantOverlay,
    private readonly now: () => Date,
    private readonly terminationDelayMs = DEFAULT_TERMINATION_DELAY_MS,
  ) {
    for (const customer of tenant.customers) {
      for (const relationship of customer.gdapRelationships) {
        this.byId.set(relationship.id.toLowerCase(), { customer, relationship });
      }
    }
    this.withRelationships = tenant.customers
      .filter((customer) => customer.gdapRelationships.length > 0)
      .map((customer) => ({ customer, key: sortKey('companyName', customer) }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map(({ customer }) => customer);
  }

  /** GET /tenantRelationships/delegatedAdminRelationships */
  listRelationships(base: string, query: URLSearchParams): EmulatorResult {
    const clauses = query.has('$filter') ? parseGdapFilter(query.get('$filter') ?? '') : [];
    if (!clauses) {
      return graphError(
        400,
        'invalidRequest',
        `The sandbox cannot apply this $filter: ${query.get('$filter')}`,
      );
    }
    const tenantIds = clauses.filter((c) => c.field === 'customer/tenantId').map((c) => c.value);
    const statuses = clauses.filter((c) => c.field === 'status').map((c) => c.value);
    let customers: SandboxCustomer[];
    if (tenantIds.length) {
      const unique = new Set(tenantIds.map((id) => id.toLowerCase()));
      const customer = unique.size === 1 ? this.index.get(tenantIds[0]) : undefined;
      customers = customer ? [customer] : [];
    } else {
      customers = this.withRelationships;
    }
    const items = customers
      .flatMap((customer) => customer.gdapRelationships.map((relationship) => ({ customer, relationship })))
      .map((found) => this.relationshipResource(found))
      .filter((resource) => statuses.every((status) => resource.status === status));
    return graphPage(base, '/tenantRelationships/delegatedAdminRelationships', query, items, {
      context: `${base}/tenantRelationships/$metadata#delegatedAdminRelationships`,
    });
  }

  /** GET /tenantRelationships/delegatedAdminRelationships/{id} */
  getRelationship(base: string, id: string): EmulatorResult {
    const found = this.byId.get(id.toLowerCase());
    if (!found) return notFound(id);
    const { '@odata.type': type, ...rest } = this.relationshipResource(found);
    return ok({
      '@odata.type': type,
      '@odata.context': `${base}/tenantRelationships/$metadata#delegatedAdminRelationships/$entity`,
      ...rest,
    });
  }

  /** GET /tenantRelationships/delegatedAdminRelationships/{id}/accessAssignments */
  listAccessAssignments(base: string, id: string, query: URLSearchParams): EmulatorResult {
    const found = this.byId.get(id.toLowerCase());
    if (!found) return notFound(id);
    const status = this.assignmentStatus(found.relationship);
    const items = found.relationship.accessAssignments.map((assignment) =>
      this.assignmentResource(found.relationship, assignment, status),
    );
    return graphPage(
      base,
      `/tenantRelationships/delegatedAdminRelationships/${encodeURIComponent(found.relationship.id)}/accessAssignments`,
      query,
      items,
      { context: `${base}/tenantRelationships/$metadata#accessAssignments` },
    );
  }

  /** POST /tenantRelationships/delegatedAdminRelationships/{id}/requests */
  async createRequest(base: string, id: string, body: unknown): Promise<EmulatorResult> {
    const found = this.byId.get(id.toLowerCase());
    if (!found) return notFound(id);
    const action = body && typeof body === 'object' ? (body as { action?: unknown }).action : undefined;
    if (typeof action !== 'string') {
      return graphError(400, 'invalidRequest', 'The request body must name an action.');
    }
    if (action !== 'terminate') {
      return graphError(
        400,
        'notAllowed',
        `The sandbox plays the terminate action only (got ${JSON.stringify(action)}).`,
      );
    }
    const status = this.status(found.relationship);
    if (status !== 'active') {
      // Assumption (docs/graph.md §5): Microsoft documents terminate for active relationships only.
      return graphError(
        400,
        'notAllowed',
        `Only an active relationship can be terminated; this one is ${status}.`,
      );
    }
    const requestedAt = this.now().toISOString();
    const requestId = randomUUID();
    await this.overlay.setGdapTermination(found.relationship.id, { requestId, requestedAt });
    const relationshipPath = `${base}/tenantRelationships/delegatedAdminRelationships/${encodeURIComponent(found.relationship.id)}`;
    return {
      status: 201,
      headers: { Location: `${relationshipPath}/requests/${requestId}` },
      body: {
        '@odata.type': '#microsoft.graph.delegatedAdminRelationshipRequest',
        '@odata.context': `${base}/tenantRelationships/$metadata#requests`,
        id: requestId,
        action: 'terminate',
        status: 'created',
        createdDateTime: requestedAt,
        lastModifiedDateTime: requestedAt,
      },
    };
  }

  /** GET /tenantRelationships/delegatedAdminRelationships/{id}/requests/{requestId} */
  getRequest(base: string, id: string, requestId: string): EmulatorResult {
    const found = this.byId.get(id.toLowerCase());
    const termination = found && this.overlay.gdapTermination(found.relationship.id);
    if (!found || !termination || termination.requestId.toLowerCase() !== requestId.toLowerCase()) {
      return notFound(requestId);
    }
    const done = this.elapsed(termination.requestedAt) >= this.terminationDelayMs;
    return ok({
      '@odata.type': '#microsoft.graph.delegatedAdminRelationshipRequest',
      '@odata.context': `${base}/tenantRelationships/$metadata#requests/$entity`,
      id: termination.requestId,
      action: 'terminate',
      status: done ? 'succeeded' : 'pending',
      createdDateTime: termination.requestedAt,
      lastModifiedDateTime: done ? this.endedAt(termination.requestedAt) : termination.requestedAt,
    });
  }

  // ---- Views ----------------------------------------------------------------------------------

  private elapsed(since: string): number {
    return this.now().getTime() - Date.parse(since);
  }

  private endedAt(requestedAt: string): string {
    return new Date(Date.parse(requestedAt) + this.terminationDelayMs).toISOString();
  }

  private status(relationship: SandboxGdapRelationship): Status {
    const termination = this.overlay.gdapTermination(relationship.id);
    if (!termination) return relationship.status;
    const elapsed = this.elapsed(termination.requestedAt);
    if (elapsed >= this.terminationDelayMs) return 'terminated';
    return elapsed >= this.terminationDelayMs / 2 ? 'terminating' : 'terminationRequested';
  }

  private assignmentStatus(relationship: SandboxGdapRelationship): 'deleting' | 'deleted' | undefined {
    const status = this.status(relationship);
    if (status === 'terminated') return 'deleted';
    return status === 'terminating' || status === 'terminationRequested' ? 'deleting' : undefined;
  }

  private relationshipResource({ customer, relationship }: Found) {
    const termination = this.overlay.gdapTermination(relationship.id);
    const status = this.status(relationship);
    const created =
      relationship.createdDateTime ?? relationship.activatedDateTime ?? this.now().toISOString();
    let lastModified = relationship.activatedDateTime ?? created;
    let endDateTime = relationship.endDateTime ?? null;
    let autoExtendDuration: string = relationship.autoExtendDuration;
    if (termination) {
      lastModified = termination.requestedAt;
      if (status === 'terminated') {
        // The documented terminated example: endDateTime is when it ended, no auto-extension.
        endDateTime = this.endedAt(termination.requestedAt);
        lastModified = endDateTime;
        autoExtendDuration = 'PT0S';
      }
    }
    return {
      '@odata.type': '#microsoft.graph.delegatedAdminRelationship',
      '@odata.etag': etag(relationship.id, lastModified),
      id: relationship.id,
      displayName: relationship.displayName,
      duration: relationship.duration,
      customer: {
        tenantId: customer.companyProfile.tenantId,
        displayName: customer.companyProfile.companyName,
      },
      accessDetails: { unifiedRoles: relationship.roles.map((roleDefinitionId) => ({ roleDefinitionId })) },
      status,
      autoExtendDuration,
      createdDateTime: created,
      lastModifiedDateTime: lastModified,
      activatedDateTime: relationship.activatedDateTime ?? null,
      endDateTime,
    };
  }

  private assignmentResource(
    relationship: SandboxGdapRelationship,
    assignment: SandboxGdapAccessAssignment,
    ended: 'deleting' | 'deleted' | undefined,
  ) {
    const created = assignment.createdDateTime ?? relationship.activatedDateTime ?? this.now().toISOString();
    const termination = this.overlay.gdapTermination(relationship.id);
    const lastModified = termination ? termination.requestedAt : created;
    return {
      '@odata.type': '#microsoft.graph.delegatedAdminAccessAssignment',
      '@odata.etag': etag(assignment.id, lastModified),
      id: assignment.id,
      status: ended ?? assignment.status,
      createdDateTime: created,
      lastModifiedDateTime: lastModified,
      accessContainer: {
        accessContainerId: assignment.securityGroupId,
        accessContainerType: 'securityGroup',
      },
      accessDetails: { unifiedRoles: assignment.roles.map((roleDefinitionId) => ({ roleDefinitionId })) },
    };
  }
}

function notFound(id: string): EmulatorResult {
  // Assumption: Microsoft documents no code for an unknown relationship; `itemNotFound` is the errors page's.
  return graphError(404, 'itemNotFound', `No delegated admin relationship or request with id ${id}.`);
}
