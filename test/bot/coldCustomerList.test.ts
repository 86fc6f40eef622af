/**
 * `customers` right after a start, while the customer list is still being read from Partner Center
 * page by page (a sandbox of 5,000 customers answering each call after SANDBOX_DELAY_MS): the picker
 * answers from the customers read so far and says the list is still loading; once read, the whole
 * list without the note.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { STRINGS } from '../../cards/strings';
import { generateTenant } from '../../services/partner-center';
import { startTestBot, type Harness } from '../helpers/botHarness';
import { adaptiveCardOf, messageActivity, PERSONAS, postActivity } from '../helpers/activities';
import { inputOf, paragraphsOf, readableText } from '../helpers/cardQueries';
import { FakeConnector } from '../helpers/fakeConnector';

const CUSTOMERS = 5_000;
/** The list is read 500 at a time: 10 calls one after the other, at least 400 ms each. */
const DELAY_MS = '400';

const loadingNoteStart = STRINGS.en['picker.loading'].split('(')[0];
/** The number of matching customers the picker says ("Matching customers: 1,500. Showing …"). */
const matching = (card: unknown) =>
  Number(/Matching customers: ([\d,]+)/.exec(paragraphsOf(card).join('\n'))?.[1]?.replace(/,/g, ''));

describe('`customers` right after a start, while the customer list is still read', function () {
  this.timeout(60_000);
  let harness: Harness;
  let connector: FakeConnector;

  before(async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'rd-cold-')), 'tenant.json');
    writeFileSync(file, JSON.stringify(generateTenant(CUSTOMERS)));
    connector = new FakeConnector();
    await connector.start();
    harness = await startTestBot({ SANDBOX_DATA: file, SANDBOX_DELAY_MS: DELAY_MS });
  });
  after(async () => {
    await harness.bot.stop();
    await connector.stop();
  });

  it('answers from the customers read so far and says so, then from the whole list', async () => {
    /** Says `text` as Alex and returns the card answered. */
    const say = async (text: string) => {
      const before = connector.activities.length;
      const activity = messageActivity(text, { serviceUrl: connector.url, ...PERSONAS.alexSales });
      assert.equal((await postActivity(harness.bot.url, activity)).status, 200);
      // A slow turn first shows Teams' typing indicator, maybe more than once.
      for (let count = before + 1; ; count++) {
        const reply = (await connector.waitFor(count, 30_000))[count - 1];
        if ((reply.body as { type?: string }).type === 'message') return adaptiveCardOf(reply.body);
      }
    };
    const early = await say('customers');
    assert.ok(readableText(early).includes(loadingNoteStart), readableText(early));
    assert.equal(inputOf(early, 'customerId')?.choices.length, 15, 'a first page to choose from');
    const soFar = matching(early);
    assert.ok(soFar > 0 && soFar < CUSTOMERS, `${soFar} customers read so far`);

    // Naming one customer waits for the whole list: "not found" must mean not found.
    const last = await say('customer Generated Customer 004999');
    assert.ok(readableText(last).includes('Generated Customer 004999'), readableText(last));
    assert.ok(!readableText(last).includes(STRINGS.en['notice.customerNotFound.title']));

    await harness.bot.services.directory.current();
    const later = await say('customers');
    assert.ok(!readableText(later).includes(loadingNoteStart), 'no note once the list is read');
    assert.ok(matching(later) > soFar, `${matching(later)} customers in all`);
  });
});
