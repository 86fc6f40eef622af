/**
 * The teams-ai Application: routes Teams activities to the flows. Handlers parse, call services and
 * render cards; they decide nothing about Partner Center rules.
 */
// First, before teams-ai's Application loads its sign-in helpers: they need botbuilder-dialogs (~27 MB).
import './lazyBotbuilderDialogs';
// teams-ai's modules one by one, not its index: the index also loads the AI planners, tokenizers and
// OpenAI/Azure moderators (~10 MB of RSS), which this bot does not use (docs/performance.md).
import { AdaptiveCardActionExecuteResponseType } from '@microsoft/teams-ai/lib/AdaptiveCards';
import { Application } from '@microsoft/teams-ai/lib/Application';
import type { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter';
import type { DefaultConversationState, TurnState } from '@microsoft/teams-ai/lib/TurnState';
import { CardFactory, MessageFactory, TurnContext, type Storage } from 'botbuilder';
import type { AdaptiveCardJson } from '../cards/cardTemplate';
import { LOCALES, type Locale } from '../cards/strings';
import { DeskTurnState } from './deskTurnState';
import { CUSTOMER_DATASET } from '../cards/verbs';
import { keepsDirectChat } from '../services/access/policy';
import type { RoleDirectory } from '../services/access/roleDirectory';
import type { DeskServices } from '../services/deskServices';
import type { Logger } from '../services/logging/logger';
import type { ChannelRegistry } from '../services/notifications/channelRegistry';
import { parseCommand, type ParsedCommand } from './commands/parseCommand';
import { runCommand } from './commands/runCommand';
import { customerSuggestions } from './flows/customerFlows';
import { helpCard } from './flows/helpFlow';
import { failureCard, notice } from './flows/notices';
import { turnOf, type FlowDependencies, type Turn } from './flows/turn';
import { CARD_VERBS } from './verbs/cardVerbs';

/** Per user: the language they last typed a command in. */
export interface UserState {
  language?: Locale;
}
export type AppTurnState = TurnState<DefaultConversationState, UserState>;

export interface AppDependencies {
  adapter: TeamsAdapter;
  storage: Storage;
  logger: Logger;
  services: DeskServices;
  roles: RoleDirectory;
  registry: ChannelRegistry;
  botAppId?: string;
}

function preferredLanguage(state: AppTurnState): Locale | undefined {
  const language = state.user.language;
  return language && (LOCALES as readonly string[]).includes(language) ? language : undefined;
}

function attachment(card: AdaptiveCardJson) {
  return MessageFactory.attachment(CardFactory.adaptiveCard(card));
}

/** Answers an Action.Execute with a card ourselves, so teams-ai never turns a refresh card into "replace for all". */
async function answerInvoke(context: TurnContext, card: AdaptiveCardJson): Promise<void> {
  await context.sendActivity({
    type: 'invokeResponse',
    value: {
      status: 200,
      body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card },
    },
  });
}

/** Runs a flow; a failure the user can understand (Partner Center, store) becomes a notice card. */
async function guarded(
  turn: Turn,
  logger: Logger,
  flow: () => Promise<AdaptiveCardJson>,
): Promise<AdaptiveCardJson> {
  try {
    return await flow();
  } catch (error) {
    const card = failureCard(turn, error);
    if (!card) throw error;
    logger.warn({ err: { name: (error as Error).name, message: (error as Error).message } }, 'flow failed');
    return card;
  }
}

