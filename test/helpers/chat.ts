/** A person talking to the real bot over HTTP: typed commands and card clicks, answered with a card. */
import assert from 'node:assert/strict';
import {
  actionActivity,
  adaptiveCardOf,
  invoke,
  messageActivity,
  PERSONAS,
  postActivity,
  type Persona,
} from './activities';
import { startTestBot, type Harness } from './botHarness';
import { sentBy, type CardAction } from './cardQueries';
import { FakeConnector } from './fakeConnector';

export interface Chat {
  say(text: string, who?: Persona, locale?: string): Promise<any>;
  click(verb: string, data: Record<string, unknown>, who?: Persona, locale?: string): Promise<any>;
  /** Presses a button of `card` as a client does: its data and the card's inputs, as `typed` changed them. */
  press(card: unknown, action: CardAction, typed?: Record<string, string>, who?: Persona): Promise<any>;
}

export function chat(harness: Harness, connector: FakeConnector): Chat {
  const click: Chat['click'] = async (verb, data, who = PERSONAS.alexSales, locale = 'en-US') => {
    const body = await invoke(
      harness.bot.url,
      actionActivity(verb, data, { serviceUrl: connector.url, locale, ...who }),
    );
    assert.equal(body.statusCode, 200);
    assert.equal(body.type, 'application/vnd.microsoft.card.adaptive', JSON.stringify(body).slice(0, 300));
    return body.value;
  };
  return {
    async say(text, who = PERSONAS.alexSales, locale = 'en-US') {
      const before = connector.activities.length;
      const response = await postActivity(
        harness.bot.url,
        messageActivity(text, { serviceUrl: connector.url, locale, ...who }),
      );
      assert.equal(response.status, 200);
      const [reply] = (await connector.waitFor(before + 1)).slice(before);
      return adaptiveCardOf(reply.body);
    },
    click,
    press: (card, action, typed = {}, who) => click(action.verb!, sentBy(card, action, typed), who),
  };
}

/** A bot (sandbox, demo roles, customers loaded) and a fake Teams connector around each test of a suite. */
export interface BotUnderTest {
  readonly harness: Harness;
  readonly connector: FakeConnector;
  readonly user: Chat;
}

export function botEachTest(): BotUnderTest {
  let current: { harness: Harness; connector: FakeConnector; user: Chat } | undefined;
  const get = () => {
    if (!current) throw new Error('the bot runs only inside a test');
    return current;
  };
  beforeEach(async () => {
    const connector = new FakeConnector();
    await connector.start();
    const harness = await startTestBot();
    await harness.bot.services.directory.current();
    current = { harness, connector, user: chat(harness, connector) };
  });
  afterEach(async () => {
    await current?.harness.bot.stop();
    await current?.connector.stop();
    current = undefined;
  });
  return {
    get harness() {
      return get().harness;
    },
    get connector() {
      return get().connector;
    },
    get user() {
      return get().user;
    },
  };
}
