/**
 * Values in the user's language (issue 15, item 8): French labels with a narrow no-break space before
 * the colon, "1er" for the first of a month in French, country names from Intl.DisplayNames.
 */
import assert from 'node:assert/strict';
import { buildCustomerDetailsCard } from '../../cards/customerDetailsCard';
import { countryName, formatDate, formatDateTime } from '../../cards/format';
import { fact } from '../../cards/richText';
import { elements } from './cardAssertions';
import * as fx from './fixtures';

const NNBSP = '\u202f';

/** Every TextRun's text of a card, joined. */
function shownText(card: object): string {
  return elements(card, 'TextRun')
    .map((textRun: { text: string }) => textRun.text)
    .join('');
}

describe('localized values on cards', () => {
  it('French fact labels have a narrow no-break space before the colon; others none', () => {
    assert.equal(fact('fr', 'fact.customer', 'Contoso').runs[0].text, `Client${NNBSP}: `);
    assert.equal(fact('en', 'fact.customer', 'Contoso').runs[0].text, 'Customer: ');
    const french = shownText(buildCustomerDetailsCard(fx.detailsView('fr')));
    assert.match(french, new RegExp(`Domaine${NNBSP}: `));
    assert.doesNotMatch(french, /\S: /);
  });

  it('French dates say "1er" for the first of a month only', () => {
    assert.equal(formatDate('fr', '2026-12-01T00:00:00Z'), '1er décembre 2026');
    assert.equal(formatDateTime('fr', '2026-12-01T14:05:00Z'), '1er décembre 2026 à 14:05 UTC');
    assert.equal(formatDate('fr', '2026-12-11T00:00:00Z'), '11 décembre 2026');
    assert.equal(formatDate('fr', '2026-12-21T00:00:00Z'), '21 décembre 2026');
    assert.equal(formatDate('en', '2026-12-01T00:00:00Z'), '1 December 2026');
  });

  it('country codes are shown by their name in the locale, unknown codes as given', () => {
    assert.equal(countryName('en', 'FR'), 'France');
    assert.equal(countryName('fr', 'us'), 'États-Unis');
    assert.equal(countryName('pl', 'DE'), 'Niemcy');
    assert.equal(countryName('hu', 'HU'), 'Magyarország');
    assert.equal(countryName('fr', 'QQ'), 'QQ');
    assert.equal(countryName('en', 'USA'), 'USA');
    assert.match(shownText(buildCustomerDetailsCard(fx.detailsView('pl'))), /Francja/);
  });
});
