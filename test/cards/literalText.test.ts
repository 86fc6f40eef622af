/**
 * Text is data (issue 15, item 7): `{{DATE(…)}}` and `{{TIME(…)}}` in data are shown as typed by the
 * official `adaptivecards` renderer (which formats them as dates), on every card and in every locale.
 * Renders in headless Chromium (test/e2e/browser.ts) with the renderer's UMD bundle.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { showLiterally } from '../../cards/literalText';
import { LOCALES } from '../../cards/strings';
import { chromiumMissing, launchChromium, type ChromiumSession } from '../e2e/browser';
import { allViewCases, vary } from './cardCases';

const DATE = '{{DATE(2017-02-14T06:08:39Z, SHORT)}}';
const TIME = '{{TIME(2017-02-14T06:08:39Z)}}';
const DATA = `Contoso ${DATE} at ${TIME}`;
const BUNDLE = path.resolve(__dirname, '../../../node_modules/adaptivecards/dist/adaptivecards.min.js');

/** The text the renderer shows for each card (inputs' labels, facts and choices included). */
async function renderedTexts(page: Page, cards: object[]): Promise<string[]> {
  return page.evaluate((all) => {
    const AC = (globalThis as any).AdaptiveCards;
    return all.map((card) => {
      const adaptiveCard = new AC.AdaptiveCard();
      adaptiveCard.parse(card);
      return (adaptiveCard.render() as { textContent: string | null }).textContent ?? '';
    });
  }, cards);
}

describe('text from data on cards', function () {
  this.timeout(120_000);
  let session: ChromiumSession | undefined;
  let page: Page;

  before(async function () {
    const missing = chromiumMissing();
    if (missing) {
      process.stdout.write(`      skipped: ${missing}\n`);
      this.skip();
    }
    session = await launchChromium();
    page = await session.context.newPage();
    await page.addScriptTag({ path: BUNDLE });
  });
  after(async () => session?.close());

  it('keeps {{ }} literal without changing other text', () => {
    assert.equal(showLiterally('a {{b}} {c} {{{'), 'a {\u2060{b}} {c} {\u2060{\u2060{');
    assert.equal(showLiterally('Contoso'), 'Contoso');
  });

  for (const locale of LOCALES) {
    it(`shows {{DATE(…)}} and {{TIME(…)}} as typed, not as a date, on every card (${locale})`, async () => {
      const cases = allViewCases();
      const cards = cases.map(({ view, build }) => ({
        ...build(vary(view(locale), [DATA], [])),
        lang: locale,
      }));
      const texts = await renderedTexts(page, cards);
      texts.forEach((shown, index) => {
        const name = `${cases[index].name} (${locale})`;
        const plain = shown.split('\u2060').join('');
        for (const literal of [DATE, TIME].map((whole) => whole.slice(0, 30)))
          if (JSON.stringify(cards[index]).includes(literal.slice(2)))
            assert.ok(plain.includes(literal), `${name}: ${literal} is not shown as typed`);
        // What is left once the literal text (or its start, where a card shortens long data) is taken out.
        const rest = plain.replace(/\{\{(?:DATE|TIME)\([^)]*(?:\)\}?\}?)?/g, '');
        assert.doesNotMatch(rest, /2017|\b0?6[:.]08\b/, `${name}: a date or time was formatted`);
      });
    });
  }
});
