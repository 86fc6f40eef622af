/** Customer search as a partner types in the picker or names a customer in a command. */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CustomerSearchIndex, type CustomerSummary } from '../../services/relationships/customerSearchIndex';
import { foldText, searchWords } from '../../services/text/foldText';
import { ReferenceSearchIndex } from './referenceSearchIndex';

const customers: CustomerSummary[] = [
  { id: 'c-1', name: 'Contoso Ltd', domain: 'contoso.onmicrosoft.com' },
  { id: 'c-2', name: 'Contoso Pharma', domain: 'contosopharma.com' },
  { id: 'c-3', name: 'Fabrikam, Inc.', domain: 'fabrikam.com' },
  { id: 'c-4', name: 'Ügyfél Kft.', domain: 'ugyfel.hu' },
  { id: 'c-5', name: 'Northwind Traders', domain: 'northwind.onmicrosoft.com' },
  { id: 'C-6-GUID', name: '*Bold* ${name} Corp', domain: 'weird.example' },
];

/** An index of 40 customers named "Match 00" to "Match 39", ids m-0 to m-39. */
function fortyMatches(): CustomerSearchIndex {
  return new CustomerSearchIndex(
    Array.from({ length: 40 }, (_, i) => ({
      id: `m-${i}`,
      name: `Match ${String(i).padStart(2, '0')}`,
      domain: `m${i}.com`,
    })),
  );
}

describe('customer search index', () => {
  const index = new CustomerSearchIndex(customers);
  const names = (query: string, limit = 15, offset = 0) =>
    index.search(query, limit, offset).items.map((c) => c.name);

  it('finds customers by the start of any word of their name, in name order', () => {
    assert.deepEqual(names('cont'), ['Contoso Ltd', 'Contoso Pharma']);
    assert.deepEqual(names('pharma'), ['Contoso Pharma']);
    assert.deepEqual(names('trad'), ['Northwind Traders']);
  });

  it('needs every query word to match', () => {
    assert.deepEqual(names('contoso ph'), ['Contoso Pharma']);
    assert.deepEqual(names('contoso fab'), []);
  });

  it('finds customers by domain and by domain label', () => {
    assert.deepEqual(names('fabrikam.com'), ['Fabrikam, Inc.']);
    assert.deepEqual(names('contosopharma'), ['Contoso Pharma']);
    assert.deepEqual(names('onmicrosoft'), ['Contoso Ltd', 'Northwind Traders']);
  });

  it('ignores case, accents and punctuation', () => {
    assert.deepEqual(names('UGYFEL'), ['Ügyfél Kft.']);
    assert.deepEqual(names('ügyf'), ['Ügyfél Kft.']);
    assert.deepEqual(names('fabrikam,'), ['Fabrikam, Inc.']);
  });

  it('treats markup and template characters in names as plain text', () => {
    assert.deepEqual(names('bold'), ['*Bold* ${name} Corp']);
    assert.deepEqual(names('${name}'), ['*Bold* ${name} Corp']);
  });

  it('lists everyone for an empty query, and pages with a total', () => {
    const all = index.search('', 2, 0);
    assert.equal(all.total, 6);
    assert.equal(all.items.length, 2);
    assert.deepEqual(
      names('', 2, 2),
      index
        .search('', 6)
        .items.slice(2, 4)
        .map((c) => c.name),
    );
  });

  it('finds by tenant id, in any case', () => {
    assert.equal(index.get('c-6-guid')?.name, '*Bold* ${name} Corp');
    assert.deepEqual(
      index.exact(' C-6-GUID ').map((c) => c.id),
      ['C-6-GUID'],
    );
  });

  it('matches a whole name or domain exactly, so a picked customer is never ambiguous', () => {
    assert.deepEqual(
      index.exact('contoso ltd').map((c) => c.id),
      ['c-1'],
    );
    assert.deepEqual(
      index.exact('contosopharma.com').map((c) => c.id),
      ['c-2'],
    );
    assert.deepEqual(index.exact('contoso'), []);
  });

  it('stops returning a customer once removed', () => {
    const local = new CustomerSearchIndex(customers);
    local.remove('c-1');
    assert.deepEqual(
      local.search('contoso', 15).items.map((c) => c.id),
      ['c-2'],
    );
    assert.equal(local.get('c-1'), undefined);
    assert.equal(local.size, 5);
  });

  it('caps a page at the limit the picker asks for (15) while counting every match', () => {
    const many = fortyMatches();
    const page = many.search('match', 15);
    assert.equal(page.items.length, 15);
    assert.equal(page.total, 40);
    assert.equal(page.items[0].name, 'Match 00');
  });

  it('pages through a query consistently, and a removal shows on the next page and in the total', () => {
    const many = fortyMatches();
    const ids = (offset: number) => many.search('match', 15, offset).items.map((c) => c.id);
    assert.deepEqual(ids(15), ids(15));
    assert.deepEqual(
      [...ids(0), ...ids(15), ...ids(30)],
      Array.from({ length: 40 }, (_, i) => `m-${i}`),
    );
    many.remove('m-20');
    assert.equal(many.search('match', 15, 15).total, 39);
    assert.deepEqual(ids(15), [
      'm-15',
      'm-16',
      'm-17',
      'm-18',
      'm-19',
      ...Array.from({ length: 10 }, (_, i) => `m-${21 + i}`),
    ]);
    assert.equal(many.search('MATCH m20', 15).total, 0);
  });
});

