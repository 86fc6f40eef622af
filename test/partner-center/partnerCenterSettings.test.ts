import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  describePartnerCenterSettings,
  readPartnerCenterSettings,
} from '../../services/partner-center/auth/partnerCenterSettings';

const valid = {
  PC_CLIENT_ID: '11111111-1111-4111-8111-111111111111',
  PC_TENANT_ID: '22222222-2222-4222-8222-222222222222',
  PC_CLIENT_SECRET: 'app-secret-value',
  PC_REFRESH_TOKEN: 'refresh-token-value',
  PC_TOKEN_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
};

describe('Reading the PC_* settings for live mode', () => {
  it('accepts a complete set and defaults to the global cloud', () => {
    const result = readPartnerCenterSettings(valid);
    assert.ok(result.ok);
    assert.equal(result.settings.baseUrl, 'https://api.partnercenter.microsoft.com');
    assert.equal(result.settings.locale, 'en-US');
  });

  it('names every missing or malformed variable, one line each, without echoing secrets', () => {
    const result = readPartnerCenterSettings({ PC_CLIENT_ID: 'nope', PC_BASE_URL: 'http://api.example.com' });
    assert.ok(!result.ok);
    const text = result.problems.join('\n');
    for (const name of [
      'PC_CLIENT_ID',
      'PC_TENANT_ID',
      'PC_CLIENT_SECRET',
      'PC_REFRESH_TOKEN',
      'PC_TOKEN_ENCRYPTION_KEY',
      'PC_BASE_URL',
    ]) {
      assert.match(text, new RegExp(name));
    }
    const wrongSecret = readPartnerCenterSettings({ ...valid, PC_LOCALE: '!!' });
    assert.ok(!wrongSecret.ok);
    assert.ok(!wrongSecret.problems.join('\n').includes('refresh-token-value'));
  });

  it('needs PC_TOKEN_ENCRYPTION_KEY to be 32 bytes of base64, and never echoes it', () => {
    const result = readPartnerCenterSettings(valid);
    assert.ok(result.ok);
    assert.deepEqual(result.settings.tokenEncryptionKey, Buffer.alloc(32, 7));
    assert.ok(
      !JSON.stringify(describePartnerCenterSettings(result.settings)).includes(valid.PC_TOKEN_ENCRYPTION_KEY),
    );
    for (const bad of [
      Buffer.alloc(16, 1).toString('base64'),
      'not base64 at all!',
      `${valid.PC_TOKEN_ENCRYPTION_KEY}AAAA`,
    ]) {
      const refused = readPartnerCenterSettings({ ...valid, PC_TOKEN_ENCRYPTION_KEY: bad });
      assert.ok(!refused.ok, bad);
      assert.equal(refused.problems.length, 1);
      assert.match(refused.problems[0], /^PC_TOKEN_ENCRYPTION_KEY must be 32 random bytes in base64/);
      assert.ok(!refused.problems[0].includes(bad));
    }
  });

  it('reads the refresh token from PC_REFRESH_TOKEN_FILE', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pc-settings-'));
    const file = path.join(dir, 'token');
    writeFileSync(file, 'from-file\n');
    const rest: Record<string, string | undefined> = { ...valid, PC_REFRESH_TOKEN: undefined };
    const result = readPartnerCenterSettings({ ...rest, PC_REFRESH_TOKEN_FILE: file });
    assert.ok(result.ok);
    assert.equal(result.settings.refreshToken, 'from-file');
    assert.ok(!JSON.stringify(describePartnerCenterSettings(result.settings)).includes('from-file'));
    const missing = readPartnerCenterSettings({ ...rest, PC_REFRESH_TOKEN_FILE: path.join(dir, 'absent') });
    assert.ok(!missing.ok);
    assert.match(missing.problems[0], /PC_REFRESH_TOKEN_FILE cannot be read .*ENOENT/);
  });
});
