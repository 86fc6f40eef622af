/**
 * What a card verb module exports: the `verb` its cards carry (named in cards/verbs.ts, shared with the
 * templates), the schema of the `data` it accepts, and its handler. bot/verbs/cardVerbs.ts lists them
 * all and app.ts registers that list; invalid data never reaches `handle` (the card is out of date).
 */
import type { TurnContext } from 'botbuilder';
import type { z } from 'zod/v4';
import type { AdaptiveCardJson } from '../../cards/cardTemplate';
import type { Verb } from '../../cards/verbs';
import type { FlowDependencies, Turn } from '../flows/turn';

export interface CardVerb<S extends z.ZodType = z.ZodType> {
  verb: Verb;
  /** Card data comes from the client: parsed here, and anything else is a stale or forged action. */
  schema: S;
  /**
   * Approval cards carry a Universal Actions `refresh`: their actions are answered with an invoke
   * response the bot sends itself, so teams-ai never replaces the card for everyone (docs/teams-app.md).
   */
  universalAction?: true;
  handle(
    deps: FlowDependencies,
    turn: Turn,
    data: z.output<S>,
    context: TurnContext,
  ): Promise<AdaptiveCardJson>;
}

/** Declares a verb module, typing `handle`'s data from the schema. */
export function cardVerb<S extends z.ZodType>(definition: CardVerb<S>): CardVerb<S> {
  return definition;
}
