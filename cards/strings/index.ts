/** Strings per locale and the choice of locale from a Teams activity's `locale`. */
import { en, type StringKey, type Strings } from './en';
import { fr } from './fr';
import { hu } from './hu';
import { pl } from './pl';

export type { StringKey, Strings } from './en';

export const LOCALES = ['en', 'fr', 'pl', 'hu'] as const;
export type Locale = (typeof LOCALES)[number];

export const STRINGS: Record<Locale, Strings> = { en, fr, pl, hu };

/** 'fr-FR' → 'fr', 'hu' → 'hu'; anything else (or nothing) → 'en'. */
export function resolveLocale(activityLocale: string | undefined): Locale {
  const language = activityLocale?.trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(language ?? '') ? (language as Locale) : 'en';
}

export function text(locale: Locale, key: StringKey): string {
  return STRINGS[locale][key];
}
