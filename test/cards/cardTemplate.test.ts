/** Template expansion: nothing unresolved reaches a user, data is shown literally, size is bounded. */
import assert from 'node:assert/strict';
import { CardRenderError, expandCardTemplate, MAX_CARD_BYTES } from '../../cards/cardTemplate';
import { cardTexts } from '../helpers/activities';

const template = {
  type: 'AdaptiveCard',
  version: '1.5',
  body: [
    { type: 'TextBlock', text: '${title}' },
    { type: 'RichTextBlock', inlines: [{ $data: '${names}', type: 'TextRun', text: '${$data}' }] },
  ],
};

describe('card template expansion', () => {
  it('fills the template from data', () => {
    const card = expandCardTemplate('t', template, { title: 'Customers', names: ['Contoso', 'Fabrikam'] });
    assert.deepEqual(cardTexts(card), ['Customers', 'Contoso', 'Fabrikam']);
  });

  it('fails instead of sending a card with an unresolved expression', () => {
    assert.throws(
      () => expandCardTemplate('t', template, { names: [] }),
      (error: unknown) =>
        error instanceof CardRenderError &&
        /unresolved template expression at body\[0\]\.text/.test(error.message),
    );
  });

  it('shows template syntax and markdown inside data literally, without evaluating it', () => {
    const hostile = ['${title}', '${if(true, "x", "y")}', '**Bold** [link](http://evil) <at>CEO</at>', '$'];
    const card = expandCardTemplate('t', template, { title: 'T', names: hostile });
    assert.deepEqual(cardTexts(card), ['T', ...hostile]);
  });

  it('parses a template once and reuses it: expansions stay independent of one another', () => {
    const first = expandCardTemplate('t', template, { title: 'A', names: ['One'] });
    assert.throws(() => expandCardTemplate('t', template, { names: ['x'] }), CardRenderError);
    const second = expandCardTemplate('t', template, { title: 'B', names: ['Two', 'Three'] });
    const again = expandCardTemplate('t', template, { title: 'A', names: ['One'] });
    assert.deepEqual(cardTexts(second), ['B', 'Two', 'Three']);
    assert.deepEqual(again, first);
    assert.notEqual(again, first);
    assert.deepEqual(cardTexts(template), ['${title}', '${$data}']);
  });

  it('gives a card that shares nothing with its data: changing one leaves the other as it was', () => {
    const withValues = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'RichTextBlock', inlines: '${runs}' }],
      actions: [{ type: 'Action.Execute', verb: 'v', data: '${action}' }],
    };
    const data = { runs: [{ type: 'TextRun', text: 'Contoso' }], action: { customerId: 'c-1' } };
    const card = expandCardTemplate('t', withValues, data) as unknown as {
      body: { inlines: { text: string }[] }[];
      actions: { data: { customerId: string } }[];
    };
    card.body[0].inlines[0].text = 'changed';
    card.actions[0].data.customerId = 'changed';
    assert.deepEqual(data, { runs: [{ type: 'TextRun', text: 'Contoso' }], action: { customerId: 'c-1' } });
  });

  it('counts the budget in UTF-8 bytes, not characters', () => {
    // 9,600 characters: 9.6 KB as ASCII, 28.8 KB as three-byte dashes.
    const ascii = ['x'.repeat(9_600)];
    assert.equal(cardTexts(expandCardTemplate('t', template, { title: 'T', names: ascii }))[1], ascii[0]);
    assert.throws(
      () => expandCardTemplate('t', template, { title: 'T', names: ['—'.repeat(9_600)] }),
      new RegExp(`over the ${MAX_CARD_BYTES}-byte limit`),
    );
  });

  it('refuses a card over the 28 KB budget', () => {
    const names = Array.from({ length: 400 }, (_, i) => `Customer ${i} ${'x'.repeat(80)}`);
    assert.throws(
      () => expandCardTemplate('t', template, { title: 'T', names }),
      new RegExp(`over the ${MAX_CARD_BYTES}-byte limit`),
    );
  });
});
