/**
 * The GDAP calls Reseller Desk makes to Microsoft Graph (docs/graph.md §1), one method each, over
 * GraphHttp; the same code against graph.microsoft.com and the sandbox.
 *
 * - A customer's relationships: `GET /tenantRelationships/delegatedAdminRelationships?$filter=
 *   customer/tenantId eq '{id}'`. The list page documents `$filter` but names no filterable property,
 *   so the answer is filtered here too, and a filter the service refuses (400) is dropped for a full
 *   listing filtered here (**Assumption**, docs/graph.md §1).
 * - Every relationship of the partner, once, following every page (`$top` 300, the most the list page
 *   allows): what the GDAP health report reads (⌈N / 300⌉ requests for N relationships).
 * - One relationship; its access assignments (security groups and roles), paged.
 * - Terminate: `POST …/{id}/requests` `{"action":"terminate"}` (201, a request whose status is
 *   `created`). Graph documents no idempotency for it, so the client makes it so: it reads the
 *   relationship first and sends nothing when a terminate is already under way or done; it sends only
 *   for an `active` relationship; before any retry, and after a refusal, it reads again, and a
 *   relationship found terminating means the first request went through (docs/graph.md §5).
 */
import type { z } from 'zod';
import { GraphRequestRejectedError } from './graphErrors';
import { GraphHttp } from './graphHttp';
import type { GraphCallContext, GraphHttpOptions } from './graphHttp';
import {
  delegatedAdminAccessAssignmentSchema,
  delegatedAdminRelationshipRequestSchema,
  delegatedAdminRelationshipSchema,
} from './model/graphResources';
import type { DelegatedAdminRelationshipRequestResource } from './model/graphResources';
import { TERMINATING_STATUSES, gdapAccessAssignmentOf, gdapRelationshipOf } from './model/gdapRelationship';
import type { GdapAccessAssignment, GdapRelationship } from './model/gdapRelationship';

const RELATIONSHIPS = '/tenantRelationships/delegatedAdminRelationships';

export interface CustomerRelationshipsQuery {
  /** Also read each relationship's access assignments (one more call per relationship). */
  accessAssignments?: boolean;
  /** `$top`, at most 300 (the list page); default: the service's page size. */
  pageSize?: number;
}

/** What a terminate did. `request` is Graph's answer to the POST, when one was sent and answered. */
export type TerminateOutcome =
  | {
      kind: 'requested';
      request?: DelegatedAdminRelationshipRequestResource;
      relationship?: GdapRelationship;
    }
  | { kind: 'alreadyRequested'; relationship: GdapRelationship }
  | { kind: 'notActive'; relationship: GdapRelationship };

export interface GdapClient {
  /** The relationships whose customer is this tenant, every page. */
  customerRelationships(
    context: GraphCallContext,
    customerTenantId: string,
    query?: CustomerRelationshipsQuery,
  ): Promise<GdapRelationship[]>;
  /** Every relationship of the partner, every page, in Graph's order. */
  allRelationships(context: GraphCallContext, query?: { pageSize?: number }): Promise<GdapRelationship[]>;
  relationship(context: GraphCallContext, relationshipId: string): Promise<GdapRelationship>;
  accessAssignments(context: GraphCallContext, relationshipId: string): Promise<GdapAccessAssignment[]>;
  /** Idempotent: a second call, or a retry after a lost answer, sends no second request. */
  terminate(context: GraphCallContext, relationshipId: string): Promise<TerminateOutcome>;
}

