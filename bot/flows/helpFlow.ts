/**
 * The help card: what this user can do, as services/access/policy.ts decides it, in their language;
 * and for a word close to a command, a short "Did you mean …?" card instead.
 */
import type { AdaptiveCardJson } from '../../cards/cardTemplate';
import { buildDidYouMeanCard } from '../../cards/didYouMeanCard';
import { buildHelpCard } from '../../cards/helpCard';
import { commandsOffered } from '../../services/access/policy';
import type { PartnerContext } from '../../services/relationships/partnerContext';
import { closestCommandWords } from '../commands/closestCommands';
import { commandWord, usageOf } from '../commands/commandCatalog';
import type { FlowDependencies, Turn } from './turn';

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

/** Text that is not a command: "Did you mean …?" when command words are close, else the help card. */
export function unknownCommand(deps: FlowDependencies, turn: Turn, typed: string): AdaptiveCardJson {
  const [first = '', ...rest] = typed.split(' ');
  const words = closestCommandWords(first, turn.locale);
  if (words.length === 0) return helpCard(turn, deps.services.partner, typed);
  const args = rest.join(' ');
  return buildDidYouMeanCard({
    locale: turn.locale,
    typed,
    suggestions: words.map((word) => (args ? `${word} ${args}` : word)),
    helpCommand: commandWord('help', turn.locale),
  });
}
