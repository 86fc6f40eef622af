/**
 * The notification transport over the Bot Framework: proactive sends and in-place updates through the
 * adapter (`continueConversationAsync`), with connector failures mapped to ChannelDeliveryError so the
 * sender can tell throttling (429), dead references (403/404) and transient failures (5xx, network)
 * apart.
 *
 * In local mode the bot has no app id (''): the adapter then sends without credentials, which is what
 * the Agents Playground and the loopback fake connector accept.
 */
import type { CloudAdapter, ConversationAccount, ConversationReference, TurnContext } from 'botbuilder';
import type { Logger } from '../services/logging/logger';
import type { StoredReference } from '../services/notifications/channelRegistry';
import {
  ChannelDeliveryError,
  parseRetryAfter,
  type ChannelTransport,
} from '../services/notifications/channelTransport';

/** The adapter surface used here (a teams-ai TeamsAdapter is a CloudAdapter). */
export type ProactiveAdapter = Pick<CloudAdapter, 'continueConversationAsync' | 'ConnectorClientKey'>;

export interface TeamsChannelTransportOptions {
  /**
   * Keep the connector client's own retries (default false). The Bot Framework connector retries 429
   * (honouring Retry-After) and 5xx three times inside one call, which would multiply the sender's
   * retries, hide 429s from it and hold a conversation's queue for seconds. The sender retries with
   * backoff and rate limits itself, so by default each call makes exactly one HTTP request.
   */
  sdkRetries?: boolean;
  logger?: Logger;
}

export function createTeamsChannelTransport(
  adapter: ProactiveAdapter,
  botAppId: string,
  options: TeamsChannelTransportOptions = {},
): ChannelTransport {
  let warned = false;
  const run = async (reference: StoredReference, logic: (context: TurnContext) => Promise<void>) => {
    // A failure is caught inside the turn and rethrown here: otherwise the adapter's onTurnError (set by
    // bot/adapter.ts) would swallow it and the send would look delivered.
    let failure: { error: unknown } | undefined;
    try {
      await adapter.continueConversationAsync(
        botAppId,
        toConversationReference(reference),
        async (context) => {
          if (
            !options.sdkRetries &&
            !disableSdkRetries(context.turnState.get(adapter.ConnectorClientKey)) &&
            !warned
          ) {
            warned = true;
            options.logger?.warn(
              'could not turn off the connector client retries; calls may retry on their own',
            );
          }
          try {
            await logic(context);
          } catch (error) {
            failure = { error };
          }
        },
      );
    } catch (error) {
      throw toDeliveryError(error);
    }
    if (failure) throw toDeliveryError(failure.error);
  };
  return {
    async send(reference, activity) {
      let id: string | undefined;
      await run(reference, async (context) => {
        // The continuation activity has an id, which TurnContext turns into replyToId: the adapter would
        // then POST /activities/{id} (a thread reply). A notification is a new top-level post.
        context.onSendActivities(async (_context, activities, next) => {
          for (const outgoing of activities) delete outgoing.replyToId;
          return next();
        });
        const response = await context.sendActivity({ type: 'message', ...activity });
        id = response?.id;
      });
      return { id };
    },
    async update(reference, activityId, activity) {
      await run(reference, async (context) => {
        await context.updateActivity({ type: 'message', ...activity, id: activityId });
      });
    },
  };
}

/** A full ConversationReference for a stored one: no activityId, so a send is a top-level post. */
export function toConversationReference(reference: StoredReference): Partial<ConversationReference> {
  return {
    serviceUrl: reference.serviceUrl,
    channelId: reference.channelId,
    // Only what was captured; the connector routes by serviceUrl and conversation id.
    conversation: { ...reference.conversation } as ConversationAccount,
    bot: { id: reference.bot.id, name: reference.bot.name ?? '' },
  };
}

/**
 * Removes the retry policy from this turn's connector client (a new client is made for every proactive
 * turn, so nothing else is affected). Relies on botframework-connector 4.23 internals: ConnectorClient
 * → `.client` (an @azure/core-client ServiceClient) → `.pipeline`. Returns false if they changed.
 */
function disableSdkRetries(connectorClient: unknown): boolean {
  const pipeline = (connectorClient as { client?: { pipeline?: { removePolicy?: unknown } } } | undefined)
    ?.client?.pipeline;
  if (!pipeline || typeof pipeline.removePolicy !== 'function') return false;
  const removed = (pipeline.removePolicy as (options: { name: string }) => unknown[]).call(pipeline, {
    name: 'defaultRetryPolicy',
  });
  return Array.isArray(removed) && removed.length > 0;
}

/**
 * Maps what the connector client throws (a RestError with `statusCode` and `response.headers`, or a
 * network error without a status) to a ChannelDeliveryError. Never includes request headers (tokens).
 */
export function toDeliveryError(error: unknown): ChannelDeliveryError {
  if (error instanceof ChannelDeliveryError) return error;
  const e = (error ?? {}) as {
    statusCode?: unknown;
    status?: unknown;
    code?: unknown;
    message?: unknown;
    response?: { status?: unknown; headers?: unknown; bodyAsText?: unknown; parsedBody?: unknown };
  };
  const rawStatus = e.statusCode ?? e.response?.status ?? e.status;
  const status = typeof rawStatus === 'number' && Number.isInteger(rawStatus) ? rawStatus : 0;
  const retryAfter = parseRetryAfter(header(e.response?.headers, 'retry-after'));
  const code = errorCode(e.response) ?? (typeof e.code === 'string' && status > 0 ? e.code : undefined);
  const message = typeof e.message === 'string' ? e.message : String(error);
  return new ChannelDeliveryError(status, retryAfter, message.slice(0, 500), code);
}

function header(headers: unknown, name: string): unknown {
  if (!headers || typeof headers !== 'object') return undefined;
  const h = headers as { get?: unknown } & Record<string, unknown>;
  if (typeof h.get === 'function') return (h.get as (n: string) => unknown).call(headers, name);
  const key = Object.keys(h).find((k) => k.toLowerCase() === name);
  return key ? h[key] : undefined;
}

/** The Bot Framework error code from the response body ({ error: { code, message } }). */
function errorCode(response: { bodyAsText?: unknown; parsedBody?: unknown } | undefined): string | undefined {
  let body: unknown = response?.parsedBody;
  if (body === undefined && typeof response?.bodyAsText === 'string') {
    try {
      body = JSON.parse(response.bodyAsText);
    } catch {
      return undefined;
    }
  }
  const code = (body as { error?: { code?: unknown } } | undefined)?.error?.code;
  return typeof code === 'string' ? code : undefined;
}
