/**
 * teams-ai turn state without a stored conversation scope. Reseller Desk keeps nothing per
 * conversation in turn state (domain records live in repositories; only the user's language is
 * kept, in the user scope), yet teams-ai's default TurnState reads the conversation record from the
 * store on every turn: a store round trip per turn for a record that is never written.
 *
 * Here the conversation scope exists for the turn (state.conversation works as before, starting
 * empty) but is neither read nor written; the user scope is read and, when it changed, written as
 * before (teams-ai writes a scope only when its JSON differs from what was loaded).
 */
// Not the teams-ai index: see bot/app.ts.
import { TurnState, TurnStateEntry, type DefaultConversationState } from '@microsoft/teams-ai/lib/TurnState';
import type { TurnContext } from 'botbuilder';

const CONVERSATION_SCOPE = 'conversation';

export class DeskTurnState<TUserState> extends TurnState<DefaultConversationState, TUserState> {
  /** Per turn only: not in the scopes teams-ai loads and saves. */
  private readonly conversationScope = new TurnStateEntry({});

  override getScope(scope: string): TurnStateEntry | undefined {
    // Like the other scopes, it exists once the state is loaded (the temp scope is added last).
    if (scope === CONVERSATION_SCOPE) return super.getScope('temp') ? this.conversationScope : undefined;
    return super.getScope(scope);
  }

  protected override async onComputeStorageKeys(context: TurnContext): Promise<Record<string, string>> {
    const keys = await super.onComputeStorageKeys(context);
    delete keys[CONVERSATION_SCOPE];
    return keys;
  }
}
