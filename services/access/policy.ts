/**
 * Who may do what: the one home of Reseller Desk's access rules. Services ask it and refuse on their
 * own; bot/ renders what the services answer and holds no rule of its own.
 * - Permissions per Partner Center role (docs/partner-center.md §10): every agent role views
 *   customers and their audit trail (and exports it); Global admin, Admin agent and Sales agent also
 *   invite, fix removal blockers and request removals; Helpdesk agents cannot invite or remove.
 * - The approver flag: approving needs the flag and a role that may request removals.
 * - The partner type: an indirect reseller cannot remove a relationship (§3) and invites new
 *   customers together with its indirect provider (§5).
 * - The order in which a removal is refused, the buttons each person sees on an approval card (the
 *   evidence pack's link included), and the commands the help card offers.
 * - GDAP: who sees the GDAP health report and who may request and approve a GDAP termination.
 */
import type { PartnerProfile } from '../partner-center';
import { sameActor, type Actor } from '../audit/actor';
import type { Decision, RemovalRequest } from '../workflows/removalRequest';
import { PARTNER_ROLES, type Member, type PartnerRole } from './partnerRoles';

/** Every permission, in the order the help and the tests enumerate them. */
export const PERMISSIONS = [
  'viewCustomers',
  'viewAudit',
  'invite',
  'remediate',
  'requestRemoval',
  'approveRemoval',
  'notify',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Record<Exclude<Permission, 'approveRemoval'>, readonly PartnerRole[]> = {
  viewCustomers: PARTNER_ROLES,
  /** `audit <customer>`, `audit export`, the evidence packs' links: every role that views customers. */
  viewAudit: PARTNER_ROLES,
  invite: ['globalAdmin', 'adminAgent', 'salesAgent'],
  remediate: ['globalAdmin', 'adminAgent', 'salesAgent'],
  requestRemoval: ['globalAdmin', 'adminAgent', 'salesAgent'],
  /** `notify here` / `notify off`: the roles that may request removals choose where notices go. */
  notify: ['globalAdmin', 'adminAgent', 'salesAgent'],
};

export function hasPermission(member: Member | undefined, permission: Permission): boolean {
  if (!member) return false;
  if (permission === 'approveRemoval') return member.approver && hasPermission(member, 'requestRemoval');
  return member.roles.some((role) => GRANTS[permission].includes(role));
}

/** The roles that would grant a permission, for telling a user what they lack. */
export function rolesGranting(permission: Permission): readonly PartnerRole[] {
  return permission === 'approveRemoval' ? GRANTS.requestRemoval : GRANTS[permission];
}

/** What a service answers when the acting member lacks a permission (see services/relationships/refusal.ts). */
export interface NotAllowed {
  ok: false;
  reason: 'notAllowed';
  permission: Permission;
}

/** The refusal for a member without `permission`, or undefined when they have it. */
export function refusalWithout(member: Member | undefined, permission: Permission): NotAllowed | undefined {
  return hasPermission(member, permission) ? undefined : { ok: false, reason: 'notAllowed', permission };
}

/** Approve and reject need the approver flag; cancelling is the requester's own (checked on the request). */
export function decisionRefusal(member: Member | undefined, kind: Decision['kind']): NotAllowed | undefined {
  return kind === 'cancel' ? undefined : refusalWithout(member, 'approveRemoval');
}

/**
 * Whose 1:1 chat with the bot is kept, so approval cards and news of their own requests reach them
 * there: members who may request or approve removals.
 */
export function keepsDirectChat(member: Member | undefined): boolean {
  return hasPermission(member, 'requestRemoval') || hasPermission(member, 'approveRemoval');
}

/** An approver may call off a scheduled removal that is not their own, as the requester may. */
export function cancelsAsApprover(member: Member | undefined): boolean {
  return hasPermission(member, 'approveRemoval');
}

/** The partner is an indirect reseller: it cannot remove relationships (§3), it invites with its provider (§5). */
export function isIndirectReseller(profile: Pick<PartnerProfile, 'type'>): boolean {
  return profile.type === 'indirectReseller';
}

/** The buttons next to a customer (picker and details): invite it, start its removal. */
export function customerActions(member: Member | undefined): {
  invite: boolean;
  remove: boolean;
  endGdap: boolean;
} {
  return {
    invite: hasPermission(member, 'invite'),
    remove: hasPermission(member, 'requestRemoval'),
    endGdap: mayRequestGdapTermination(member),
  };
}

export type RemovalRefusal = 'blockers' | 'role' | 'indirectReseller' | 'notReseller' | 'pendingRequest';

/**
 * Why the pre-flight refuses a removal request, first reason first: the role, the partner type (§3),
 * the relationship (only a reseller relationship is removed), an open request, then the blockers (§4).
 */
export function removalRefusal(
  member: Member | undefined,
  profile: Pick<PartnerProfile, 'type'>,
  facts: { relationship: string; pendingRequest: boolean; blockers: number },
): RemovalRefusal | undefined {
  if (!hasPermission(member, 'requestRemoval')) return 'role';
  if (isIndirectReseller(profile)) return 'indirectReseller';
  if (facts.relationship !== 'reseller') return 'notReseller';
  if (facts.pendingRequest) return 'pendingRequest';
  if (facts.blockers > 0) return 'blockers';
  return undefined;
}

/** Who is looking at an approval card. */
export interface Viewer {
  actor: Actor;
  member: Member | undefined;
}

/**
 * The buttons of an approval card for one viewer: the requester may cancel (`requester`), an approver
 * approves or rejects (`approver`, with a note instead when they already approved), anyone else reads.
 */
export interface ApprovalButtons {
  viewer: 'approver' | 'requester' | 'other';
  approverNote?: 'alreadyApproved';
}

export function approvalButtonsFor(viewer: Viewer | undefined, request: RemovalRequest): ApprovalButtons {
  if (!viewer) return { viewer: 'other' };
  if (sameActor(request.requestedBy, viewer.actor)) return { viewer: 'requester' };
  if (!hasPermission(viewer.member, 'approveRemoval')) return { viewer: 'other' };
  const approved = request.approvals.some((approval) => sameActor(approval.by, viewer.actor));
  return approved ? { viewer: 'approver', approverNote: 'alreadyApproved' } : { viewer: 'approver' };
}

/**
 * Whether a card shown to `viewer` carries the link to a request's evidence pack. The link itself is
 * the authorisation (a signed, expiring URL), so it goes only where the audit may be seen: the shared
 * copy in the partner's own channels and chats (no viewer), or a person who may see the audit.
 */
export function evidenceLinkShown(viewer: Viewer | undefined): boolean {
  return !viewer || hasPermission(viewer.member, 'viewAudit');
}

/** The members whose approval cards offer Approve / Reject. */
export function approversAmong(members: readonly Member[]): Member[] {
  return members.filter((member) => hasPermission(member, 'approveRemoval'));
}

/**
 * GDAP health (`gdap`, and the weekly digest in the events channels) shows what the customer card
 * already shows every customer viewer — relationships, end dates, roles — across all customers, so it
 * needs no permission of its own: every role that views customers sees it (Helpdesk agents included,
 * who support customers through GDAP).
 */
export const GDAP_HEALTH_PERMISSION: Permission = 'viewCustomers';

export function seesGdapHealth(member: Member | undefined): boolean {
  return hasPermission(member, GDAP_HEALTH_PERMISSION);
}

/**
 * Terminating a customer's GDAP relationship is a maker-checker action like a removal: the roles that
 * may request a removal request it, and the removal approvers (approver flag and such a role) approve
 * it, never their own request. In Partner Center terminating GDAP is an Admin agent task
 * (docs/graph.md §2): in delegated mode the service account's role matters too.
 */
export function gdapTerminationRefusal(member: Member | undefined): NotAllowed | undefined {
  return refusalWithout(member, 'requestRemoval');
}

export function mayRequestGdapTermination(member: Member | undefined): boolean {
  return !gdapTerminationRefusal(member);
}

/** Who approves a GDAP termination: the removal approvers. */
export function approvesGdapTermination(member: Member | undefined): boolean {
  return hasPermission(member, 'approveRemoval');
}

/** The commands the help card lists, in its order. */
export const DESK_COMMANDS = [
  'help',
  'customers',
  'customer',
  'invite',
  'inviteNew',
  'inviteNewWithProvider',
  'remove',
  'requests',
  'audit',
  'auditExport',
  'gdap',
  'notify',
] as const;
export type DeskCommand = (typeof DESK_COMMANDS)[number];

/**
 * The permission the service behind each command asks for. `remove` opens the pre-flight, which
 * every customer viewer may read (it then says what blocks the request, the role included).
 */
const COMMAND_NEEDS: Record<DeskCommand, Permission | undefined> = {
  help: undefined,
  customers: 'viewCustomers',
  customer: 'viewCustomers',
  invite: 'invite',
  inviteNew: 'invite',
  inviteNewWithProvider: 'invite',
  remove: 'viewCustomers',
  requests: 'viewCustomers',
  audit: 'viewAudit',
  auditExport: 'viewAudit',
  gdap: GDAP_HEALTH_PERMISSION,
  notify: 'notify',
};

/** The permission a command needs (undefined: anyone, even a user not in the roles file). */
export function permissionFor(command: DeskCommand): Permission | undefined {
  return COMMAND_NEEDS[command];
}

/**
 * What the help card offers this member of this partner: every command the partner type has (only
 * indirect resellers invite with a provider, §5), each allowed or needing another role.
 */
export function commandsOffered(
  member: Member | undefined,
  profile: Pick<PartnerProfile, 'type'>,
): { name: DeskCommand; allowed: boolean }[] {
  return DESK_COMMANDS.filter((name) => name !== 'inviteNewWithProvider' || isIndirectReseller(profile)).map(
    (name) => {
      const permission = COMMAND_NEEDS[name];
      return { name, allowed: !permission || hasPermission(member, permission) };
    },
  );
}
