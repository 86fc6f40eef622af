/**
 * The commands the bot understands and the words that call them in each language. Matching is
 * case-insensitive and ignores accents, so `sugo` finds `súgó`.
 */
import type { HelpCommandId } from '../../cards/helpCard';
import type { Locale } from '../../cards/strings';

export type CommandId = HelpCommandId;

export interface CommandDefinition {
  id: CommandId;
  /** The word shown and accepted in each locale; every locale's word is accepted in every locale. */
  words: Record<Locale, string>;
  /** Extra accepted spellings. */
  aliases?: string[];
}

export const COMMANDS: readonly CommandDefinition[] = [
  { id: 'help', words: { en: 'help', fr: 'aide', pl: 'pomoc', hu: 'súgó' }, aliases: ['?', 'menu'] },
];
