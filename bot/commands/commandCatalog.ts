/**
 * The commands the bot understands and the words that call them in each language. Every locale's
 * words are accepted in every locale; matching ignores case and accents (`sugo` finds `súgó`). A word
 * shared by several languages (`gdap`) tells no language.
 */
import type { CommandName } from '../../cards/views';
import type { Locale } from '../../cards/strings';

export type CommandId =
  'help' | 'customers' | 'customer' | 'invite' | 'remove' | 'requests' | 'audit' | 'gdap' | 'notify';

export interface CommandDefinition {
  id: CommandId;
  /** The word shown and accepted in each locale. */
  words: Record<Locale, string>;
  /** Extra accepted spellings. */
  aliases?: string[];
}

export const COMMANDS: readonly CommandDefinition[] = [
  { id: 'help', words: { en: 'help', fr: 'aide', pl: 'pomoc', hu: 'súgó' }, aliases: ['?', 'menu'] },
  { id: 'customers', words: { en: 'customers', fr: 'clients', pl: 'klienci', hu: 'ügyfelek' } },
  { id: 'customer', words: { en: 'customer', fr: 'client', pl: 'klient', hu: 'ügyfél' } },
  { id: 'invite', words: { en: 'invite', fr: 'inviter', pl: 'zaproś', hu: 'meghív' } },
  { id: 'remove', words: { en: 'remove', fr: 'supprimer', pl: 'usuń', hu: 'eltávolít' } },
  { id: 'requests', words: { en: 'requests', fr: 'demandes', pl: 'wnioski', hu: 'kérelmek' } },
  { id: 'audit', words: { en: 'audit', fr: 'historique', pl: 'historia', hu: 'napló' } },
  // GDAP is the same acronym in every language (Microsoft's own pages keep it untranslated).
  { id: 'gdap', words: { en: 'gdap', fr: 'gdap', pl: 'gdap', hu: 'gdap' } },
  { id: 'notify', words: { en: 'notify', fr: 'notifier', pl: 'powiadamiaj', hu: 'értesíts' } },
];

/** `notify here`, `notify here provider`, `notify off`: the words after `notify`, per locale. */
export const NOTIFY_WORDS: Record<'here' | 'off' | 'provider', Record<Locale, string>> = {
  here: { en: 'here', fr: 'ici', pl: 'tutaj', hu: 'itt' },
  off: { en: 'off', fr: 'désactiver', pl: 'wyłącz', hu: 'ki' },
  provider: { en: 'provider', fr: 'fournisseur', pl: 'dostawca', hu: 'szolgáltató' },
};

/** `audit export <from> <to>`: the word after `audit`, per locale. */
export const EXPORT_WORDS: Record<Locale, string> = {
  en: 'export',
  fr: 'exporter',
  pl: 'eksport',
  hu: 'exportál',
};
const EXTRA_EXPORT = ['export', 'eksportuj'];

/** `invite new` and `invite new with provider`: the words after `invite`, per locale. */
export const NEW_WORDS: Record<Locale, string> = { en: 'new', fr: 'nouveau', pl: 'nowy', hu: 'új' };
export const WITH_PROVIDER_WORDS: Record<Locale, string> = {
  en: 'with provider',
  fr: 'avec fournisseur',
  pl: 'z dostawcą',
  hu: 'szolgáltatóval',
};
const EXTRA_NEW = ['nouvelle', 'nowego', 'uj'];

/** The word that calls a command in a locale. */
export function commandWord(id: CommandId, locale: Locale): string {
  return COMMANDS.find((c) => c.id === id)!.words[locale];
}

/** How a day is written in each locale's usage lines (ISO yyyy-mm-dd, in the locale's letters). */
const DATE_PLACEHOLDER: Record<Locale, string> = {
  en: 'yyyy-mm-dd',
  fr: 'aaaa-mm-jj',
  pl: 'rrrr-mm-dd',
  hu: 'éééé-hh-nn',
};

/** `audit export 2025-01-01 2025-01-31` in a locale's words: what the export card suggests typing. */
export function exportExample(locale: Locale): string {
  return `${commandWord('audit', locale)} ${EXPORT_WORDS[locale]} 2025-01-01 2025-01-31`;
}

/** The usage line of every help entry, in a locale. */
export function usageOf(name: CommandName, locale: Locale): string {
  const word = (id: CommandId) => commandWord(id, locale);
  const placeholder = { en: 'name', fr: 'nom', pl: 'nazwa', hu: 'név' }[locale];
  switch (name) {
    case 'help':
    case 'customers':
      return name === 'customers' ? `${word('customers')} [${placeholder}]` : word('help');
    case 'customer':
      return `${word('customer')} <${placeholder}>`;
    case 'invite':
      return `${word('invite')} <${placeholder}>`;
    case 'inviteNew':
      return `${word('invite')} ${NEW_WORDS[locale]}`;
    case 'inviteNewWithProvider':
      return `${word('invite')} ${NEW_WORDS[locale]} ${WITH_PROVIDER_WORDS[locale]}`;
    case 'remove':
      return `${word('remove')} <${placeholder}>`;
    case 'requests':
      return word('requests');
    case 'gdap':
      return word('gdap');
    case 'audit':
      return `${word('audit')} <${placeholder}>`;
    case 'auditExport':
      return `${word('audit')} ${EXPORT_WORDS[locale]} <${DATE_PLACEHOLDER[locale]}> <${DATE_PLACEHOLDER[locale]}>`;
    case 'notify':
      return `${word('notify')} ${NOTIFY_WORDS.here[locale]} | ${NOTIFY_WORDS.off[locale]}`;
  }
}

export const NEW_KEYWORDS: readonly string[] = [...Object.values(NEW_WORDS), ...EXTRA_NEW];
export const EXPORT_KEYWORDS: readonly string[] = [...Object.values(EXPORT_WORDS), ...EXTRA_EXPORT];
export const WITH_PROVIDER_PHRASES: readonly string[] = [
  ...Object.values(WITH_PROVIDER_WORDS),
  'avec le fournisseur',
  'with the provider',
];
