/**
 * Where a persona talks to the real bot in the HTTP tests, and how: their 1:1 chat or the team
 * channel; a message answered by the bot's reply to it (not by a notification arriving meanwhile);
 * a card click, optionally on a given message (the invoke's replyToId).
 */
import assert from 'node:assert/strict';
import {
  actionActivity,
  adaptiveCardOf,
  invoke,
  messageActivity,
  postActivity,
  type ActivityOptions,
  type Persona,
} from './activities';
import type { FakeConnector } from './fakeConnector';
import { until } from './until';

export const TEAM_CHANNEL = '19:reseller-desk-team@thread.tacv2';

export function personalChat(serviceUrl: string, who: Persona): ActivityOptions {
  return { serviceUrl, conversationId: `a:personal-${who.userId}`, ...who };
}

/** A thread of the team channel (what a channel message's conversation id looks like). */
export function teamChannel(serviceUrl: string, who: Persona): ActivityOptions {
  return {
    serviceUrl,
    conversationId: `${TEAM_CHANNEL};messageid=1700000000000`,
    conversationType: 'channel',
    ...who,
  };
}

/** Sends a message and answers the card of the bot's reply to it. */
export async function replyTo(
  botUrl: string,
  connector: FakeConnector,
  text: string,
  options: ActivityOptions,
): Promise<any> {
  const activity = messageActivity(text, options);
  assert.equal((await postActivity(botUrl, activity)).status, 200);
  const reply = await until('the reply', () =>
    connector.activities.find((a) => a.method === 'POST' && a.body?.replyToId === activity.id),
  );
  return adaptiveCardOf(reply.body);
}

/** Clicks an Action.Execute button (on message `replyToId` when given); answers the card. */
export async function clickOn(
  botUrl: string,
  verb: string,
  data: Record<string, unknown>,
  options: ActivityOptions,
  replyToId?: string,
): Promise<any> {
  const body = await invoke(botUrl, { ...actionActivity(verb, data, options), replyToId });
  assert.equal(body.statusCode, 200);
  return body.value;
}
