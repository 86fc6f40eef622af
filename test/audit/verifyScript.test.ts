/**
 * `npm run audit:verify` as an operator runs it (the compiled script, STORE_URL from the environment)
 * on a real SQLite file: OK with the counts on an untouched store, the first broken entry named and a
 * non-zero exit once an entry is changed in the file.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AuditLog } from '../../services/audit/auditLog';
import { openStore } from '../../services/store/openStore';
import { parseStoreUrl } from '../../services/store/storeUrl';
import { tempSqliteFile } from '../helpers/storeBackends';

const script = path.resolve(__dirname, '../../scripts/audit/verifyAudit.js');
const CONTOSO = '6b3c1a2e-0d4f-4e5a-9b8c-7d6e5f4a3b2c';
const FABRIKAM = '1f2e3d4c-5b6a-4798-8a9b-0c1d2e3f4a5b';

function verify(storeUrl: string) {
  return spawnSync(process.execPath, ['--disable-warning=DEP0111', script], {
    env: { PATH: process.env.PATH ?? '', STORE_URL: storeUrl },
    cwd: mkdtempSync(path.join(tmpdir(), 'rd-verify-')),
    encoding: 'utf8',
    timeout: 20_000,
  });
}

describe('npm run audit:verify', () => {
  it('prints OK with the counts, then names the changed entry and exits 1', async () => {
    const storeUrl = `sqlite://${tempSqliteFile()}`;
    const store = await openStore(parseStoreUrl(storeUrl));
    const audit = new AuditLog(store);
    const actor = { name: 'Alex Wilber' };
    for (const id of [CONTOSO, FABRIKAM]) {
      await audit.append(id, { actor, action: 'removal.requested', detail: { requestId: 'r1' } });
      await audit.append(id, { actor, action: 'removal.approved', detail: { requestId: 'r1' } });
    }
    await store.close();

    const clean = verify(storeUrl);
    assert.equal(clean.status, 0, clean.stderr);
    assert.match(clean.stdout, /^OK: 2 trails, 4 entries chained\.$/m);

    const again = await openStore(parseStoreUrl(storeUrl));
    const stored = (await again.get<{ entries: { actor: { name: string } }[] }>(`audit/${FABRIKAM}`))!;
    stored.value.entries[1].actor.name = 'Mallory';
    await again.put(`audit/${FABRIKAM}`, stored.value);
    await again.close();

    const broken = verify(storeUrl);
    assert.equal(broken.status, 1, broken.stdout + broken.stderr);
    assert.match(
      broken.stdout,
      new RegExp(
        `^BROKEN audit/${FABRIKAM}: changed at entry 1 — its content no longer matches its hash$`,
        'm',
      ),
    );
    assert.match(broken.stdout, /^1 of 2 trails are broken/m);
    assert.doesNotMatch(broken.stdout, new RegExp(`BROKEN audit/${CONTOSO}`));
  });

  it('exits 2 with one line when STORE_URL cannot be read', () => {
    const result = verify('ftp://nowhere');
    assert.equal(result.status, 2);
    assert.match(result.stderr.trim(), /^audit:verify: STORE_URL /);
  });
});
