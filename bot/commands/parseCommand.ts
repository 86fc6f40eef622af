/** Turns the text of a message into a command and its argument text. */
import { LOCALES, type Locale } from '../../cards/strings';
import { foldText } from '../../services/text/foldText';
import {
  COMMANDS,
  EXPORT_KEYWORDS,
  NEW_KEYWORDS,
  NOTIFY_WORDS,
  WITH_PROVIDER_PHRASES,
  type CommandId,
} from './commandCatalog';

export type NotifyAction = 'here' | 'hereProvider' | 'off' | 'unknown';

export type ParsedCommand = (
  | { kind: 'command'; id: Exclude<CommandId, 'invite' | 'notify' | 'audit'>; args: string }
  /** `audit <customer>`, or `audit export <from> <to>` (`exportDays`: the words after `export`). */
  | { kind: 'command'; id: 'audit'; args: string; exportDays?: string[] }
  | { kind: 'command'; id: 'invite'; args: string; invite: 'existing' | 'new' | 'newWithProvider' }
  | { kind: 'command'; id: 'notify'; args: string; notify: NotifyAction }
  | { kind: 'unknown'; text: string }
) & {
  /** The language of the command word, when it belongs to one language only (`aide` → fr). */
  language?: Locale;
};

const INDEX: ReadonlyMap<string, CommandId> = new Map(
  COMMANDS.flatMap((command) =>
    [...Object.values(command.words), ...(command.aliases ?? [])].map((word) => [foldText(word), command.id]),
  ),
);
/** The language of each command word that belongs to one language only (`gdap` belongs to all four). */
const LANGUAGE_OF: ReadonlyMap<string, Locale> = (() => {
  const locales = new Map<string, Set<Locale>>();
  for (const command of COMMANDS)
    for (const locale of LOCALES) {
      const word = foldText(command.words[locale]);
      locales.set(word, (locales.get(word) ?? new Set()).add(locale));
    }
  return new Map(
    [...locales].filter(([, found]) => found.size === 1).map(([word, found]) => [word, [...found][0]]),
  );
})();
const NEW = new Set(NEW_KEYWORDS.map(foldText));
const EXPORT = new Set(EXPORT_KEYWORDS.map(foldText));
/** What may be a day someone typed (checked as yyyy-mm-dd later): digits and separators only. */
const DAY_LIKE = /^[\d./-]+$/;
const WITH_PROVIDER = new Set(WITH_PROVIDER_PHRASES.map(foldText));

/** Strips what Teams leaves around a command: `<at>…</at>` mentions, a leading `/` or `@name`, NBSPs. */
function clean(text: string): string {
  return text
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/\u00a0/g, ' ')
    .replace(/^\s*\/+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const wordsOf = (key: keyof typeof NOTIFY_WORDS) => new Set(Object.values(NOTIFY_WORDS[key]).map(foldText));
const HERE = wordsOf('here');
const OFF = wordsOf('off');
const PROVIDER = wordsOf('provider');

function notifyAction(args: string): NotifyAction {
  const words = foldText(args).split(' ').filter(Boolean);
  if (words.length === 1 && OFF.has(words[0])) return 'off';
  if (words.length === 1 && HERE.has(words[0])) return 'here';
  if (words.length === 2 && HERE.has(words[0]) && PROVIDER.has(words[1])) return 'hereProvider';
  return 'unknown';
}

/**
 * `export` followed by nothing but day-like words: an export (even with the days mistyped, so the user
 * is told how to write them). Anything else after `audit` is a customer's name ("Export Partners").
 */
function exportDays(args: string): string[] | undefined {
  const [first = '', ...rest] = args.split(' ').filter(Boolean);
  if (!EXPORT.has(foldText(first))) return undefined;
  return rest.every((word) => DAY_LIKE.test(word)) ? rest : undefined;
}

function inviteKind(args: string): 'existing' | 'new' | 'newWithProvider' {
  const [first = '', ...rest] = args.split(' ');
  if (!NEW.has(foldText(first))) return 'existing';
  const tail = foldText(rest.join(' '));
  if (!tail) return 'new';
  return WITH_PROVIDER.has(tail) ? 'newWithProvider' : 'existing';
}

export function parseCommand(rawText: string): ParsedCommand {
  const text = clean(rawText);
  const [first = '', ...rest] = text.split(' ');
  const id = INDEX.get(foldText(first));
  if (!id) return { kind: 'unknown', text };
  const args = rest.join(' ');
  const language = LANGUAGE_OF.get(foldText(first));
  if (id === 'invite')
    return { kind: 'command', id, args, invite: inviteKind(args), ...(language && { language }) };
  if (id === 'audit') {
    const days = exportDays(args);
    return { kind: 'command', id, args, ...(days && { exportDays: days }), ...(language && { language }) };
  }
  if (id === 'notify')
    return { kind: 'command', id, args, notify: notifyAction(args), ...(language && { language }) };
  return { kind: 'command', id, args, ...(language && { language }) };
}
