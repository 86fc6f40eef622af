/**
 * The compiled templates (cards/compiledTemplate.ts) give exactly what adaptivecards-templating gives:
 * every card builder in every locale, with its fixture view and with generated views (hostile and very
 * long text, flipped flags), every template file, and arbitrary data on a template using every
 * supported construct. A difference (value or failure) throws from expandCardTemplate while the
 * reference check is on.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Template } from 'adaptivecards-templating';
import fc from 'fast-check';
import { CardRenderError, checkAgainstReferenceEngine, expandCardTemplate } from '../../cards/cardTemplate';
import { compileTemplate } from '../../cards/compiledTemplate';
import { LOCALES } from '../../cards/strings';
import { HOSTILE } from './cardAssertions';
import { allViewCases, vary } from './cardCases';

const TEMPLATES = path.resolve(__dirname, '../../../cards/templates');

/** Every construct the compiler supports, in value and `$when` positions. */
const CONSTRUCTS = {
  type: 'AdaptiveCard',
  version: '1.5',
  body: [
    { type: 'TextBlock', text: '${title}', size: '${size}', n: 3, flag: true, nothing: null },
    { type: 'TextBlock', text: 'A ${title} and ${size}.', $when: '${shown}' },
    { type: 'TextBlock', text: '${$root.title}', $when: '${!shown}' },
    { type: 'TextBlock', text: '${nested.deep.value}', $when: '${count(items) > 0}' },
    { type: 'TextBlock', text: 'none', $when: '${count(items) == 0}' },
    { type: 'TextBlock', text: 'x', $when: "${title != ''}" },
    { type: 'TextBlock', text: 'y', $when: '${shown && count(items) >= 2}' },
    { type: 'TextBlock', text: 'z', $when: "${shown || size == 'Large'}" },
    { type: 'TextBlock', text: 'w', $when: '${count(title) < 3}' },
    { type: 'TextBlock', text: 'v', $when: '${count(items) <= 1}' },
    { type: 'TextBlock', text: 'literal when', $when: 'yes' },
    { type: 'TextBlock', text: 'empty when', $when: '' },
    {
      type: 'Container',
      items: [
        { $data: '${items}', type: 'TextRun', text: '${label} #${$index}', weight: '${weight}' },
        { $data: '${items}', type: 'TextRun', text: '${$data}', $when: '${!$root.shown}' },
        { $data: '${nested}', type: 'TextRun', text: '${deep.value}' },
        ['inner', '${title}'],
      ],
    },
    { $data: '${items}', type: 'Column', value: '${$root.size}' },
    { type: 'Input.ChoiceSet', choices: [{ $data: '${items}', title: '${label}', value: '${id}' }] },
  ],
};

const scalar = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom('', '${x}', 'Large', 'ab'),
  fc.integer({ min: -2, max: 3 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);
const item = fc.oneof(
  scalar,
  fc.record({ label: scalar, weight: scalar, id: scalar, LABEL: scalar }, { requiredKeys: [] }),
);
const data = fc.record(
  {
    title: scalar,
    size: scalar,
    shown: scalar,
    Title: scalar,
    items: fc.oneof(
      fc.array(item, { maxLength: 4 }),
      scalar,
      fc.dictionary(fc.string({ maxLength: 3 }), scalar),
    ),
    nested: fc.oneof(scalar, fc.record({ deep: fc.oneof(scalar, fc.record({ value: scalar })) })),
  },
  { requiredKeys: [] },
);

/** Generated views per builder and locale (each also runs the fixture's view with HOSTILE text). */
const RUNS_PER_CASE = 8;

/** Text a user or Partner Center could send: template syntax, quotes, markdown, very long runs. */
const PIECES = [
  '${x}',
  '${$root.locale}',
  '${',
  '}',
  '{{DATE(2017-02-14T06:08:39Z, SHORT)}}',
  '"double" \'single\'',
  '\\',
  '`',
  HOSTILE,
  '\n',
  'é ż ő 🙂',
];
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(...PIECES),
  fc
    .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 6 })
    .map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.integer({ min: 1_000, max: 30_000 }).map((length) => 'Contoso ${x} '.repeat(length / 13)),
);

describe('compiled card templates', () => {
  before(() => checkAgainstReferenceEngine(true));
  after(() => checkAgainstReferenceEngine(false));

  it('compile every template file (none falls back to the slow engine)', () => {
    for (const file of readdirSync(TEMPLATES)) {
      const template = JSON.parse(readFileSync(path.join(TEMPLATES, file), 'utf8')) as object;
      assert.ok(compileTemplate(template), `${file} is not compiled`);
    }
    assert.ok(compileTemplate(CONSTRUCTS));
  });

  it('build every card in every locale in a process that never loads adaptivecards-templating', function () {
    this.timeout(30_000);
    // A fresh process: this one loaded the reference engine for the checks above.
    const script = `
      const { LOCALES } = require(${JSON.stringify(path.resolve(__dirname, '../../cards/strings'))});
      const { allViewCases } = require(${JSON.stringify(path.resolve(__dirname, 'cardCases'))});
      let cards = 0;
      for (const locale of LOCALES) for (const { view, build } of allViewCases()) { build(view(locale)); cards++; }
      const engine = Object.keys(require.cache).filter((k) => /adaptivecards-templating|adaptive-expressions/.test(k));
      process.stdout.write(JSON.stringify({ cards, engine: engine.length }));
    `;
    const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as {
      cards: number;
      engine: number;
    };
    assert.ok(out.cards >= 4 * 20, `${out.cards} cards built`);
    assert.equal(out.engine, 0, 'modules of adaptivecards-templating or adaptive-expressions loaded');
  });

  for (const locale of LOCALES) {
    it(`give the reference engine's card for every builder (${locale})`, () => {
      for (const { view, build } of allViewCases()) build(view(locale));
    });
  }

  for (const locale of LOCALES) {
    it(`give the reference engine's card for every builder and generated views (${locale})`, () => {
      for (const { name, view, build } of allViewCases()) {
        fc.assert(
          fc.property(
            fc.array(text, { minLength: 1, maxLength: 8 }),
            fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
            (texts, flags) => {
              try {
                build(vary(view(locale), texts, flags));
              } catch (error) {
                // Over the size budget or unresolved: found after both engines gave the same card.
                if (!(error instanceof CardRenderError))
                  throw new Error(`${name} (${locale}): ${String(error)}`, { cause: error });
              }
            },
          ),
          { numRuns: RUNS_PER_CASE, examples: [[[HOSTILE], [true]]] },
        );
      }
    });
  }

  it("give the reference engine's result, or fail as it does, for arbitrary data", () => {
    const compiled = compileTemplate(CONSTRUCTS)!;
    const reference = new Template(CONSTRUCTS);
    const outcome = (expand: () => unknown) => {
      try {
        return { value: expand() };
      } catch {
        return { failed: true };
      }
    };
    fc.assert(
      fc.property(data, (root) => {
        assert.deepStrictEqual(
          outcome(() => compiled(root)),
          outcome(() => reference.expand({ $root: root })),
        );
      }),
      { numRuns: 1500 },
    );
  });

  it('fall back to adaptivecards-templating for other expressions, with the same result', () => {
    const template = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'TextBlock', text: "${if(shown, 'yes', 'no')}" }],
    };
    assert.equal(compileTemplate(template), undefined);
    const card = expandCardTemplate('t', template, { shown: true });
    assert.deepEqual(card.body, [{ type: 'TextBlock', text: 'yes' }]);
  });
});
