/** Inner e2e suite, run inside a loopback-only network namespace by playground.test.ts. */
import assert from 'node:assert/strict';
import { adaptiveCardOf, cardTexts } from '../helpers/activities';
import { PlaygroundSession } from './playgroundSession';

describe('in the Agents Playground: first conversation', () => {
  let session: PlaygroundSession;

  before(async () => {
    session = new PlaygroundSession({ botPort: 3978, playgroundPort: 56150, conversationId: 'e2e-help' });
    await session.start();
  });
  after(async () => {
    await session?.stop();
  });

  it('greets with the help card when the app is installed', async () => {
    await session.install();
    const [welcome] = await session.waitForBotActivities(1);
    assert.ok(
      cardTexts(adaptiveCardOf(welcome)).some((text) =>
        text.startsWith('I help you manage reseller relationships'),
      ),
    );
  });

  it('answers `help` typed in the chat with the help card', async () => {
    const before = session.botActivities().length;
    await session.say('help');
    const activities = await session.waitForBotActivities(before + 1);
    const texts = cardTexts(adaptiveCardOf(activities[before]));
    assert.ok(texts.includes('help'));
    assert.ok(texts.includes(' — Show what you can do here.'));
  });

  it('answers an unknown command with help that names what was typed', async () => {
    const before = session.botActivities().length;
    await session.say('list my invoices');
    const activities = await session.waitForBotActivities(before + 1);
    assert.ok(cardTexts(adaptiveCardOf(activities[before])).includes('list my invoices'));
  });

  it('logged the turns as JSON lines with request ids, and the local-mode warning', () => {
    assert.match(session.botLog, /LOCAL MODE: no MicrosoftAppId is set/);
    assert.match(session.botLog, /"command":"help".*"msg":"command received"/);
  });
});
