/**
 * Who may do what, from Partner Center's role model (docs/partner-center.md §10):
 * - view customers: every agent role (Global admin, Admin agent, Sales agent, Helpdesk agent);
 * - invite a customer, fix removal blockers, request a removal: Global admin, Admin agent, Sales agent;
 * - approve a removal: a holder of the approver flag who may also request removals;
 * - Helpdesk agents cannot invite or remove.
 * The partner type adds one rule: an indirect reseller cannot remove a relationship at all (docs/partner-center.md §3),
 * see removalEligibility in services/relationships.
 */

export const PARTNER_ROLES = ['globalAdmin', 'adminAgent', 'salesAgent', 'helpdeskAgent'] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];

export type Permission = 'viewCustomers' | 'invite' | 'remediate' | 'requestRemoval' | 'approveRemoval';

const GRANTS: Record<Exclude<Permission, 'approveRemoval'>, readonly PartnerRole[]> = {
  viewCustomers: PARTNER_ROLES,
  invite: ['globalAdmin', 'adminAgent', 'salesAgent'],
  remediate: ['globalAdmin', 'adminAgent', 'salesAgent'],
  requestRemoval: ['globalAdmin', 'adminAgent', 'salesAgent'],
};

/** A Teams user as the roles file knows them. */
export interface Member {
  /** Entra object id, the preferred identity. */
  aadObjectId?: string;
  /** Teams user id (29:…), the fallback identity. */
  userId?: string;
  name: string;
  roles: PartnerRole[];
  approver: boolean;
}

export function hasPermission(member: Member | undefined, permission: Permission): boolean {
  if (!member) return false;
  if (permission === 'approveRemoval') return member.approver && hasPermission(member, 'requestRemoval');
  return member.roles.some((role) => GRANTS[permission].includes(role));
}

/** The roles that would grant a permission, for telling a user what they lack. */
export function rolesGranting(permission: Permission): readonly PartnerRole[] {
  return permission === 'approveRemoval' ? GRANTS.requestRemoval : GRANTS[permission];
}
