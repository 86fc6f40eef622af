/** The Bot Framework adapter: JWT validation in production, none in local mode; turn errors answered. */
// Not the teams-ai index: see bot/app.ts.
import { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter';
import type { ConfigurationBotFrameworkAuthenticationOptions, TurnContext } from 'botbuilder';
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
    if (context.activity.type !== 'message') return;
    const locale = resolveLocale(context.activity.locale);
    try {
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
