/** SQLite is the embedded default: its data must survive the bot process ending. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { openStore } from '../../services/store/openStore';
import { parseStoreUrl } from '../../services/store/storeUrl';
import { tempSqliteFile } from '../helpers/storeBackends';

const distRoot = path.resolve(__dirname, '..', '..');

describe('SQLite store across process restarts', () => {
  it('reads in a new process what an earlier process wrote, with its version and etag', async () => {
    const file = path.join(path.dirname(tempSqliteFile()), 'nested', 'dir', 'state.sqlite');
    const script = `
      const { openStore } = require(${JSON.stringify(path.join(distRoot, 'services/store/openStore.js'))});
      const { parseStoreUrl } = require(${JSON.stringify(path.join(distRoot, 'services/store/storeUrl.js'))});
      (async () => {
        const store = await openStore(parseStoreUrl(process.argv[1]));
        await store.put('requests/r-1', { state: 'pending' });
        const second = await store.put('requests/r-1', { state: 'approved' });
        process.stdout.write(second.etag);
        await store.close();
      })();`;
    const etag = execFileSync(process.execPath, ['-e', script, `sqlite://${file}`], { encoding: 'utf8' });
    assert.ok(existsSync(file), 'the directory and database file are created');

    const store = await openStore(parseStoreUrl(`sqlite://${file}`));
    try {
      const record = await store.get('requests/r-1');
      assert.deepEqual(record?.value, { state: 'approved' });
      assert.equal(record?.version, 2);
      assert.equal(record?.etag, etag);
    } finally {
      await store.close();
    }
  });
});
