/**
 * "Did you mean …?": the command words closest to a word that is not a command, by edit distance
 * (services/text/editDistance.ts), first among the words of the user's language, then among all.
 */
import { LOCALES, type Locale } from '../../cards/strings';
import { editDistance } from '../../services/text/editDistance';
import { foldText } from '../../services/text/foldText';
import { COMMANDS } from './commandCatalog';

/** At most two edits, and one for words of four letters or fewer (`hlep`, not `ask` for `audit`). */
function maxDistance(word: string): number {
  return [...word].length <= 4 ? 1 : 2;
}

function closestAmong(word: string, words: readonly string[]): string[] {
  const limit = maxDistance(word);
  const scored = words
    .map((candidate) => ({ candidate, distance: editDistance(word, foldText(candidate)) }))
    .filter(({ distance }) => distance <= limit);
  const best = Math.min(...scored.map(({ distance }) => distance));
  return [...new Set(scored.filter(({ distance }) => distance === best).map(({ candidate }) => candidate))];
}

/** The closest command words to `typed` (its first word), in `locale` if any is close, else in any locale. */
export function closestCommandWords(typed: string, locale: Locale): string[] {
  const word = foldText(typed.split(' ')[0] ?? '');
  if (!word) return [];
  const own = closestAmong(
    word,
    COMMANDS.map((command) => command.words[locale]),
  );
  if (own.length > 0) return own;
  return closestAmong(
    word,
    COMMANDS.flatMap((command) => LOCALES.map((other) => command.words[other])),
  );
}
