/** The help card: what this user can do with their role, in their language. */
import type { AdaptiveCardJson } from '../../cards/cardTemplate';
import { buildHelpCard } from '../../cards/helpCard';
import type { CommandName } from '../../cards/views';
import { hasPermission, type Permission } from '../../services/access/partnerRoles';
import { invitesWithProvider, type PartnerContext } from '../../services/relationships/partnerContext';
import { usageOf } from '../commands/commandCatalog';
import type { Turn } from './turn';

const NEEDS: Record<CommandName, Permission | undefined> = {
  help: undefined,
  customers: 'viewCustomers',
  customer: 'viewCustomers',
  invite: 'invite',
  inviteNew: 'invite',
  inviteNewWithProvider: 'invite',
  remove: 'requestRemoval',
  requests: 'viewCustomers',
  audit: 'viewCustomers',
  notify: 'requestRemoval',
};

export function helpCard(turn: Turn, partner: PartnerContext, unknownInput?: string): AdaptiveCardJson {
  const names = (Object.keys(NEEDS) as CommandName[]).filter(
    // Only indirect resellers invite together with a provider (docs/partner-center.md §5).
    (name) => name !== 'inviteNewWithProvider' || invitesWithProvider(partner),
  );
  return buildHelpCard({
    locale: turn.locale,
    user: {
      name: turn.actor.name,
      roles: turn.member?.roles ?? [],
      approver: turn.member?.approver ?? false,
    },
    commands: names.map((name) => {
      const permission = NEEDS[name];
      return {
        name,
        usage: usageOf(name, turn.locale),
        allowed: !permission || hasPermission(turn.member, permission),
      };
    }),
    unknownInput,
  });
}
