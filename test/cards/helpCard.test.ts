import assert from 'node:assert/strict';
import { buildHelpCard } from '../../cards/helpCard';
import { LOCALES, resolveLocale, STRINGS } from '../../cards/strings';
import { cardTexts } from '../helpers/activities';

describe('help card', () => {
  for (const locale of LOCALES) {
    it(`is complete in ${locale}: title, intro, each command with its description`, () => {
      const card = buildHelpCard({ locale, commands: [{ id: 'help', usage: 'usage-word' }] });
      const texts = cardTexts(card);
      assert.ok(texts.includes(STRINGS[locale]['help.intro']));
      assert.ok(texts.includes('usage-word'));
      assert.ok(texts.includes(` — ${STRINGS[locale]['command.help.description']}`));
      assert.equal(card.version, '1.5');
    });
  }

  it('leaves out the "unknown command" line when there is nothing to echo', () => {
    const card = buildHelpCard({ locale: 'en', commands: [] });
    assert.ok(!cardTexts(card).includes(STRINGS.en['help.unknownCommand'] + ' '));
  });

  it('echoes an unknown command literally and shortens a very long one', () => {
    const card = buildHelpCard({ locale: 'en', commands: [], unknownInput: `  *x* ${'y'.repeat(500)}` });
    const echoed = cardTexts(card).find((text) => text.startsWith('*x*'));
    assert.ok(echoed?.endsWith('…'));
    assert.equal(echoed?.length, 201);
  });
});

describe('locale choice', () => {
  it('takes the language of the activity locale and falls back to English', () => {
    assert.equal(resolveLocale('fr-FR'), 'fr');
    assert.equal(resolveLocale('fr-CA'), 'fr');
    assert.equal(resolveLocale('hu-HU'), 'hu');
    assert.equal(resolveLocale('PL'), 'pl');
    assert.equal(resolveLocale('de-DE'), 'en');
    assert.equal(resolveLocale(undefined), 'en');
    assert.equal(resolveLocale(''), 'en');
  });
});