export function createApplication(dependencies: AppDependencies): Application<AppTurnState> {
  const { adapter, storage, logger, services, roles, registry, botAppId } = dependencies;
  const deps: FlowDependencies = { services, roles, logger, registry };
  const app = new Application<AppTurnState>({
    adapter,
    storage,
    // No conversation scope is read or written: only the user's language is kept (deskTurnState.ts).
    turnStateFactory: () => new DeskTurnState<UserState>(),
    botAppId: botAppId || undefined,
    startTypingTimer: false,
    removeRecipientMention: true,
    adaptiveCards: {
      actionExecuteResponseType: AdaptiveCardActionExecuteResponseType.REPLACE_FOR_INTERACTOR,
    },
  });

  // serviceUrl can change: keep stored channel references current on every activity. A member's 1:1
  // chat is remembered, so approval cards and news of their requests can reach them there.
  app.turn('beforeTurn', async (context, state) => {
    const reference = TurnContext.getConversationReference(context.activity);
    await registry.refresh(reference).catch((error: unknown) => {
      logger.warn({ err: { message: (error as Error).message } }, 'could not refresh the channel reference');
    });
    if (context.activity.conversation?.conversationType === 'personal') {
      const turn = turnOf(context, roles, preferredLanguage(state));
      if (keepsDirectChat(turn.member))
        await services.directChats.remember(turn.actor, reference, turn.locale).catch((error: unknown) => {
          logger.warn({ err: { message: (error as Error).message } }, 'could not remember the 1:1 chat');
        });
    }
    return true;
  });

  app.conversationUpdate('membersAdded', async (context, state) => {
    const botId = context.activity.recipient?.id;
    if (!context.activity.membersAdded?.some((member) => member.id === botId)) return;
    const turn = turnOf(context, roles, preferredLanguage(state));
    const type = context.activity.conversation?.conversationType;
    logger.info({ conversationType: type }, 'bot installed');
    // Installed in a team or group chat: that conversation gets the notifications.
    if (type === 'channel' || type === 'groupChat') {
      const by = { name: turn.actor.name, userId: turn.actor.userId };
      await registry.register(
        TurnContext.getConversationReference(context.activity),
        'events',
        by,
        turn.locale,
      );
    }
    await context.sendActivity(attachment(helpCard(turn, services.partner)));
  });

  app.conversationUpdate('membersRemoved', async (context) => {
    const botId = context.activity.recipient?.id;
    if (!context.activity.membersRemoved?.some((member) => member.id === botId)) return;
    await registry.unregister(context.activity.conversation.id);
    logger.info('bot removed from a conversation');
  });

  app.activity('message', async (context, state) => {
    const raw = context.activity.text ?? '';
    // A card submit or an attachment without text: show what the bot can do rather than stay silent.
    const parsed: ParsedCommand = raw.trim() ? parseCommand(raw) : { kind: 'command', id: 'help', args: '' };
    if (parsed.language && parsed.language !== state.user.language) state.user.language = parsed.language;
    const turn = turnOf(context, roles, preferredLanguage(state));
    logger.info(
      {
        command: parsed.kind === 'command' ? parsed.id : 'unknown',
        role: turn.member ? 'member' : 'unknown',
      },
      'command received',
    );
    await context.sendActivity(
      attachment(await guarded(turn, logger, () => runCommand(deps, turn, parsed, context))),
    );
  });

  /**
   * Every card verb, one module each (bot/verbs/): its data is validated, and invalid data answers
   * "this card is out of date". Approval cards answer their own invoke (bot/verbs/cardVerb.ts).
   */
  for (const cardVerb of CARD_VERBS) {
    const { verb, schema, universalAction } = cardVerb;
    app.adaptiveCards.actionExecute(verb, async (context, state, data) => {
      const turn = turnOf(context, roles, preferredLanguage(state));
      const parsed = schema.safeParse(data);
      logger.info({ verb, valid: parsed.success }, universalAction ? 'approval action' : 'card action');
      const card = parsed.success
        ? await guarded(turn, logger, () => cardVerb.handle(deps, turn, parsed.data, context))
        : notice(turn, { kind: 'staleAction' });
      if (universalAction) await answerInvoke(context, card);
      return card;
    });
  }

  // Any other verb: a card from an older version of the bot, or a forged action.
  app.adaptiveCards.actionExecute(
    (context) =>
      Promise.resolve(context.activity.type === 'invoke' && context.activity.name === 'adaptiveCard/action'),
    (context, state) =>
      Promise.resolve(notice(turnOf(context, roles, preferredLanguage(state)), { kind: 'staleAction' })),
  );

  app.adaptiveCards.search(CUSTOMER_DATASET, async (context, state, query) => {
    const turn = turnOf(context, roles, preferredLanguage(state));
    try {
      return await customerSuggestions(deps, turn, query.parameters.queryText ?? '', query.count, query.skip);
    } catch (error) {
      if (!failureCard(turn, error)) throw error;
      return [];
    }
  });

  return app;
}
