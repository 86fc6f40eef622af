/**
 * GDAP relationships of a customer, shown for information: removing the reseller relationship does not
 * remove them (docs/partner-center.md §10). They live in Microsoft Graph, not Partner Center, and are
 * read through the one Graph client (services/graph/): against the sandbox's Graph routes, or in live
 * mode against Microsoft Graph when GRAPH_AUTH is set (docs/graph.md). Live mode without it has no
 * Graph access and says so.
 */
import { randomUUID } from 'node:crypto';
import { entraRoleName, namedRole, type NamedRole } from '../graph/entraRoles';
import { autoExtendOf, type GdapAutoExtend } from '../graph/gdapLifetime';
import type { GdapClient } from '../graph/gdapClient';
import type { GdapRelationship } from '../graph/model/gdapRelationship';
import type { Logger } from '../logging/logger';
import { failureOf, type PartnerCenterFailure } from '../partner-center/failure';

export interface GdapRelationshipInfo {
  /** Graph's id of the relationship. */
  id?: string;
  name: string;
  status: string;
  endsAt?: string;
  /** Microsoft's English names of the roles, or the template id of a role Reseller Desk does not know. */
  roles: string[];
  /** The roles with their keys, for names in the user's language. */
  roleNames: NamedRole[];
  /** Extends itself, expires at its end date, or cannot auto-extend (Global Administrator). */
  autoExtend: GdapAutoExtend;
  /** Active and ending within 30 days; set by the customer details (which know the time). */
  endsSoon?: boolean;
  /** The whole relationship: roles by template id and key, dates, auto-extension. */
  relationship?: GdapRelationship;
}

export interface GdapLookup {
  available: boolean;
  relationships: GdapRelationshipInfo[];
  /** Why Graph could not be read (code, message, request id), when it answered or failed. */
  failure?: PartnerCenterFailure;
}

export interface GdapSource {
  relationships(customerId: string): Promise<GdapLookup>;
}

/** Live mode without GRAPH_AUTH. */
export const unavailableGdap: GdapSource = {
  relationships: () => Promise.resolve({ available: false, relationships: [] }),
};

export function gdapInfoOf(relationship: GdapRelationship): GdapRelationshipInfo {
  return {
    id: relationship.id,
    name: relationship.displayName,
    status: relationship.status,
    endsAt: relationship.endDateTime,
    roles: relationship.roles.map((role) => entraRoleName(role.roleDefinitionId)),
    roleNames: relationship.roles.map((role) => namedRole(role.roleDefinitionId)),
    autoExtend: autoExtendOf(relationship),
    relationship,
  };
}

/**
 * What Microsoft Graph answered when a GDAP read failed, logged once with the correlation id: Graph's
 * code, message (or the sign-in error, an AADSTS code) and request id — never a token or the secret.
 * Undefined when the error is not a service failure (then its message is logged).
 */
export function graphFailureLogged(
  logger: Logger,
  correlationId: string,
  error: unknown,
  message: string,
): PartnerCenterFailure | undefined {
  let failure: PartnerCenterFailure | undefined;
  try {
    failure = failureOf(error);
  } catch {
    failure = undefined;
  }
  logger.warn(
    {
      correlationId,
      code: failure?.code,
      description: failure?.description,
      requestId: failure?.requestId,
      reason: failure ? undefined : (error as Error).message,
    },
    message,
  );
  return failure;
}

/** A customer's relationships through the Graph client; a failure makes the lookup unavailable. */
export function graphGdap(client: GdapClient, logger: Logger): GdapSource {
  return {
    async relationships(customerId) {
      const correlationId = randomUUID();
      try {
        const found = await client.customerRelationships({ correlationId }, customerId);
        return { available: true, relationships: found.map(gdapInfoOf) };
      } catch (error) {
        const failure = graphFailureLogged(
          logger,
          correlationId,
          error,
          'GDAP relationships could not be read from Microsoft Graph',
        );
        return { available: false, relationships: [], ...(failure ? { failure } : {}) };
      }
    },
  };
}
