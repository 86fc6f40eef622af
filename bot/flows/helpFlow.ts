/** The help card: what this user can do, as services/access/policy.ts decides it, in their language. */
import type { AdaptiveCardJson } from '../../cards/cardTemplate';
import { buildHelpCard } from '../../cards/helpCard';
import { commandsOffered } from '../../services/access/policy';
import type { PartnerContext } from '../../services/relationships/partnerContext';
import { usageOf } from '../commands/commandCatalog';
import type { Turn } from './turn';

export function helpCard(turn: Turn, partner: PartnerContext, unknownInput?: string): AdaptiveCardJson {
  return buildHelpCard({
    locale: turn.locale,
    user: {
      name: turn.actor.name,
      roles: turn.member?.roles ?? [],
      approver: turn.member?.approver ?? false,
    },
    commands: commandsOffered(turn.member, partner.profile).map(({ name, allowed }) => ({
      name,
      usage: usageOf(name, turn.locale),
      allowed,
    })),
    unknownInput,
  });
}
