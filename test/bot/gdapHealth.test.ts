/**
 * GDAP health through the real bot: `gdap` answers the health card over the demo tenant's GDAP (a
 * relationship ending in 20 days, one holding Global Administrator, GDAP of a former customer), in the
 * user's language, and refuses someone not in the roles file; the weekly digest reaches the events
 * channel once per ISO week however often the periodic work runs, and again the next week (the clock
 * the sandbox and the services read is the test's).
 */
import assert from 'node:assert/strict';
import { adaptiveCardOf, messageActivity, PERSONAS, postActivity, type Persona } from '../helpers/activities';
import { startTestBot, type Harness } from '../helpers/botHarness';
import { paragraphsOf, readableText } from '../helpers/cardQueries';
import { isoWeekOf } from '../../services/notifications/isoWeek';
import { FakeConnector, type CapturedActivity } from '../helpers/fakeConnector';
import { until } from '../helpers/until';

const CHANNEL = '19:reseller-desk-gdap@thread.tacv2';
const DAY = 86_400_000;
const WEEK = 7 * DAY;

/**
 * Wednesday noon (UTC) of this week: the sandbox resolves the demo tenant's relative dates against the
 * real clock, so the test's clock stays within days of it, and far from a week's edges.
 */
function thisWednesdayNoon(): number {
  const today = new Date();
  const midnight = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return midnight + (3 - (today.getUTCDay() || 7)) * DAY + 12 * 3_600_000;
}
const ENDS = /ends \d{1,2} [A-Z][a-z]+ \d{4}/;

describe('GDAP health in Teams', function () {
  this.timeout(30_000);
  let connector: FakeConnector;
  let harness: Harness;
  let offset = 0;

  beforeEach(async () => {
    connector = new FakeConnector();
    await connector.start();
    offset = 0;
    const started = Date.now();
    const base = thisWednesdayNoon();
    harness = await startTestBot({}, {}, { now: () => new Date(base + (Date.now() - started) + offset) });
  });
  afterEach(async () => {
    await harness.bot.stop();
    await connector.stop();
  });

  async function say(text: string, who: Persona, locale = 'en-US', channel = false) {
    const before = connector.activities.length;
    const activity = messageActivity(text, {
      serviceUrl: connector.url,
      locale,
      ...who,
      ...(channel
        ? { conversationId: `${CHANNEL};messageid=1700000000000`, conversationType: 'channel' as const }
        : { conversationId: `a:personal-${who.userId}` }),
    });
    assert.equal((await postActivity(harness.bot.url, activity)).status, 200);
    const [reply] = (await connector.waitFor(before + 1)).slice(before);
    return adaptiveCardOf(reply.body);
  }

  it('answers `gdap` with the health card: what ends soon, what cannot auto-extend, GDAP without a customer', async () => {
    const paragraphs = paragraphsOf(await say('gdap', PERSONAS.adeleHelpdesk));
    const after = (heading: string) => paragraphs.slice(paragraphs.indexOf(heading));
    assert.equal(paragraphs[0], 'GDAP health');
    const ending = after('Ending within 30 days (1)');
    assert.equal(ending[2], 'Consolidated Messenger');
    assert.match(
      ending[3],
      new RegExp(
        `^Fabrikam support consolidatedmessenger · Active · ${ENDS.source} · does not auto-extend · ` +
          'Directory Readers, License Administrator, Service Support Administrator$',
      ),
    );
    const globalAdmin = after('Cannot auto-extend (1)');
    assert.equal(globalAdmin[2], 'Fabrikam Fiber');
    assert.match(
      globalAdmin[3],
      /^Fabrikam admin fabrikamfiber · Active · .* · Global Administrator, User Administrator$/,
    );
    assert.equal(after('GDAP without a reseller relationship (1)')[2], 'City Power & Light');
    assert.ok(paragraphs.some((p) => /^Customers without GDAP \(33\)$/.test(p)));
    assert.ok(paragraphs.includes('And 23 more.'));
  });

  it('answers in the language of the user, and refuses someone not in the roles file', async () => {
    const french = paragraphsOf(await say('gdap', PERSONAS.alexSales, 'fr-FR'));
    assert.equal(french[0], 'Santé des relations GDAP');
    assert.ok(french.some((p) => p.includes('prolongation automatique impossible (Administrateur général)')));
    const refused = readableText(await say('gdap', PERSONAS.lynneUnknown));
    assert.doesNotMatch(refused, /Consolidated Messenger/);
  });

  it('posts the weekly digest to the events channel once per ISO week, however often the periodic work runs', async () => {
    await say('<at>Reseller Desk</at> notify here', PERSONAS.meganAdminApprover, 'en-US', true);
    const digests = (): CapturedActivity[] =>
      connector.activities.filter(
        (a) =>
          a.conversationId === CHANNEL &&
          a.method === 'POST' &&
          JSON.stringify(a.body).includes('Weekly GDAP check'),
      );
    for (let run = 0; run < 3; run++) await harness.bot.services.periodicWork();
    const [first] = await until('the digest in the channel', () => digests().length > 0 && digests());
    const week = isoWeekOf(harness.bot.services.now());
    const card = paragraphsOf(adaptiveCardOf(first.body));
    assert.ok(card.includes(`Week: ${week}`), card.join('\n'));
    assert.ok(card.includes('Ending within 30 days: 1'));
    const bullet = new RegExp(
      `^•\u00a0Consolidated Messenger — Fabrikam support consolidatedmessenger, ${ENDS.source}$`,
    );
    assert.ok(
      card.some((p) => bullet.test(p)),
      card.join('\n'),
    );
    assert.ok(card.includes('GDAP without a reseller relationship: 1'));
    await harness.bot.services.periodicWork();
    await harness.bot.settled();
    assert.equal(digests().length, 1, 'once in the week');

    offset = WEEK;
    await harness.bot.services.periodicWork();
    await harness.bot.services.periodicWork();
    const [, second] = await until('next week’s digest', () => digests().length > 1 && digests());
    const nextWeek = isoWeekOf(harness.bot.services.now());
    assert.notEqual(nextWeek, week);
    assert.ok(paragraphsOf(adaptiveCardOf(second.body)).includes(`Week: ${nextWeek}`));
    await harness.bot.settled();
    assert.equal(digests().length, 2, 'once more the next week');
  });
});
