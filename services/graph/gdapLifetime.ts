/**
 * How long a GDAP relationship lasts, by Microsoft's rules (docs/graph.md §9):
 * - `autoExtendDuration` `P180D` extends an active relationship by six months when it reaches its end
 *   date; `PT0S` (the default) or `P0D` lets it expire at `endDateTime` (resource delegatedAdminRelationship);
 * - a relationship holding the Microsoft Entra Global Administrator role is not auto-extended (Partner
 *   Center, "Expiring granular relationships and auto-extend GDAP": "Don't autoextend GDAP with Global
 *   Administrator"): it ends at its end date, whatever its `autoExtendDuration` says;
 * - Partner Center's own view of expiring relationships looks 30 days ahead (same page), and so does
 *   Reseller Desk's "ends soon".
 */
import { GLOBAL_ADMINISTRATOR_ROLE_ID } from './entraRoles';
import type { GdapRelationship } from './model/gdapRelationship';

/** Days ahead in which an active relationship "ends soon". */
export const ENDS_SOON_DAYS = 30;
const DAY_MS = 86_400_000;

/**
 * `extends`: auto-extension is on (a non-zero `autoExtendDuration`); `off`: it expires at its end
 * date; `notPossible`: it holds Global Administrator, which Microsoft does not auto-extend.
 */
export type GdapAutoExtend = 'extends' | 'off' | 'notPossible';

/** Whether the relationship grants the Global Administrator role. */
export function holdsGlobalAdministrator(relationship: Pick<GdapRelationship, 'roles'>): boolean {
  return relationship.roles.some(
    (role) => role.roleDefinitionId.toLowerCase() === GLOBAL_ADMINISTRATOR_ROLE_ID,
  );
}

/** A zero ISO 8601 duration (`PT0S`, `P0D`, `P0Y`…): no digit other than 0. */
function isZeroDuration(duration: string): boolean {
  return !/[1-9]/.test(duration);
}

export function autoExtendOf(
  relationship: Pick<GdapRelationship, 'roles' | 'autoExtendDuration'>,
): GdapAutoExtend {
  if (holdsGlobalAdministrator(relationship)) return 'notPossible';
  const duration = relationship.autoExtendDuration;
  return duration && !isZeroDuration(duration) ? 'extends' : 'off';
}

/** Active, and its end date is from now to `ENDS_SOON_DAYS` days ahead. */
export function endsSoon(
  relationship: Pick<GdapRelationship, 'status' | 'endDateTime'>,
  now: Date,
  days = ENDS_SOON_DAYS,
): boolean {
  if (relationship.status !== 'active' || !relationship.endDateTime) return false;
  const end = Date.parse(relationship.endDateTime);
  if (Number.isNaN(end)) return false;
  return end >= now.getTime() && end <= now.getTime() + days * DAY_MS;
}
