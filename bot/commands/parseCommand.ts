/** Turns the text of a message into a command and its argument text. */
import { foldText } from '../../services/text/foldText';
import { COMMANDS, type CommandId } from './commandCatalog';

export type ParsedCommand =
  { kind: 'command'; id: CommandId; args: string } | { kind: 'unknown'; text: string };

const INDEX: ReadonlyMap<string, CommandId> = new Map(
  COMMANDS.flatMap((command) =>
    [...Object.values(command.words), ...(command.aliases ?? [])].map((word) => [foldText(word), command.id]),
  ),
);

/** Strips what Teams leaves around a command: `<at>…</at>` mentions, a leading `/` or `@name`, NBSPs. */
function clean(text: string): string {
  return text
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/\u00a0/g, ' ')
    .replace(/^\s*\/+/, '')
    .trim();
}

export function parseCommand(rawText: string): ParsedCommand {
  const text = clean(rawText);
  const [first = '', ...rest] = text.split(/\s+/);
  const id = INDEX.get(foldText(first));
  if (!id) return { kind: 'unknown', text };
  return { kind: 'command', id, args: rest.join(' ') };
}
