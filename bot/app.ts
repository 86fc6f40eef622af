/**
 * The teams-ai Application: routes Teams activities to handlers. Handlers parse, call services and
 * render cards; they decide nothing about Partner Center rules.
 */
import { Application, AdaptiveCardActionExecuteResponseType } from '@microsoft/teams-ai';
import type { TeamsAdapter, TurnState } from '@microsoft/teams-ai';
import { CardFactory, MessageFactory, type Storage, type TurnContext } from 'botbuilder';
import { buildHelpCard } from '../cards/helpCard';
import { resolveLocale, type Locale } from '../cards/strings';
import type { Logger } from '../services/logging/logger';
import { COMMANDS } from './commands/commandCatalog';
import { parseCommand } from './commands/parseCommand';

export type AppTurnState = TurnState;

export interface AppDependencies {
  adapter: TeamsAdapter;
  storage: Storage;
  logger: Logger;
  botAppId?: string;
}

function helpCommands(locale: Locale) {
  return COMMANDS.map((command) => ({ id: command.id, usage: command.words[locale] }));
}

async function sendHelp(context: TurnContext, unknownInput?: string): Promise<void> {
  const locale = resolveLocale(context.activity.locale);
  const card = buildHelpCard({ locale, commands: helpCommands(locale), unknownInput });
  await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
}

export function createApplication({
  adapter,
  storage,
  logger,
  botAppId,
}: AppDependencies): Application<AppTurnState> {
  const app = new Application<AppTurnState>({
    adapter,
    storage,
    botAppId: botAppId || undefined,
    startTypingTimer: false,
    removeRecipientMention: true,
    adaptiveCards: {
      actionExecuteResponseType: AdaptiveCardActionExecuteResponseType.REPLACE_FOR_INTERACTOR,
    },
  });

  app.conversationUpdate('membersAdded', async (context) => {
    const botId = context.activity.recipient?.id;
    if (context.activity.membersAdded?.some((member) => member.id === botId)) {
      logger.info({ conversationType: context.activity.conversation?.conversationType }, 'bot installed');
      await sendHelp(context);
    }
  });

  app.activity('message', async (context) => {
    const raw = context.activity.text ?? '';
    if (!raw.trim()) {
      // A card submit or an attachment with no text: show what the bot can do rather than stay silent.
      await sendHelp(context);
      return;
    }
    const parsed = parseCommand(raw);
    logger.info({ command: parsed.kind === 'command' ? parsed.id : 'unknown' }, 'command received');
    switch (parsed.kind) {
      case 'command':
        await sendHelp(context);
        return;
      case 'unknown':
        await sendHelp(context, parsed.text);
        return;
    }
  });

  return app;
}
