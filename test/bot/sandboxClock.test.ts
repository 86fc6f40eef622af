/**
 * SANDBOX_NOW: the sandbox Partner Center and the bot see the same later time, while the fixture's
 * relative dates stay where the real clock put them — so a window that is open today is closed at a
 * later sandbox time, on the card the partner reads.
 */
import assert from 'node:assert/strict';
import { adaptiveCardOf, messageActivity, PERSONAS, postActivity } from '../helpers/activities';
import { startTestBot, type Harness } from '../helpers/botHarness';
import { readableText } from '../helpers/cardQueries';
import { FakeConnector } from '../helpers/fakeConnector';

const DAY = 86_400_000;

describe('the sandbox clock (SANDBOX_NOW)', function () {
  this.timeout(30_000);
  let connector: FakeConnector;
  let harness: Harness | undefined;

  beforeEach(async () => {
    connector = new FakeConnector();
    await connector.start();
  });
  afterEach(async () => {
    await harness?.bot.stop();
    await connector.stop();
  });

  async function preflightOfFourthCoffee(env: Record<string, string>): Promise<string> {
    harness = await startTestBot(env);
    const activity = messageActivity('remove Fourth Coffee', {
      serviceUrl: connector.url,
      ...PERSONAS.alexSales,
    });
    assert.equal((await postActivity(harness.bot.url, activity)).status, 200);
    const [reply] = await connector.waitFor(1);
    return readableText(adaptiveCardOf(reply.body)).replace(/\n/g, '');
  }

  it('today the new-commerce subscription may still be cancelled; ten sandbox days later its window is closed', async () => {
    const today = await preflightOfFourthCoffee({});
    assert.match(today, /Cancelling is allowed until/);
    await harness!.bot.stop();
    harness = undefined;
    connector.activities.length = 0;

    const later = new Date(Date.now() + 10 * DAY).toISOString();
    const tenDaysOn = await preflightOfFourthCoffee({ SANDBOX_NOW: later });
    assert.doesNotMatch(tenDaysOn, /Cancelling is allowed until/);
    assert.match(tenDaysOn, /cannot be cancelled until its term ends/);
  });
});
