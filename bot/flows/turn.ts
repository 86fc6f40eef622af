/** Who is acting in a turn, in which language: read from the activity, resolved against the roles file. */
import type { TurnContext } from 'botbuilder';
import { resolveLocale, type Locale } from '../../cards/strings';
import type { Member } from '../../services/access/partnerRoles';
import type { RoleDirectory } from '../../services/access/roleDirectory';
import type { Actor } from '../../services/audit/actor';
import type { DeskServices } from '../../services/deskServices';
import type { Logger } from '../../services/logging/logger';
import type { ChannelRegistry } from '../../services/notifications/channelRegistry';

export interface Turn {
  locale: Locale;
  actor: Actor;
  /** Undefined when the user is not in the roles file. */
  member: Member | undefined;
}

export interface FlowDependencies {
  services: DeskServices;
  roles: RoleDirectory;
  logger: Logger;
  registry: ChannelRegistry;
}

/**
 * The language to answer in: the one the user last typed a command in (kept in their user state, so
 * card clicks answer in it too), else the Teams client's locale.
 */
export function turnOf(context: TurnContext, roles: RoleDirectory, preferred?: Locale): Turn {
  const from = context.activity.from ?? { id: '', name: '' };
  const member = roles.find({ aadObjectId: from.aadObjectId, userId: from.id });
  return {
    locale: preferred ?? resolveLocale(context.activity.locale),
    actor: { name: member?.name ?? from.name ?? from.id, aadObjectId: from.aadObjectId, userId: from.id },
    member,
  };
}
