/**
 * Every verb a card carries is answered, and every verb the bot answers is carried by some card: the
 * `verb`s of every template (cards/templates/*.json, and the ones a builder fills in from code)
 * against the list app.ts registers (bot/verbs/cardVerbs.ts).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CUSTOMER_CHOICE_VERBS } from '../../cards/customerChoiceCard';
import { VERBS } from '../../cards/verbs';
import { CARD_VERBS } from '../../bot/verbs/cardVerbs';

const TEMPLATES = path.resolve(__dirname, '../../../cards/templates');

/** Verbs a builder fills in from code, by the template expression that holds them. */
const FROM_CODE: Record<string, readonly string[]> = { '${$root.next}': CUSTOMER_CHOICE_VERBS };

/** Every `verb` in a template, wherever it sits (actions, action sets, `selectAction`, `refresh`). */
function verbsIn(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(verbsIn);
  if (!node || typeof node !== 'object') return [];
  const own = 'verb' in node && typeof node.verb === 'string' ? [node.verb] : [];
  return [...own, ...Object.values(node).flatMap(verbsIn)];
}

/** Template file → the verbs its cards may carry. */
const carried = new Map(
  readdirSync(TEMPLATES)
    .filter((name) => name.endsWith('.json'))
    .map((name) => {
      const verbs = verbsIn(JSON.parse(readFileSync(path.join(TEMPLATES, name), 'utf8')));
      return [name, verbs.flatMap((verb) => (verb.includes('${') ? (FROM_CODE[verb] ?? [verb]) : [verb]))];
    }),
);
const registered = CARD_VERBS.map((cardVerb) => cardVerb.verb);

describe('card verbs', () => {
  it('are found in the templates', () => {
    assert.ok(carried.size >= 10, `read ${carried.size} templates`);
    assert.ok([...carried.values()].flat().length >= 15);
  });

  it('carried by a card are all registered, each set from code with its source in FROM_CODE', () => {
    for (const [template, verbs] of carried) {
      for (const verb of verbs) {
        assert.ok(
          !verb.includes('${'),
          `${template}: verb ${verb} is set from code; add its values to FROM_CODE`,
        );
        assert.ok(registered.includes(verb as never), `${template} carries ${verb}, which no module answers`);
      }
    }
  });

  it('registered are each carried by some card (no dead verbs)', () => {
    const all = new Set([...carried.values()].flat());
    assert.deepEqual(
      registered.filter((verb) => !all.has(verb)),
      [],
    );
  });

  it('are registered once each, one module for each name in cards/verbs.ts', () => {
    assert.equal(new Set(registered).size, registered.length);
    assert.deepEqual([...registered].sort(), Object.values(VERBS).sort());
  });

  it('answer their own invoke exactly for the approval card, which carries a Universal Actions refresh', () => {
    const universal = CARD_VERBS.filter((cardVerb) => cardVerb.universalAction).map(
      (cardVerb) => cardVerb.verb,
    );
    assert.deepEqual(universal.sort(), [...new Set(carried.get('approval.json'))].sort());
  });
});