describe('customer suggestions (typeahead)', () => {
  // 20,000 generated customers: short prefixes match thousands, longer ones a handful.
  const syllables = ['con', 'fab', 'nor', 'tail', 'wide', 'lit', 'pro', 'ad', 'ven', 'gen', 'tra', 'co'];
  const generated = Array.from({ length: 20_000 }, (_, i) => {
    const a = syllables[i % syllables.length];
    const b = syllables[(i * 7) % syllables.length];
    return { id: `g-${i}`, name: `${a}${b} ${b}tech ${i}`, domain: `${a}${i}.example` };
  });
  const index = new CustomerSearchIndex(generated);
  index.remove('g-3');

  const queries = [
    'c',
    'co',
    'con',
    'confab',
    'gen tra',
    'g',
    'tech',
    '12',
    '1999',
    'co tech 7',
    'zzz',
    '',
    'nor tail',
  ];
  for (const query of queries) {
    it(`gives the same first pages as the exact search for ${JSON.stringify(query)}`, () => {
      for (const [limit, skip] of [
        [15, 0],
        [15, 15],
        [5, 40],
      ] as const) {
        assert.deepEqual(
          index.suggest(query, limit, skip).map((c) => c.id),
          index.search(query, limit, skip).items.map((c) => c.id),
          `${query} ${limit}/${skip}`,
        );
      }
    });
  }

  it('never suggests a removed customer', () => {
    assert.ok(!index.suggest('', 50).some((c) => c.id === 'g-3'));
  });
});

describe('the compact index gives the same results as the reference index', () => {
  const letters = ['a', 'b', 'co', 'Con', 'é', 'ü', 'ß', '1', '2', ' ', ' ', '.', ',', '-', '${', '*', '東'];
  const word = fc
    .array(fc.constantFrom(...letters), { minLength: 0, maxLength: 5 })
    .map((parts) => parts.join(''));
  const customer = fc.record({
    id: fc.oneof(fc.constantFrom('A-1', 'a-1', 'b-2', 'B-2', 'c-3'), fc.uuid()),
    name: word,
    domain: fc.oneof(
      fc.constant(''),
      word.map((w) => `${w}.example`),
      word,
    ),
  });
  const query = fc.oneof(word, fc.constantFrom('', 'co', 'con a', 'a.example', 'A-1', ' b-2 '));

  it('search, suggest, exact, get and knows, before and after removals', () => {
    fc.assert(
      fc.property(
        fc.array(customer, { maxLength: 40 }),
        fc.array(query, { minLength: 1, maxLength: 6 }),
        fc.array(fc.constantFrom('A-1', 'b-2', 'c-3', 'x'), { maxLength: 2 }),
        fc.nat(20),
        fc.integer({ min: 1, max: 16 }),
        fc.boolean(),
        (list, queries, removals, offset, limit, lowThresholds) => {
          // Low thresholds take typeahead's intersecting paths even with a few customers.
          const compact = new CustomerSearchIndex(
            list,
            lowThresholds ? { selectiveRange: 1, scanBudget: 2 } : {},
          );
          const reference = new ReferenceSearchIndex(list);
          // Plain JSON (fast-check's records have no prototype; the compact index builds summaries).
          const plain = (value: unknown): unknown =>
            value === undefined ? value : JSON.parse(JSON.stringify(value));
          const same = () => {
            assert.equal(compact.size, reference.size);
            for (const q of queries) {
              assert.deepStrictEqual(
                plain(compact.search(q, limit, offset)),
                plain(reference.search(q, limit, offset)),
                q,
              );
              assert.deepStrictEqual(
                plain(compact.suggest(q, limit, offset)),
                plain(reference.suggest(q, limit, offset)),
                q,
              );
              assert.deepStrictEqual(plain(compact.exact(q)), plain(reference.exact(q)), q);
              assert.deepStrictEqual(plain(compact.get(q)), plain(reference.get(q)), q);
              assert.equal(compact.knows(q), reference.knows(q), q);
            }
          };
          same();
          for (const id of removals) {
            compact.remove(id);
            reference.remove(id);
          }
          same();
        },
      ),
      { numRuns: 400 },
    );
  });
});

