/**
 * The shape of the source tree a newcomer reads: a file over about 300 lines says at its top why it
 * is long (docs/architecture.md), so that length is a decision, not an accident.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const FOLDERS = ['bot', 'services', 'cards', 'scripts'];
const LONG = 300;

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => path.join(folder, name));
}

describe('source files', () => {
  it(`say at their top why they are longer than ${LONG} lines`, () => {
    const files = FOLDERS.flatMap(sourceFiles);
    assert.ok(files.length > 100, `found ${files.length} source files`);
    const unexplained = files.filter((file) => {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      if (text.split('\n').length <= LONG) return false;
      const opening = /\/\*\*[\s\S]*?\*\//.exec(text)?.[0] ?? '';
      return !/\bLong because\b/.test(opening);
    });
    assert.deepEqual(unexplained, [], 'add "Long because …" to the opening comment, or split the file');
  });
});
