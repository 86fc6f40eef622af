/** Strings per locale and the choice of locale from a Teams activity's `locale`. */
import { en, type StringKey, type Strings } from './en';
import { fr } from './fr';
import { frenchTable } from './frenchTypography';
import { hu } from './hu';
import { pl } from './pl';

export type { StringKey, Strings } from './en';

export const LOCALES = ['en', 'fr', 'pl', 'hu'] as const;
export type Locale = (typeof LOCALES)[number];

export const STRINGS: Record<Locale, Strings> = { en, fr: frenchTable(fr), pl, hu };

/** 'fr-FR' → 'fr', 'hu' → 'hu'; anything else (or nothing) → 'en'. */
export function resolveLocale(activityLocale: string | undefined): Locale {
  const language = activityLocale?.trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(language ?? '') ? (language as Locale) : 'en';
}

export function text(locale: Locale, key: StringKey): string {
  return STRINGS[locale][key];
}

export type Params = Record<string, string | number>;

/** One piece of a formatted string: our own text, or the value of the placeholder `param`. */
export interface Part {
  text: string;
  param?: string;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Splits the string `key` at its `{placeholders}` and fills them from `params`, keeping each value
 * as its own part so that a card can put data (names, queries) in a separate TextRun.
 * Throws when a placeholder has no value: that is a programming error, never a user's.
 */
export function formatParts(locale: Locale, key: StringKey, params: Params = {}): Part[] {
  const template = text(locale, key);
  const parts: Part[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1];
    const value = params[name];
    if (value === undefined) throw new Error(`string "${key}" needs the parameter "${name}"`);
    if (match.index > last) parts.push({ text: template.slice(last, match.index) });
    parts.push({ text: String(value), param: name });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts.filter((part) => part.text !== '');
}

/** The string `key` with its `{placeholders}` filled in (for plain text such as the e-mail). */
export function format(locale: Locale, key: StringKey, params: Params = {}): string {
  return formatParts(locale, key, params)
    .map((part) => part.text)
    .join('');
}
