/** `command.run`: a help card button runs a typed command. */
import { z } from 'zod/v4';
import { VERBS } from '../../cards/verbs';
import { parseCommand } from '../commands/parseCommand';
import { runCommand as run } from '../commands/runCommand';
import { cardVerb } from './cardVerb';

export const runCommand = cardVerb({
  verb: VERBS.runCommand,
  schema: z.object({ command: z.string().max(300) }),
  handle: (deps, turn, data, context) => run(deps, turn, parseCommand(data.command), context),
});
