/** The Bot Framework adapter: JWT validation in production, none in local mode; turn errors answered. */
// Not the teams-ai index: see bot/app.ts.
import { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter';
import { INVOKE_RESPONSE_KEY } from 'botbuilder';
import type { ConfigurationBotFrameworkAuthenticationOptions, TurnContext } from 'botbuilder';
// botbuilder's own copy (botbuilder 4.23.3 pins botframework-connector 4.23.3): CloudAdapter answers
// 401 only for this class, 500 for any other error.
import { AuthenticationError } from 'botframework-connector';
import { buildNoticeCard } from '../cards/noticeCard';
import { resolveLocale, text } from '../cards/strings';
import type { BotCredentials } from '../services/config/config';
import type { Logger } from '../services/logging/logger';
import { reuseOutboundClients } from './outboundClientCache';
import { StoreUnavailableError } from '../services/store/recordStore';

export interface AdapterOptions {
  credentials?: BotCredentials;
  /** Extra Bot Framework auth settings (e.g. an OpenID metadata URL for tests). */
  authOverrides?: Partial<ConfigurationBotFrameworkAuthenticationOptions>;
  logger: Logger;
}

/** Errors of the JWT library that botbuilder's token validation lets through untranslated. */
const JWT_ERRORS = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

/**
 * TeamsAdapter whose token refusals are all 401s. botbuilder turns some of them into
 * AuthenticationError (wrong issuer, audience or serviceUrl, unknown key, expired) but lets the JWT
 * library's own errors through, which CloudAdapter answers with 500: a bad signature under a published
 * key id, `alg: none`, an HMAC algorithm, a token not valid yet. Those requests were refused either
 * way (no handler ran); this only corrects the status, so that anyone can't produce 500s at will.
 */
class DeskAdapter extends TeamsAdapter {
  constructor(config: Partial<ConfigurationBotFrameworkAuthenticationOptions>) {
    super(config);
    const auth = this.botFrameworkAuthentication;
    const authenticate = auth.authenticateRequest.bind(auth);
    auth.authenticateRequest = async (activity, authHeader) => {
      try {
        return await authenticate(activity, authHeader);
      } catch (error) {
        if (error instanceof Error && JWT_ERRORS.has(error.name)) {
          throw new AuthenticationError(`Unauthorized. ${error.message}`, 401);
        }
        throw error;
      }
    };
    reuseOutboundClients(auth);
  }
}

export function createAdapter({ credentials, authOverrides, logger }: AdapterOptions): TeamsAdapter {
  const adapter = new DeskAdapter({
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
