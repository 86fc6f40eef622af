/** The help card: what the user can ask, in their language; also the answer to an unknown command. */
import { expandCardTemplate, type AdaptiveCardJson } from './cardTemplate';
import { text, type Locale, type StringKey } from './strings';
import template from './templates/help.json';

export type HelpCommandId = 'help';

export interface HelpCardView {
  locale: Locale;
  /** The commands to list, with the word the user types for each in their language. */
  commands: { id: HelpCommandId; usage: string }[];
  /** What the user typed, when it was not a command (shown literally). */
  unknownInput?: string;
}

const MAX_ECHO_LENGTH = 200;

export function buildHelpCard(view: HelpCardView): AdaptiveCardJson {
  const { locale } = view;
  const echo = view.unknownInput?.trim() ?? '';
  return expandCardTemplate('help', template, {
    title: text(locale, 'help.title'),
    intro: text(locale, 'help.intro'),
    footer: text(locale, 'help.footer'),
    unknownLabel: text(locale, 'help.unknownCommand'),
    unknownInput: echo.length > MAX_ECHO_LENGTH ? `${echo.slice(0, MAX_ECHO_LENGTH)}…` : echo,
    commands: view.commands.map((command) => ({
      usage: command.usage,
      description: text(locale, `command.${command.id}.description` satisfies StringKey),
    })),
  });
}
