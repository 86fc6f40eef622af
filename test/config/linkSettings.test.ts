/** EVIDENCE_LINK_KEY, EVIDENCE_LINK_DAYS and PUBLIC_BASE_URL: what signs the links, and one line per mistake. */
import assert from 'node:assert/strict';
import { ConfigError, describeConfig, loadConfig } from '../../services/config/config';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  assert.fail('expected a ConfigError');
}

describe('link settings', () => {
  it('in the sandbox without a key, makes one for the process and says so (the key itself is never shown)', () => {
    const first = loadConfig({});
    const second = loadConfig({});
    assert.equal(first.links.generated, true);
    assert.ok(first.links.key.length >= 32);
    assert.notDeepEqual(first.links.key, second.links.key, 'a random key, derived from nothing');
    assert.equal(first.links.validDays, 7);
    assert.equal(first.links.publicBaseUrl, undefined);
    const described = JSON.stringify(describeConfig(first));
    assert.match(described, /made for this process/);
    assert.doesNotMatch(
      described,
      new RegExp(first.links.key.toString('base64').slice(0, 12).replace(/[+/]/g, '.')),
    );
  });

  it('reads a base64 key of 32 bytes or more, the days and the public address', () => {
    const key = Buffer.alloc(48, 1);
    const config = loadConfig({
      EVIDENCE_LINK_KEY: key.toString('base64'),
      EVIDENCE_LINK_DAYS: '30',
      PUBLIC_BASE_URL: 'https://desk.contoso.example/teams/',
    });
    assert.deepEqual(config.links.key, key);
    assert.equal(config.links.generated, false);
    assert.equal(config.links.validDays, 30);
    assert.equal(config.links.publicBaseUrl, 'https://desk.contoso.example/teams');
    assert.doesNotMatch(
      JSON.stringify(describeConfig(config)),
      new RegExp(key.toString('base64').slice(0, 16)),
    );
  });

  it('refuses a short key naming its size, never its value', () => {
    const short = Buffer.alloc(16, 2).toString('base64');
    const [problem] = problemsOf({ EVIDENCE_LINK_KEY: short });
    assert.match(
      problem ?? '',
      /^EVIDENCE_LINK_KEY must be at least 32 random bytes in base64.*16 bytes\)\.$/,
    );
    assert.ok(!problem?.includes(short));
  });

  it('refuses days outside 1 to 90 and an address with a query, or plain http in live mode', () => {
    assert.match(
      problemsOf({ EVIDENCE_LINK_DAYS: '0' })[0] ?? '',
      /^EVIDENCE_LINK_DAYS must be a whole number of days from 1 to 90 \(got "0"\)\.$/,
    );
    assert.match(problemsOf({ EVIDENCE_LINK_DAYS: '365' })[0] ?? '', /EVIDENCE_LINK_DAYS/);
    assert.match(
      problemsOf({ PUBLIC_BASE_URL: 'https://desk.example/?a=1' })[0] ?? '',
      /^PUBLIC_BASE_URL must be/,
    );
    const live = problemsOf({ PARTNER_CENTER: 'live', PUBLIC_BASE_URL: 'http://desk.example' });
    assert.ok(
      live.some((p) => /^PUBLIC_BASE_URL must be an https address/.test(p)),
      live.join('\n'),
    );
  });
});