/** An OData string literal: single quotes doubled. */
function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** `$top`: 1 to 300 (the list page's maximum). */
function pageSizeOf(pageSize: number): string {
  return String(Math.min(300, Math.max(1, Math.trunc(pageSize))));
}

/** Graph's answer to the POST, or (before a retry) the relationship found already terminating. */
interface Posted {
  request?: DelegatedAdminRelationshipRequestResource;
  found?: GdapRelationship;
}
const posted: z.ZodType<Posted, z.ZodTypeDef, unknown> = delegatedAdminRelationshipRequestSchema.transform(
  (request): Posted => ({ request }),
);

export class HttpGdapClient implements GdapClient {
  private readonly http: GraphHttp;

  constructor(private readonly options: GraphHttpOptions) {
    this.http = new GraphHttp(options);
  }

  async customerRelationships(
    context: GraphCallContext,
    customerTenantId: string,
    query: CustomerRelationshipsQuery = {},
  ): Promise<GdapRelationship[]> {
    const params = new URLSearchParams();
    params.set('$filter', `customer/tenantId eq ${odataString(customerTenantId)}`);
    if (query.pageSize) params.set('$top', pageSizeOf(query.pageSize));
    let found: GdapRelationship[];
    try {
      found = await this.list(context, `${RELATIONSHIPS}?${params.toString()}`);
    } catch (error) {
      if (!(error instanceof GraphRequestRejectedError) || error.status !== 400) throw error;
      this.options.logger.warn(
        { code: error.code, requestId: error.requestId },
        'Microsoft Graph refused the customer filter; listing every relationship and filtering here',
      );
      params.delete('$filter');
      const search = params.toString();
      found = await this.list(context, `${RELATIONSHIPS}${search ? `?${search}` : ''}`);
    }
    const wanted = customerTenantId.toLowerCase();
    const relationships = found.filter((r) => r.customerTenantId?.toLowerCase() === wanted);
    if (query.accessAssignments) {
      for (const relationship of relationships) {
        relationship.accessAssignments = await this.accessAssignments(context, relationship.id);
      }
    }
    return relationships;
  }

  async allRelationships(
    context: GraphCallContext,
    query: { pageSize?: number } = {},
  ): Promise<GdapRelationship[]> {
    return this.list(context, `${RELATIONSHIPS}?$top=${pageSizeOf(query.pageSize ?? 300)}`);
  }

  async relationship(context: GraphCallContext, relationshipId: string): Promise<GdapRelationship> {
    const resource = await this.http.send(
      context,
      {
        operation: 'get GDAP relationship',
        method: 'GET',
        path: `${RELATIONSHIPS}/${encodeURIComponent(relationshipId)}`,
      },
      delegatedAdminRelationshipSchema,
    );
    return gdapRelationshipOf(resource);
  }

  async accessAssignments(
    context: GraphCallContext,
    relationshipId: string,
  ): Promise<GdapAccessAssignment[]> {
    const out: GdapAccessAssignment[] = [];
    for await (const page of this.http.pages(
      context,
      'list GDAP access assignments',
      `${RELATIONSHIPS}/${encodeURIComponent(relationshipId)}/accessAssignments`,
      delegatedAdminAccessAssignmentSchema,
    )) {
      out.push(...page.map(gdapAccessAssignmentOf));
    }
    return out;
  }

  async terminate(context: GraphCallContext, relationshipId: string): Promise<TerminateOutcome> {
    const before = await this.relationship(context, relationshipId);
    if (TERMINATING_STATUSES.has(before.status)) return { kind: 'alreadyRequested', relationship: before };
    if (before.status !== 'active') return { kind: 'notActive', relationship: before };
    const alreadyTerminating = async (): Promise<Posted | undefined> => {
      const now = await this.relationship(context, relationshipId);
      return TERMINATING_STATUSES.has(now.status) ? { found: now } : undefined;
    };
    let answer: Posted;
    try {
      answer = await this.http.send(
        context,
        {
          operation: 'terminate GDAP relationship',
          method: 'POST',
          path: `${RELATIONSHIPS}/${encodeURIComponent(relationshipId)}/requests`,
          body: { action: 'terminate' },
          beforeRetry: alreadyTerminating,
        },
        posted,
      );
    } catch (error) {
      // Refused: if an earlier request (whose answer was lost) went through, the work is done.
      if (error instanceof GraphRequestRejectedError) {
        const found = await alreadyTerminating();
        if (found?.found) return { kind: 'alreadyRequested', relationship: found.found };
      }
      throw error;
    }
    // A retry found our earlier request applied (its answer was lost): requested, request unknown.
    if (answer.found) return { kind: 'requested', relationship: answer.found };
    // Report what Graph now says, not what we expect; the request stands even if this read fails.
    const after = await this.relationship(context, relationshipId).catch(() => undefined);
    return { kind: 'requested', request: answer.request, relationship: after };
  }

  private async list(context: GraphCallContext, path: string): Promise<GdapRelationship[]> {
    const out: GdapRelationship[] = [];
    for await (const page of this.http.pages(
      context,
      'list GDAP relationships',
      path,
      delegatedAdminRelationshipSchema,
    )) {
      out.push(...page.map(gdapRelationshipOf));
    }
    return out;
  }
}

export function createGdapClient(options: GraphHttpOptions): GdapClient {
  return new HttpGdapClient(options);
}
