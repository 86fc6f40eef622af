/**
 * The teams-ai Application: routes Teams activities to the flows. Handlers parse, call services and
 * render cards; they decide nothing about Partner Center rules.
 */
// teams-ai's modules one by one, not its index: the index also loads the AI planners, tokenizers and
// OpenAI/Azure moderators (~10 MB of RSS), which this bot does not use (docs/performance.md).
import { AdaptiveCardActionExecuteResponseType } from '@microsoft/teams-ai/lib/AdaptiveCards';
import { Application } from '@microsoft/teams-ai/lib/Application';
import type { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter';
import type { DefaultConversationState, TurnState } from '@microsoft/teams-ai/lib/TurnState';
import { CardFactory, MessageFactory, TurnContext, type Storage } from 'botbuilder';
import type { z } from 'zod/v4';
import type { AdaptiveCardJson } from '../cards/cardTemplate';
import { LOCALES, type Locale } from '../cards/strings';
import { DeskTurnState } from './deskTurnState';
import { CUSTOMER_DATASET, VERBS } from '../cards/verbs';
import type { RoleDirectory } from '../services/access/roleDirectory';
import type { DeskServices } from '../services/deskServices';
import type { Logger } from '../services/logging/logger';
import type { ChannelRegistry } from '../services/notifications/channelRegistry';
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
import { notifyCommand } from './flows/notifyFlow';
import { askProvider, removalPreflight, requestRemoval, runRemedy } from './flows/removalFlows';
import { turnOf, type FlowDependencies, type Turn } from './flows/turn';
import { answerInvoke, approvalView, auditTrail, decideRequest, requestList } from './flows/workflowFlows';
import type { DeskNotifier } from './notifications/deskNotifier';

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
  notifier: DeskNotifier;
  registry: ChannelRegistry;
  botAppId?: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function preferredLanguage(state: AppTurnState): Locale | undefined {
  const language = state.user.language;
  return language && (LOCALES as readonly string[]).includes(language) ? language : undefined;
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

export async function runCommand(
  deps: FlowDependencies,
  turn: Turn,
  parsed: ParsedCommand,
  context: TurnContext,
): Promise<AdaptiveCardJson> {
  if (parsed.kind === 'unknown') return helpCard(turn, deps.services.partner, parsed.text);
  switch (parsed.id) {
    case 'help':
      return helpCard(turn, deps.services.partner);
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
    case 'requests':
      return requestList(deps, turn);
    case 'audit': {
      // A customer whose relationship ended is no longer in the list: its tenant id still finds the trail.
      const id = parsed.args.trim();
      if (GUID.test(id) && !(await deps.services.directory.byId(id).catch(() => undefined))) {
        return auditTrail(deps, turn, { id, name: id });
      }
      return withResolvedCustomer(deps, turn, parsed.args, 'audit', (c) => auditTrail(deps, turn, c));
    }
    case 'notify':
      return notifyCommand(deps, turn, context, parsed.notify, parsed.args);
  }
}

export function createApplication(dependencies: AppDependencies): Application<AppTurnState> {
  const { adapter, storage, logger, services, roles, notifier, registry, botAppId } = dependencies;
  const deps: FlowDependencies = { services, roles, logger, notifier, registry };
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

  // serviceUrl can change: keep stored channel references current on every activity.
  app.turn('beforeTurn', async (context) => {
    await registry.refresh(TurnContext.getConversationReference(context.activity)).catch((error: unknown) => {
      logger.warn({ err: { message: (error as Error).message } }, 'could not refresh the channel reference');
    });
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

  /** Registers a verb whose data is validated; invalid data answers "this card is out of date". */
  function onAction<S extends z.ZodType>(
    verb: string,
    schema: S,
    flow: (turn: Turn, data: z.output<S>, context: TurnContext) => Promise<AdaptiveCardJson>,
  ): void {
    app.adaptiveCards.actionExecute(verb, async (context, state, data) => {
      const turn = turnOf(context, roles, preferredLanguage(state));
      const parsed = schema.safeParse(data);
      logger.info({ verb, valid: parsed.success }, 'card action');
      if (!parsed.success) return notice(turn, { kind: 'staleAction' });
      return guarded(turn, logger, () => flow(turn, parsed.data, context));
    });
  }

  onAction(VERBS.runCommand, ACTION_DATA.runCommand, (turn, data, context) =>
    runCommand(deps, turn, parseCommand(data.command), context),
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
      data.target === 'existing'
        ? { kind: 'existing', customerId: data.customerId }
        : data.target === 'newWithProvider'
          ? { kind: 'newWithProvider', providerId: data.providerId }
          : { kind: 'new' },
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
  onAction(VERBS.auditShow, ACTION_DATA.customerShow, async (turn, data) => {
    const customer = await services.directory.byId(data.customerId);
    return auditTrail(deps, turn, customer ?? { id: data.customerId, name: data.customerId });
  });

  /**
   * Approval cards carry a Universal Actions `refresh`: they are answered with an invoke response we
   * send ourselves, so teams-ai never switches to replacing the card for everyone (docs/teams-app.md).
   */
  function onApprovalAction<S extends z.ZodType>(
    verb: string,
    schema: S,
    flow: (turn: Turn, data: z.output<S>) => Promise<AdaptiveCardJson>,
  ): void {
    app.adaptiveCards.actionExecute(verb, async (context, state, data) => {
      const turn = turnOf(context, roles, preferredLanguage(state));
      const parsed = schema.safeParse(data);
      logger.info({ verb, valid: parsed.success }, 'approval action');
      const card = parsed.success
        ? await guarded(turn, logger, () => flow(turn, parsed.data))
        : notice(turn, { kind: 'staleAction' });
      await answerInvoke(context, card);
      return card;
    });
  }
  onApprovalAction(VERBS.approvalRefresh, ACTION_DATA.approval, (turn, data) =>
    approvalView(deps, turn, data.requestId),
  );
  onApprovalAction(VERBS.approvalApprove, ACTION_DATA.approval, (turn, data) =>
    decideRequest(deps, turn, data.requestId, { kind: 'approve' }),
  );
  onApprovalAction(VERBS.approvalReject, ACTION_DATA.approvalReject, (turn, data) =>
    decideRequest(deps, turn, data.requestId, { kind: 'reject', reason: data.rejectReason }),
  );
  onApprovalAction(VERBS.approvalCancel, ACTION_DATA.approval, (turn, data) =>
    decideRequest(deps, turn, data.requestId, { kind: 'cancel' }),
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
