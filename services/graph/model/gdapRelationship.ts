/**
 * A customer's GDAP relationship as Reseller Desk models it, from Graph's resources
 * (./graphResources.ts): what it is called, where it stands, when it started and ends, whether it
 * extends itself, which Entra roles it grants, and (when read) the security groups those roles are
 * assigned to. Roles are template ids with the built-in role they name as a key (services/graph/
 * entraRoles.ts); cards turn keys into words.
 */
import { entraRoleOf, type EntraRoleKey } from '../entraRoles';
import type {
  AccessAssignmentStatus,
  DelegatedAdminAccessAssignmentResource,
  DelegatedAdminRelationshipResource,
  GdapStatus,
} from './graphResources';

export interface GdapRole {
  /** The role's template id, as Graph sends it. */
  roleDefinitionId: string;
  /** The built-in role it names, when Reseller Desk knows it. */
  role?: EntraRoleKey;
}

export interface GdapAccessAssignment {
  id: string;
  status: AccessAssignmentStatus;
  /** The partner-tenant security group whose members get the roles (`accessContainerId`). */
  securityGroupId?: string;
  /** `securityGroup` in every documented case. */
  containerType?: string;
  roles: GdapRole[];
}

export interface GdapRelationship {
  /** Two GUIDs joined by a hyphen in Microsoft's examples: not validated as one GUID. */
  id: string;
  displayName: string;
  status: GdapStatus;
  customerTenantId?: string;
  customerName?: string;
  /** ISO 8601 duration, `P1D` to `P2Y` (e.g. `P730D`). */
  duration?: string;
  /** `PT0S` or `P0D`: no extension; `P180D`: extends itself by six months at the end. */
  autoExtendDuration?: string;
  createdDateTime?: string;
  /** Null until the relationship is active. */
  activatedDateTime?: string;
  /** When it ends (or ended: the time of termination or expiry). */
  endDateTime?: string;
  roles: GdapRole[];
  /** An indirect provider's relationship for one of its resellers (`resellerDelegatedAdminRelationship`). */
  reseller: boolean;
  /** Read only when asked for (one more call per relationship). */
  accessAssignments?: GdapAccessAssignment[];
}

/** The statuses in which a terminate has been asked for or is done: never asked again. */
export const TERMINATING_STATUSES: ReadonlySet<GdapStatus> = new Set([
  'terminationRequested',
  'terminating',
  'terminated',
]);

function roles(details: { unifiedRoles?: { roleDefinitionId: string }[] | null } | null | undefined) {
  return (details?.unifiedRoles ?? []).map(({ roleDefinitionId }): GdapRole => {
    const role = entraRoleOf(roleDefinitionId);
    return role ? { roleDefinitionId, role } : { roleDefinitionId };
  });
}

function optional(value: string | null | undefined): string | undefined {
  return value === null || value === undefined || value === '' ? undefined : value;
}

export function gdapRelationshipOf(resource: DelegatedAdminRelationshipResource): GdapRelationship {
  return {
    id: resource.id,
    displayName: resource.displayName ?? resource.id,
    status: resource.status,
    customerTenantId: optional(resource.customer?.tenantId),
    customerName: optional(resource.customer?.displayName),
    duration: optional(resource.duration),
    autoExtendDuration: optional(resource.autoExtendDuration),
    createdDateTime: optional(resource.createdDateTime),
    activatedDateTime: optional(resource.activatedDateTime),
    endDateTime: optional(resource.endDateTime),
    roles: roles(resource.accessDetails),
    reseller: resource['@odata.type'] === '#microsoft.graph.resellerDelegatedAdminRelationship',
  };
}

export function gdapAccessAssignmentOf(
  resource: DelegatedAdminAccessAssignmentResource,
): GdapAccessAssignment {
  return {
    id: resource.id,
    status: resource.status,
    securityGroupId: optional(resource.accessContainer?.accessContainerId),
    containerType: optional(resource.accessContainer?.accessContainerType),
    roles: roles(resource.accessDetails),
  };
}
