/** A typed word that is not a command but is close to some: "Did you mean `customers`?", one button each. */
import { expandCardTemplate, type AdaptiveCardJson } from './cardTemplate';
import { runs } from './richText';
import { text } from './strings';
import template from './templates/didYouMean.json';
import type { DidYouMeanView } from './views';

const MAX_ECHO_LENGTH = 80;

export function buildDidYouMeanCard(view: DidYouMeanView): AdaptiveCardJson {
  const { locale, suggestions } = view;
  const typed = view.typed.trim();
  return expandCardTemplate('didYouMean', template, {
    title:
      suggestions.length === 1
        ? runs(locale, 'didYouMean.one', { command: suggestions[0] }, ['command'])
        : runs(locale, 'didYouMean.several'),
    unknownLabel: text(locale, 'help.unknownCommand'),
    typed: typed.length > MAX_ECHO_LENGTH ? `${typed.slice(0, MAX_ECHO_LENGTH)}…` : typed,
    // The button names the command word; the whole line (with what followed the typo) is in its data.
    suggestions: suggestions.map((command) => ({ command, title: command.split(' ')[0] })),
    helpTitle: text(locale, 'didYouMean.help'),
    helpCommand: view.helpCommand,
  });
}
