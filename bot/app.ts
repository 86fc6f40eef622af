/**
 * The teams-ai Application: routes Teams activities to the flows. Handlers parse, call services and
 * render cards; they decide nothing about Partner Center rules.
 */
import {
  AdaptiveCardActionExecuteResponseType,
  Application,
  type DefaultConversationState,
  type TeamsAdapter,
  type TurnState,
} from '@microsoft/teams-ai';
import { CardFactory, MessageFactory, type Storage, type TurnContext } from 'botbuilder';
import type { z } from 'zod';
import type { AdaptiveCardJson } from '../cards/cardTemplate';
import { LOCALES, type Locale } from '../cards/strings';
import { CUSTOMER_DATASET, VERBS } from '../cards/verbs';
import type { RoleDirectory } from '../services/access/roleDirectory';
import type { DeskServices } from '../services/deskServices';
import type { Logger } from '../services/logging/logger';
import { parseCommand, type ParsedCommand } from './commands/parseCommand';
import { ACTION_DATA } from './flows/actionData';
import {
  customerDetailsCard,
  customerPicker,
  customerSuggestions,
  withResolvedCustomer,
} from './flows/customerFlows';
import { helpCard } from './flows/helpFlow';
import { completeInvitation, startInvitation } from './flows/invitationFlows';
import { failureCard, notice } from './flows/notices';
import { askProvider, removalPreflight, requestRemoval, runRemedy } from './flows/removalFlows';
import { turnOf, type FlowDependencies, type Turn } from './flows/turn';

/** Per user: the language they last typed a command in. */
export interface UserState {
  language?: Locale;
}
export type AppTurnState = TurnState<DefaultConversationState, UserState>;

function preferredLanguage(state: AppTurnState): Locale | undefined {
  const language = state.user.language;
  return language && (LOCALES as readonly string[]).includes(language) ? language : undefined;
}

export interface AppDependencies {
  adapter: TeamsAdapter;
  storage: Storage;
  logger: Logger;
  services: DeskServices;
  roles: RoleDirectory;
  botAppId?: string;
}

function attachment(card: AdaptiveCardJson) {
  return MessageFactory.attachment(CardFactory.adaptiveCard(card));
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

export function runCommand(
  deps: FlowDependencies,
  turn: Turn,
  parsed: ParsedCommand,
): Promise<AdaptiveCardJson> {
  if (parsed.kind === 'unknown') return Promise.resolve(helpCard(turn, deps.services.partner, parsed.text));
  switch (parsed.id) {
    case 'help':
      return Promise.resolve(helpCard(turn, deps.services.partner));
    case 'customers':
      return customerPicker(deps, turn, parsed.args);
    case 'customer':
      return withResolvedCustomer(deps, turn, parsed.args, 'customer', (c) =>
        customerDetailsCard(deps, turn, c.id),
      );
    case 'invite':
      if (parsed.invite !== 'existing') return startInvitation(deps, turn, { kind: parsed.invite });
      return withResolvedCustomer(deps, turn, parsed.args, 'invite', (c) =>
        startInvitation(deps, turn, { kind: 'existing', customerId: c.id }),
      );
    case 'remove':
      return withResolvedCustomer(deps, turn, parsed.args, 'remove', (c) =>
        removalPreflight(deps, turn, c.id),
      );
  }
}

export function createApplication({
  adapter,
  storage,
  logger,
  services,
  roles,
  botAppId,
}: AppDependencies): Application<AppTurnState> {
  const deps: FlowDependencies = { services, roles, logger };
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

  app.conversationUpdate('membersAdded', async (context, state) => {
    const botId = context.activity.recipient?.id;
    if (context.activity.membersAdded?.some((member) => member.id === botId)) {
      logger.info({ conversationType: context.activity.conversation?.conversationType }, 'bot installed');
      await context.sendActivity(
        attachment(helpCard(turnOf(context, roles, preferredLanguage(state)), services.partner)),
      );
    }
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
    await context.sendActivity(attachment(await guarded(turn, logger, () => runCommand(deps, turn, parsed))));
  });

  /** Registers a verb whose data is validated; invalid data answers "this card is out of date". */
  function onAction<S extends z.ZodTypeAny>(
    verb: string,
    schema: S,
    flow: (turn: Turn, data: z.output<S>, context: TurnContext) => Promise<AdaptiveCardJson>,
  ): void {
    app.adaptiveCards.actionExecute(verb, async (context, state, data) => {
      const turn = turnOf(context, roles, preferredLanguage(state));
      const parsed = schema.safeParse(data);
      logger.info({ verb, valid: parsed.success }, 'card action');
      if (!parsed.success) return notice(turn, { kind: 'staleAction' });
      return guarded(turn, logger, () => flow(turn, parsed.data as z.output<S>, context));
    });
  }

  onAction(VERBS.runCommand, ACTION_DATA.runCommand, (turn, data) =>
    runCommand(deps, turn, parseCommand(data.command)),
  );
  onAction(VERBS.customersPage, ACTION_DATA.customersPage, (turn, data) =>
    customerPicker(deps, turn, data.query, data.page),
  );
  onAction(VERBS.customerShow, ACTION_DATA.customerShow, (turn, data) =>
    customerDetailsCard(deps, turn, data.customerId),
  );
  onAction(VERBS.inviteStart, ACTION_DATA.inviteStart, (turn, data) =>
    startInvitation(
      deps,
      turn,
      data.target === 'existing' ? { kind: 'existing', customerId: data.customerId } : { kind: data.target },
    ),
  );
  onAction(VERBS.inviteDone, ACTION_DATA.inviteDone, (turn, data) =>
    completeInvitation(deps, turn, data.draftId, data.emailBody),
  );
  onAction(VERBS.removalPreflight, ACTION_DATA.removalPreflight, (turn, data) =>
    removalPreflight(deps, turn, data.customerId),
  );
  onAction(VERBS.removalRemedy, ACTION_DATA.removalRemedy, (turn, data) =>
    runRemedy(deps, turn, data.customerId, data.blockerId, data.remedy),
  );
  onAction(VERBS.removalRequest, ACTION_DATA.removalRequest, (turn, data) =>
    requestRemoval(deps, turn, data.customerId, { attested: data.attested, reason: data.reason }),
  );
  onAction(VERBS.removalAskProvider, ACTION_DATA.removalAskProvider, (turn, data) =>
    askProvider(deps, turn, data.customerId, data.reason),
  );
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
