import assert from 'node:assert/strict';
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
    assert.deepEqual(parseCommand('help   me  please'), { kind: 'command', id: 'help', args: 'me please' });
  });

  it('does not read a word that merely contains a command as that command', () => {
    assert.deepEqual(parseCommand('helpdesk'), { kind: 'unknown', text: 'helpdesk' });
    assert.deepEqual(parseCommand('<at>Bot</at> blacklist all'), { kind: 'unknown', text: 'blacklist all' });
  });
});
