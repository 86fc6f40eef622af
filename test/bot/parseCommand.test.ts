import assert from 'node:assert/strict';
import { closestCommandWords } from '../../bot/commands/closestCommands';
import { parseCommand } from '../../bot/commands/parseCommand';

describe('command parsing', () => {
  const helpForms = [
    'help',
    'HELP',
    '  help  ',
    '/help',
    '<at>Reseller Desk</at> help',
    'aide',
    'Pomoc',
    'súgó',
    'sugo',
    'SÚGÓ',
    '?',
    'help\u00a0me',
  ];
  for (const text of helpForms) {
    it(`reads ${JSON.stringify(text)} as help`, () => {
      const parsed = parseCommand(text);
      assert.equal(parsed.kind, 'command');
      assert.equal(parsed.kind === 'command' && parsed.id, 'help');
    });
  }

  it('keeps the rest of the line as arguments', () => {
    assert.deepEqual(parseCommand('help   me  please'), {
      kind: 'command',
      id: 'help',
      args: 'me please',
      language: 'en',
    });
  });

  it('tells the language of the command word, and none for language-neutral aliases', () => {
    assert.equal(parseCommand('aide').language, 'fr');
    assert.equal(parseCommand('klienci x').language, 'pl');
    assert.equal(parseCommand('SUGO').language, 'hu');
    assert.equal(parseCommand('customers').language, 'en');
    assert.equal(parseCommand('?').language, undefined);
  });

  it('does not read a word that merely contains a command as that command', () => {
    assert.deepEqual(parseCommand('helpdesk'), { kind: 'unknown', text: 'helpdesk' });
    assert.deepEqual(parseCommand('<at>Bot</at> blacklist all'), { kind: 'unknown', text: 'blacklist all' });
  });
});

describe('command parsing: the flows', () => {
  const cases: [string, unknown][] = [
    ['customers', { kind: 'command', id: 'customers', args: '' }],
    ['clients contoso', { kind: 'command', id: 'customers', args: 'contoso' }],
    ['Ügyfelek  Contoso', { kind: 'command', id: 'customers', args: 'Contoso' }],
    ['customer Contoso Ltd', { kind: 'command', id: 'customer', args: 'Contoso Ltd' }],
    ['invite Contoso Ltd', { kind: 'command', id: 'invite', args: 'Contoso Ltd', invite: 'existing' }],
    ['invite new', { kind: 'command', id: 'invite', args: 'new', invite: 'new' }],
    [
      'INVITE NEW WITH PROVIDER',
      { kind: 'command', id: 'invite', args: 'NEW WITH PROVIDER', invite: 'newWithProvider' },
    ],
    [
      'inviter nouveau avec fournisseur',
      { kind: 'command', id: 'invite', args: 'nouveau avec fournisseur', invite: 'newWithProvider' },
    ],
    ['zaproś nowy', { kind: 'command', id: 'invite', args: 'nowy', invite: 'new' }],
    [
      'meghiv uj szolgaltatoval',
      { kind: 'command', id: 'invite', args: 'uj szolgaltatoval', invite: 'newWithProvider' },
    ],
    [
      'invite New Horizons Ltd',
      { kind: 'command', id: 'invite', args: 'New Horizons Ltd', invite: 'existing' },
    ],
    [
      '<at>Reseller Desk</at> remove Contoso',
      { kind: 'command', id: 'remove', args: 'Contoso', invite: undefined },
    ],
    ['usuń Contoso', { kind: 'command', id: 'remove', args: 'Contoso' }],
    ['eltávolít Contoso', { kind: 'command', id: 'remove', args: 'Contoso' }],
  ];
  for (const [text, expected] of cases) {
    it(`reads ${JSON.stringify(text)}`, () => {
      const parsed = parseCommand(text) as Record<string, unknown>;
      if ((expected as Record<string, unknown>).invite === undefined)
        delete (expected as Record<string, unknown>).invite;
      const { language: _language, ...command } = parsed;
      assert.deepEqual(command, expected);
    });
  }

  describe('audit export', () => {
    for (const text of [
      'audit export 2025-01-01 2025-01-31',
      'historique exporter 2025-01-01 2025-01-31',
      'historia eksport 2025-01-01 2025-01-31',
      'napló exportál 2025-01-01 2025-01-31',
      'naplo exportal 2025-01-01 2025-01-31',
    ]) {
      it(`reads ${JSON.stringify(text)} as an export of January 2025`, () => {
        const parsed = parseCommand(text);
        assert.equal(parsed.kind === 'command' && parsed.id, 'audit');
        assert.deepEqual(parsed.kind === 'command' && parsed.id === 'audit' && parsed.exportDays, [
          '2025-01-01',
          '2025-01-31',
        ]);
      });
    }

    it('reads `audit export` with days missing or mistyped as an export, to explain how to write them', () => {
      const bare = parseCommand('audit export');
      assert.deepEqual(bare.kind === 'command' && bare.id === 'audit' && bare.exportDays, []);
      const typo = parseCommand('audit export 1.2.2025 31/01/2025');
      assert.deepEqual(typo.kind === 'command' && typo.id === 'audit' && typo.exportDays, [
        '1.2.2025',
        '31/01/2025',
      ]);
    });

    it('reads a customer whose name starts with Export as that customer', () => {
      const parsed = parseCommand('audit Export Partners Ltd');
      assert.equal(parsed.kind === 'command' && parsed.id === 'audit' && parsed.exportDays, undefined);
      assert.equal(parsed.kind === 'command' && parsed.args, 'Export Partners Ltd');
    });
  });
});

describe('command parsing: gdap', () => {
  it('reads `gdap` in any case, through a mention, in every language', () => {
    for (const text of ['gdap', 'GDAP', '/gdap', '<at>Reseller Desk</at> Gdap'])
      assert.deepEqual(parseCommand(text), { kind: 'command', id: 'gdap', args: '' }, text);
  });

  it('tells no language from `gdap`, a word every language shares, so the answer stays in the user’s', () => {
    assert.equal(parseCommand('gdap').language, undefined);
    assert.equal(parseCommand('audit').language, 'en', 'a word of one language still tells it');
  });

  it('offers `gdap` for a one-edit typo in every language, and nothing two edits away', () => {
    for (const locale of ['en', 'fr', 'pl', 'hu'] as const) {
      assert.deepEqual(closestCommandWords('gdpa', locale), ['gdap'], `${locale}: swapped letters`);
      assert.deepEqual(closestCommandWords('gdab', locale), ['gdap'], `${locale}: one letter`);
      assert.deepEqual(closestCommandWords('gxab', locale), [], `${locale}: two edits`);
    }
  });
});
