/** docs/production.env.example, the environment the README gives for replicas, is a valid configuration. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { loadConfig } from '../../services/config/config';

const root = path.resolve(__dirname, '../../..');

describe('docs/production.env.example', () => {
  it('loads as a production configuration: live Partner Center, authenticated, shared Redis store', () => {
    const env = parseEnv(readFileSync(path.join(root, 'docs/production.env.example'), 'utf8')) as Record<
      string,
      string
    >;
    // The mounted files of a real deployment, here in a temporary directory, and the key the Key Vault
    // reference resolves to.
    const dir = mkdtempSync(path.join(tmpdir(), 'rd-prod-env-'));
    writeFileSync(path.join(dir, 'refresh-token'), 'a-refresh-token');
    const config = loadConfig({
      ...env,
      PC_REFRESH_TOKEN_FILE: path.join(dir, 'refresh-token'),
      PC_TOKEN_ENCRYPTION_KEY: Buffer.alloc(32, 5).toString('base64'),
      EVIDENCE_LINK_KEY: Buffer.alloc(32, 6).toString('base64'),
      ROLES_FILE: path.join(root, 'services/access/demoRoles.json'),
    });
    assert.equal(config.partnerCenter, 'live');
    assert.match(env.PC_TOKEN_ENCRYPTION_KEY ?? '', /^@Microsoft\.KeyVault\(SecretUri=/);
    assert.match(env.EVIDENCE_LINK_KEY ?? '', /^@Microsoft\.KeyVault\(SecretUri=/);
    assert.match(config.links.publicBaseUrl ?? '', /^https:\/\//);
    assert.equal(config.links.generated, false);
    assert.equal(config.credentials?.appType, 'SingleTenant');
    assert.equal(config.host, '0.0.0.0');
    assert.equal(config.store.kind, 'redis');
    assert.deepEqual(config.allowedTenants, ['00000000-0000-0000-0000-000000000000']);
    assert.equal(config.sweepIntervalMs, 60_000);
    assert.equal(config.approvals.resumeExecutionAfterMs, 300_000);
  });
});
