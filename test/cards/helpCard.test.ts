import assert from 'node:assert/strict';
import { buildHelpCard } from '../../cards/helpCard';
import { LOCALES, resolveLocale, STRINGS } from '../../cards/strings';
import type { HelpView } from '../../cards/views';
import { cardTexts } from '../helpers/activities';
import { executeActions } from './cardAssertions';

const USER: HelpView['user'] = { name: 'Alex Wilber', roles: ['adminAgent', 'salesAgent'], approver: true };

describe('help card', () => {
  for (const locale of LOCALES) {
    it(`is complete in ${locale}: title, intro, greeting with roles, each command with its description`, () => {
      const card = buildHelpCard({
        locale,
        user: USER,
        commands: [
          { name: 'help', usage: 'usage-word', allowed: true },
          { name: 'remove', usage: 'remove-word', allowed: false },
        ],
      });
      const texts = cardTexts(card);
      assert.ok(texts.includes(STRINGS[locale]['help.intro']));
      assert.ok(texts.includes('usage-word'));
      assert.ok(texts.includes(` — ${STRINGS[locale]['command.help.description']}`));
      assert.ok(texts.includes(STRINGS[locale]['help.needsRole']));
      assert.ok(texts.join('').includes(STRINGS[locale]['role.adminAgent']));
      assert.ok(texts.join('').includes(STRINGS[locale]['role.salesAgent']));
      assert.ok(texts.includes(STRINGS[locale]['help.approver']));
      assert.equal(card.version, '1.5');
    });
  }

  it('lists allowed commands first and marks the others as needing another role', () => {
    const card = buildHelpCard({
      locale: 'en',
      user: USER,
      commands: [
        { name: 'remove', usage: 'remove', allowed: false },
        { name: 'customers', usage: 'customers', allowed: true },
      ],
    });
    const texts = cardTexts(card);
    assert.ok(texts.indexOf('customers') < texts.indexOf('remove'));
    assert.equal(texts[texts.indexOf('remove') + 2], STRINGS.en['help.needsRole']);
  });

  it('shows the Customers and Invite buttons only when those commands are allowed', () => {
    const commands = (allowed: boolean): HelpView['commands'] => [
      { name: 'customers', usage: 'customers', allowed },
      { name: 'inviteNew', usage: 'invite new', allowed },
    ];
    const allowed = executeActions(buildHelpCard({ locale: 'en', user: USER, commands: commands(true) }));
    assert.deepEqual(
      allowed.map((action) => action.data),
      [{ command: 'customers' }, { command: 'inviteNew' }],
    );
    assert.ok(allowed.every((action) => action.verb === 'command.run'));
    const none = executeActions(buildHelpCard({ locale: 'en', user: USER, commands: commands(false) }));
    assert.deepEqual(none, []);
  });

  it('tells a user without roles to ask their admin', () => {
    const card = buildHelpCard({
      locale: 'en',
      user: { name: 'Eve', roles: [], approver: true },
      commands: [],
    });
    const texts = cardTexts(card).join('');
    assert.ok(texts.includes('You are not in the roles file'));
    assert.ok(!texts.includes(STRINGS.en['help.approver']));
  });

  it('leaves out the "unknown command" line when there is nothing to echo', () => {
    const card = buildHelpCard({ locale: 'en', user: USER, commands: [] });
    assert.ok(!cardTexts(card).includes(STRINGS.en['help.unknownCommand'] + ' '));
  });

  it('echoes an unknown command literally and shortens a very long one', () => {
    const card = buildHelpCard({
      locale: 'en',
      user: USER,
      commands: [],
      unknownInput: `  *x* ${'y'.repeat(500)}`,
    });
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
