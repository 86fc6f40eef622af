/** The Bot Framework adapter: JWT validation in production, none in local mode; turn errors answered. */
import { TeamsAdapter } from '@microsoft/teams-ai';
import { INVOKE_RESPONSE_KEY } from 'botbuilder';
import type { ConfigurationBotFrameworkAuthenticationOptions, TurnContext } from 'botbuilder';
import { buildNoticeCard } from '../cards/noticeCard';
import { resolveLocale, text } from '../cards/strings';
import type { BotCredentials } from '../services/config/config';
import type { Logger } from '../services/logging/logger';
import { StoreUnavailableError } from '../services/store/recordStore';

export interface AdapterOptions {
  credentials?: BotCredentials;
  /** Extra Bot Framework auth settings (e.g. an OpenID metadata URL for tests). */
  authOverrides?: Partial<ConfigurationBotFrameworkAuthenticationOptions>;
  logger: Logger;
}

export function createAdapter({ credentials, authOverrides, logger }: AdapterOptions): TeamsAdapter {
  const adapter = new TeamsAdapter({
    MicrosoftAppId: credentials?.appId ?? '',
    MicrosoftAppPassword: credentials?.appPassword ?? '',
    MicrosoftAppType: credentials?.appType ?? 'MultiTenant',
    MicrosoftAppTenantId: credentials?.tenantId ?? '',
    ...authOverrides,
  });

  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    const storeDown = error instanceof StoreUnavailableError;
    logger.error(
      { err: { name: error.name, message: error.message, stack: storeDown ? undefined : error.stack } },
      'turn failed',
    );
    const locale = resolveLocale(context.activity.locale);
    const cardAction = context.activity.type === 'invoke' && context.activity.name === 'adaptiveCard/action';
    // A card click whose turn could not even load its state (store down) gets the notice card as its
    // answer, as a click that fails inside a flow does; otherwise Teams shows only a generic failure.
    // A click already answered (the store failed afterwards, saving turn state) keeps its answer.
    const answered = cardAction && context.turnState.get(INVOKE_RESPONSE_KEY) !== undefined;
    if (answered || (context.activity.type !== 'message' && !(cardAction && storeDown))) return;
    try {
      if (cardAction) {
        await context.sendActivity({
          type: 'invokeResponse',
          value: {
            status: 200,
            body: {
              statusCode: 200,
              type: 'application/vnd.microsoft.card.adaptive',
              value: buildNoticeCard({ locale, kind: 'storeUnavailable' }),
            },
          },
        });
        return;
      }
      await context.sendActivity(text(locale, storeDown ? 'error.storeUnavailable' : 'error.generic'));
    } catch (sendError) {
      logger.error(
        { err: { message: (sendError as Error).message } },
        'could not tell the user about the failure',
      );
    }
  };
  return adapter;
}