/**
 * The plain search, customer by customer: those with a word starting with each query word (their name's
 * words, their domain and its labels), in name order. What typeahead must answer, however it gets there.
 */
function plainSearch(list: CustomerSummary[]): (query: string) => CustomerSummary[] {
  const sorted = [...list].sort(
    (a, b) => foldText(a.name).localeCompare(foldText(b.name)) || a.id.localeCompare(b.id),
  );
  const words = sorted.map((c) => {
    const domain = foldText(c.domain);
    return [...searchWords(c.name), domain, ...domain.split('.')];
  });
  return (query) => {
    const queryWords = searchWords(query);
    return sorted.filter((_, i) => queryWords.every((q) => words[i].some((w) => w.startsWith(q))));
  };
}

describe('typeahead where query words are each common but rarely together', () => {
  // Like the generated tenant ("Generated Customer 000042", gen000042.onmicrosoft.com), with others
  // named from a small vocabulary: "00 gen01" is two words of a thousand customers each and none of both.
  const vocabulary = ['contoso', 'fabrikam', 'northwind', 'tailspin', 'litware', 'proseware', 'trey', 'ltd'];
  const list: CustomerSummary[] = [
    ...Array.from({ length: 3000 }, (_, n) => {
      const number = String(n).padStart(6, '0');
      return { id: `gen-${n}`, name: `Generated Customer ${number}`, domain: `gen${number}.onmicrosoft.com` };
    }),
    ...Array.from({ length: 1500 }, (_, n) => ({
      id: `v-${n}`,
      name: `${vocabulary[n % 8]} ${vocabulary[(n * 3 + Math.floor(n / 8)) % 8]} ${n % 37}`,
      domain: `${vocabulary[(n * 5) % 8]}${n}.example`,
    })),
  ];
  const expected = plainSearch(list);
  const indexes = [
    new CustomerSearchIndex(list),
    new CustomerSearchIndex(list, { selectiveRange: 16, scanBudget: 8 }),
  ];
  const part = fc.oneof(
    fc.constantFrom(...vocabulary, 'generated', 'customer', 'onmicrosoft', 'com', 'example', 'gen'),
    fc.integer({ min: 0, max: 2999 }).map((n) => String(n).padStart(6, '0')),
    fc.integer({ min: 0, max: 2999 }).map((n) => `gen${String(n).padStart(6, '0')}`),
  );
  // A keystroke prefix of each word, from one letter to the whole word.
  const typed = fc.tuple(part, fc.nat()).map(([word, cut]) => word.slice(0, 1 + (cut % word.length)));
  const query = fc.array(typed, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));

  for (const sample of ['00 gen01', '01 gen02', 'customer 002 gen001', 'contoso 0 gen00', 'g', 'ltd tr 3']) {
    it(`answers ${JSON.stringify(sample)} as the plain search does`, () => {
      for (const index of indexes) {
        assert.deepEqual(
          index.suggest(sample, 15).map((c) => c.id),
          expected(sample)
            .slice(0, 15)
            .map((c) => c.id),
        );
      }
    });
  }

  it('gives every page of every query as the plain search does', () => {
    fc.assert(
      fc.property(query, fc.integer({ min: 1, max: 20 }), fc.nat(60), (q, limit, skip) => {
        const all = expected(q).map((c) => c.id);
        for (const index of indexes) {
          assert.deepEqual(
            index.suggest(q, limit, skip).map((c) => c.id),
            all.slice(skip, skip + limit),
            q,
          );
          const page = index.search(q, limit, skip);
          assert.deepEqual(
            page.items.map((c) => c.id),
            all.slice(skip, skip + limit),
            q,
          );
          assert.equal(page.total, all.length, q);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds a customer by many words at once, and not when one of them is not among its words', () => {
    const words = Array.from({ length: 300 }, (_, i) => `w${i}`);
    const many = new CustomerSearchIndex(
      [
        { id: 'all', name: words.join(' '), domain: 'all.example' },
        { id: 'some', name: words.slice(0, 150).join(' '), domain: 'some.example' },
      ],
      { selectiveRange: 0, scanBudget: 0 },
    );
    assert.deepEqual(
      many.suggest(words.join(' '), 15).map((c) => c.id),
      ['all'],
    );
    assert.deepEqual(many.suggest(`${words.join(' ')} x`, 15), []);
    assert.deepEqual(
      many.search(words.slice(0, 100).join(' '), 15).items.map((c) => c.id),
      ['some', 'all'],
    );
  });
});
