/**
 * The roles file (ROLES_FILE): which Teams users hold which Partner Center roles, and who approves.
 * Users are matched by Entra object id first, then by Teams user id. The file is read once at start;
 * a malformed file stops the bot with a line naming ROLES_FILE.
 *
 * Format:
 *   { "users": [ { "name": "Alex Wilber", "aadObjectId": "…", "userId": "29:…",
 *                  "roles": ["salesAgent"], "approver": false } ] }
 */
import { z } from 'zod';
import { PARTNER_ROLES, type Member } from './partnerRoles';

const memberSchema = z
  .object({
    name: z.string().trim().min(1),
    aadObjectId: z.string().trim().min(1).optional(),
    userId: z.string().trim().min(1).optional(),
    roles: z.array(z.enum(PARTNER_ROLES)).min(1),
    approver: z.boolean().default(false),
  })
  .strict()
  .refine((member) => member.aadObjectId || member.userId, { message: 'needs an aadObjectId or a userId' });

export const rolesFileSchema = z.object({ users: z.array(memberSchema) }).strict();

export interface TeamsIdentity {
  aadObjectId?: string;
  userId?: string;
}

export class RoleDirectory {
  private readonly byAad = new Map<string, Member>();
  private readonly byUserId = new Map<string, Member>();

  constructor(readonly members: readonly Member[]) {
    for (const member of members) {
      if (member.aadObjectId) this.byAad.set(member.aadObjectId.toLowerCase(), member);
      if (member.userId) this.byUserId.set(member.userId, member);
    }
  }

  /** Parses a roles file's JSON; throws an Error whose message says what is wrong, and where. */
  static fromJson(json: unknown): RoleDirectory {
    const parsed = rolesFileSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue.path.length > 0 ? issue.path.join('.') : 'the file';
      throw new Error(`${where}: ${issue.message}`);
    }
    const seen = new Set<string>();
    for (const member of parsed.data.users) {
      for (const id of [member.aadObjectId?.toLowerCase(), member.userId]) {
        if (!id) continue;
        if (seen.has(id)) throw new Error(`users: ${id} is listed twice`);
        seen.add(id);
      }
    }
    return new RoleDirectory(parsed.data.users);
  }

  find(identity: TeamsIdentity): Member | undefined {
    const byAad = identity.aadObjectId ? this.byAad.get(identity.aadObjectId.toLowerCase()) : undefined;
    return byAad ?? (identity.userId ? this.byUserId.get(identity.userId) : undefined);
  }
}
