/**
 * The Partner Center agent roles (docs/partner-center.md §10) and a Teams user as the roles file knows
 * them. What each role may do is decided in services/access/policy.ts.
 */

export const PARTNER_ROLES = ['globalAdmin', 'adminAgent', 'salesAgent', 'helpdeskAgent'] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];

/** A Teams user as the roles file knows them. */
export interface Member {
  /** Entra object id, the preferred identity. */
  aadObjectId?: string;
  /** Teams user id (29:…), the fallback identity. */
  userId?: string;
  name: string;
  roles: PartnerRole[];
  /** Holds the approver flag (approving also needs a role that may remove: see policy.ts). */
  approver: boolean;
}
