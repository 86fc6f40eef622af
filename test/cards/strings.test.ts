/**
 * Every locale has exactly the English keys, no string is left empty or untranslated by accident, and
 * French puts a narrow no-break space before `:` `;` `?` `!` (issue 15, item 8).
 */
import assert from 'node:assert/strict';
import { LOCALES, STRINGS } from '../../cards/strings';

describe('strings per locale', () => {
  const reference = Object.keys(STRINGS.en).sort();
  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    it(`${locale} has no missing and no extra key`, () => {
      const keys = Object.keys(STRINGS[locale]).sort();
      assert.deepEqual(
        {
          missing: reference.filter((k) => !keys.includes(k)),
          extra: keys.filter((k) => !reference.includes(k)),
        },
        { missing: [], extra: [] },
      );
    });
    it(`${locale} has a non-empty text for every key, translated where it is a sentence`, () => {
      for (const [key, value] of Object.entries(STRINGS[locale])) {
        assert.ok(value.trim(), `${locale} ${key} is empty`);
        if (value.includes(' ') && value.length > 20) {
          assert.notEqual(
            value,
            STRINGS.en[key as keyof typeof STRINGS.en],
            `${locale} ${key} is still English`,
          );
        }
      }
    });
  }

  it('fr has a narrow no-break space before every : ; ? ! that ends a word', () => {
    for (const [key, value] of Object.entries(STRINGS.fr)) {
      for (const match of value.matchAll(/(.)([:;?!])(?=[\s{]|$)/g))
        assert.equal(match[1], '\u202f', `fr ${key}: "${match[0]}" in ${JSON.stringify(value)}`);
    }
  });

  it('no other locale puts a space before a colon', () => {
    for (const locale of LOCALES.filter((l) => l !== 'fr'))
      for (const [key, value] of Object.entries(STRINGS[locale]))
        assert.doesNotMatch(value, /[\s\u202f]:(?=[\s{]|$)/, `${locale} ${key}`);
  });
});
