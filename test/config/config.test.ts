/** Configuration: defaults, and one clear line per bad variable, both in process and from `npm start`'s entry. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError, DEFAULT_STORE_URL, describeConfig, loadConfig } from '../../services/config/config';
import { RefreshTokenStore } from '../../services/partner-center/auth/refreshTokenStore';
import { openStore } from '../../services/store/openStore';
import { parseStoreUrl } from '../../services/store/storeUrl';

const GOOD_ID = '6a1f1c3e-2b7d-4c1a-9f0e-3d2c1b0a9f8e';
const TOKEN_KEY = Buffer.alloc(32, 9).toString('base64');
/** A complete live-mode environment but for the token encryption key (see LIVE). */
const LIVE_WITHOUT_KEY = {
  PARTNER_CENTER: 'live',
  PC_CLIENT_ID: GOOD_ID,
  PC_TENANT_ID: GOOD_ID,
  PC_CLIENT_SECRET: 'client-secret-value',
  PC_REFRESH_TOKEN: 'refresh-token-value',
  EVIDENCE_LINK_KEY: Buffer.alloc(32, 8).toString('base64'),
  PUBLIC_BASE_URL: 'https://reseller-desk.example',
};
/** A complete live-mode environment. */
const LIVE = { ...LIVE_WITHOUT_KEY, PC_TOKEN_ENCRYPTION_KEY: TOKEN_KEY };
const mainJs = path.resolve(__dirname, '..', '..', 'bot', 'main.js');

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  assert.fail('expected a ConfigError');
}

describe('configuration', () => {
  it('runs on the embedded defaults with an empty environment: port 3978, SQLite, sandbox, local mode on loopback', () => {
    const config = loadConfig({});
    assert.equal(config.port, 3978);
    assert.equal(config.store.kind, 'sqlite');
    assert.equal(config.store.file, path.resolve('data/reseller-desk.sqlite'));
    assert.equal(DEFAULT_STORE_URL, 'sqlite://./data/reseller-desk.sqlite');
    assert.equal(config.partnerCenter, 'sandbox');
    assert.equal(config.logLevel, 'info');
    assert.equal(config.credentials, undefined);
    assert.equal(config.host, '127.0.0.1');
    assert.deepEqual(config.approvals, {
      requiredApprovals: 1,
      expiryHours: 72,
      resumeExecutionAfterMs: 300_000,
    });
    assert.equal(config.sweepIntervalMs, 60_000);
    assert.equal(config.crashAt, undefined);
  });

  it('reads the sweep interval, the resume delay and the crash-trial steps', () => {
    const config = loadConfig({
      SWEEP_INTERVAL_SECONDS: '2',
      EXECUTION_RESUME_SECONDS: '3',
      TEST_CRASH_AT: 'beforePartnerCenterCall, beforeRecordingResult',
    });
    assert.equal(config.sweepIntervalMs, 2000);
    assert.equal(config.approvals.resumeExecutionAfterMs, 3000);
    assert.deepEqual(config.crashAt, ['beforePartnerCenterCall', 'beforeRecordingResult']);
  });

  it('refuses TEST_CRASH_AT in production mode', () => {
    assert.throws(
      () => loadConfig({ MicrosoftAppId: GOOD_ID, MicrosoftAppPassword: 'secret', TEST_CRASH_AT: 'claimed' }),
      (error: ConfigError) =>
        error.problems.length === 1 && /^TEST_CRASH_AT is for crash trials/.test(error.problems[0]),
    );
  });

  it('reads every store kind from STORE_URL', () => {
    assert.equal(loadConfig({ STORE_URL: 'memory://' }).store.kind, 'memory');
    assert.equal(loadConfig({ STORE_URL: 'redis://cache:6380/1' }).store.kind, 'redis');
    assert.equal(loadConfig({ STORE_URL: 'rediss://:pw@cache:6380' }).store.kind, 'redis');
    assert.equal(loadConfig({ STORE_URL: 'postgres://u:p@db/rd' }).store.kind, 'postgres');
  });

  it('never shows a store password in what it logs', () => {
    const config = loadConfig({ STORE_URL: 'postgres://rd:hunter2@db:5432/rd' });
    assert.equal(describeConfig(config).store, 'postgres://rd:***@db:5432/rd');
    assert.doesNotMatch(JSON.stringify(describeConfig(config)), /hunter2/);
  });

  const badValues: [string, Record<string, string>, RegExp][] = [
    [
      'APPROVALS_REQUIRED',
      { APPROVALS_REQUIRED: '0' },
      /^APPROVALS_REQUIRED must be an integer from 1 to 10 \(got "0"\)\.$/,
    ],
    [
      'REQUEST_EXPIRY_HOURS',
      { REQUEST_EXPIRY_HOURS: 'soon' },
      /^REQUEST_EXPIRY_HOURS must be a number of hours/,
    ],
    [
      'SWEEP_INTERVAL_SECONDS',
      { SWEEP_INTERVAL_SECONDS: '0' },
      /^SWEEP_INTERVAL_SECONDS must be a whole number of seconds from 1 to 3600 \(got "0"\)\.$/,
    ],
    [
      'EXECUTION_RESUME_SECONDS',
      { EXECUTION_RESUME_SECONDS: '1.5' },
      /^EXECUTION_RESUME_SECONDS must be a whole number of seconds/,
    ],
    [
      'TEST_CRASH_AT',
      { TEST_CRASH_AT: 'sometimes' },
      /^TEST_CRASH_AT must be a comma-separated list of claimed/,
    ],
    ['PORT', { PORT: 'eighty' }, /^PORT must be an integer between 1 and 65535 \(got "eighty"\)\.$/],
    ['PORT', { PORT: '70000' }, /^PORT must be an integer between 1 and 65535/],
    [
      'STORE_URL',
      { STORE_URL: 'mysql://db' },
      /^STORE_URL must start with memory:\/\/, sqlite:\/\/, redis:\/\//,
    ],
    ['STORE_URL', { STORE_URL: 'sqlite://' }, /^STORE_URL must name a file/],
    [
      'PARTNER_CENTER',
      { PARTNER_CENTER: 'production' },
      /^PARTNER_CENTER must be "sandbox" or "live" \(got "production"\)\.$/,
    ],
    [
      'LOG_LEVEL',
      { LOG_LEVEL: 'verbose' },
      /^LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent/,
    ],
    [
      'SANDBOX_DATA',
      { SANDBOX_DATA: '/nope/tenant.json' },
      /^SANDBOX_DATA must be the path of a readable JSON file; "\/nope\/tenant.json" does not exist\.$/,
    ],
    [
      'SANDBOX_URL',
      { SANDBOX_URL: 'http://emulator.example.com:4000' },
      /^SANDBOX_URL must be a running emulator's loopback URL, http:\/\/127\.0\.0\.1:<port>/,
    ],
    [
      'SANDBOX_CUSTOMERS',
      { SANDBOX_CUSTOMERS: '1e9' },
      /^SANDBOX_CUSTOMERS must be a whole number of customers from 1 to 1,000,000 \(got "1e9"\)\.$/,
    ],
    ['SANDBOX_CUSTOMERS', { SANDBOX_CUSTOMERS: 'many' }, /^SANDBOX_CUSTOMERS must be a whole number/],
    [
      'SANDBOX_CUSTOMERS',
      { SANDBOX_CUSTOMERS: '1000', SANDBOX_URL: 'http://127.0.0.1:4000' },
      /^SANDBOX_CUSTOMERS generates the sandbox tenant: unset SANDBOX_DATA \(a fixture\) and SANDBOX_URL/,
    ],
    [
      'CUSTOMER_LIST_REFRESH_SECONDS',
      { CUSTOMER_LIST_REFRESH_SECONDS: '0' },
      /^CUSTOMER_LIST_REFRESH_SECONDS must be a whole number of seconds from 1 to 86400 \(got "0"\)\.$/,
    ],
    ['SANDBOX_NOW', { SANDBOX_NOW: 'next tuesday' }, /^SANDBOX_NOW must be an ISO date-time with its offset/],
    ['SANDBOX_NOW', { SANDBOX_NOW: '2027-07-31' }, /^SANDBOX_NOW must be an ISO date-time with its offset/],
    [
      'SANDBOX_DELAY_MS',
      { SANDBOX_DELAY_MS: '150ms' },
      /^SANDBOX_DELAY_MS must be a whole number of milliseconds/,
    ],
    [
      'SANDBOX_DELAY_MS',
      { SANDBOX_DELAY_MS: '-1' },
      /^SANDBOX_DELAY_MS must be a whole number of milliseconds/,
    ],
    [
      'SANDBOX_DELAY_JITTER_MS',
      { SANDBOX_DELAY_MS: '150', SANDBOX_DELAY_JITTER_MS: '200' },
      /^SANDBOX_DELAY_JITTER_MS must be a whole number of milliseconds from 0 to SANDBOX_DELAY_MS \(150\)/,
    ],
    [
      'SANDBOX_DELAY_MS',
      { SANDBOX_DELAY_MS: '150', SANDBOX_URL: 'http://127.0.0.1:4000' },
      /^SANDBOX_DELAY_MS delays the emulator this process starts; with SANDBOX_URL, give it to that emulator/,
    ],
    [
      'ROLES_FILE',
      { ROLES_FILE: '/nope/roles.json' },
      /^ROLES_FILE must be the path of a readable JSON file/,
    ],
    [
      'MicrosoftAppId',
      { MicrosoftAppId: 'my-bot', MicrosoftAppPassword: 'x' },
      /^MicrosoftAppId must be a GUID/,
    ],
    [
      'MicrosoftAppPassword',
      { MicrosoftAppId: GOOD_ID },
      /^MicrosoftAppPassword is required when MicrosoftAppId is set/,
    ],
    [
      'MicrosoftAppPassword',
      { MicrosoftAppPassword: 'x' },
      /^MicrosoftAppPassword is set but MicrosoftAppId is not/,
    ],
    [
      'MicrosoftAppType',
      { MicrosoftAppId: GOOD_ID, MicrosoftAppPassword: 'x', MicrosoftAppType: 'Global' },
      /^MicrosoftAppType must be/,
    ],
    [
      'MicrosoftAppTenantId',
      { MicrosoftAppId: GOOD_ID, MicrosoftAppPassword: 'x', MicrosoftAppType: 'SingleTenant' },
      /^MicrosoftAppTenantId is required/,
    ],
  ];
  for (const [variable, env, expected] of badValues) {
    it(`refuses a bad ${variable} (${JSON.stringify(env)}) with one line naming it`, () => {
      const problems = problemsOf(env);
      assert.equal(problems.length, 1, problems.join('\n'));
      assert.match(problems[0], expected);
    });
  }

  it('takes SANDBOX_URL, a running emulator on loopback, in sandbox mode', () => {
    for (const url of ['http://127.0.0.1:4000', 'http://localhost:4000/', 'https://[::1]:65535']) {
      assert.equal(loadConfig({ SANDBOX_URL: url }).sandboxUrl, url.replace(/\/$/, ''));
    }
    assert.equal(loadConfig({}).sandboxUrl, undefined);
    for (const url of [
      'http://127.0.0.1',
      'ftp://127.0.0.1:21',
      'http://127.0.0.1:0',
      'http://10.0.0.1:80',
    ]) {
      assert.match(problemsOf({ SANDBOX_URL: url }).join('\n'), /^SANDBOX_URL must be/, url);
    }
  });

  it('takes SANDBOX_CUSTOMERS, a generated tenant, in sandbox mode only', () => {
    assert.equal(loadConfig({ SANDBOX_CUSTOMERS: '100000' }).sandboxCustomers, 100_000);
    assert.equal(loadConfig({}).sandboxCustomers, undefined);
    assert.match(
      problemsOf({ ...LIVE, SANDBOX_CUSTOMERS: '100' }).join('\n'),
      /SANDBOX_CUSTOMERS is for PARTNER_CENTER=sandbox only/,
    );
  });

  it('reloads the customer list after CUSTOMER_LIST_REFRESH_SECONDS, 15 minutes unless set', () => {
    assert.equal(loadConfig({}).customerListRefreshMs, 900_000);
    assert.equal(loadConfig({ CUSTOMER_LIST_REFRESH_SECONDS: '60' }).customerListRefreshMs, 60_000);
  });

  it('takes SANDBOX_NOW, the sandbox clock, in sandbox mode only', () => {
    assert.equal(
      loadConfig({ SANDBOX_NOW: '2027-07-31T09:00:00+02:00' }).sandboxNow?.toISOString(),
      '2027-07-31T07:00:00.000Z',
    );
    assert.equal(loadConfig({}).sandboxNow, undefined);
  });

  it('takes SANDBOX_DELAY_MS and SANDBOX_DELAY_JITTER_MS, the sandbox answer delay, in sandbox mode', () => {
    assert.deepEqual(loadConfig({ SANDBOX_DELAY_MS: '150', SANDBOX_DELAY_JITTER_MS: '30' }).sandboxDelay, {
      ms: 150,
      jitterMs: 30,
    });
    assert.deepEqual(loadConfig({ SANDBOX_DELAY_MS: '150' }).sandboxDelay, { ms: 150, jitterMs: 0 });
    assert.equal(loadConfig({ SANDBOX_DELAY_MS: '0' }).sandboxDelay, undefined);
    assert.equal(loadConfig({}).sandboxDelay, undefined);
  });

  it('reports JSON files that do not parse', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rd-config-'));
    const file = path.join(dir, 'roles.json');
    writeFileSync(file, '{ "users": [ ');
    assert.match(
      problemsOf({ ROLES_FILE: file })[0],
      /^ROLES_FILE must be the path of a JSON file; ".*roles.json" is not valid JSON/,
    );
  });

  it('needs the Secure Application Model settings for the live Partner Center, naming each missing one', () => {
    const problems = problemsOf({ PARTNER_CENTER: 'live' });
    for (const variable of [
      'PC_CLIENT_ID',
      'PC_CLIENT_SECRET',
      'PC_TENANT_ID',
      'PC_REFRESH_TOKEN',
      'PC_TOKEN_ENCRYPTION_KEY',
    ]) {
      assert.ok(
        problems.some((line) => line.startsWith(variable)),
        `${variable} in ${problems.join(' / ')}`,
      );
    }
  });

  it('refuses SANDBOX_NOW in live mode: the live product runs on the real clock', () => {
    const problems = problemsOf({ ...LIVE, SANDBOX_NOW: '2027-07-31T09:00:00Z' });
    assert.deepEqual(problems, [
      'SANDBOX_NOW is for PARTNER_CENTER=sandbox only: live mode runs on the real clock.',
    ]);
  });

  it('refuses the sandbox answer delay in live mode: the live product never slows its own calls', () => {
    const envs: Record<string, string>[] = [
      { SANDBOX_DELAY_MS: '150' },
      { SANDBOX_DELAY_JITTER_MS: '30' },
      { SANDBOX_DELAY_MS: '150', SANDBOX_DELAY_JITTER_MS: '30' },
    ];
    for (const env of envs) {
      assert.deepEqual(problemsOf({ ...LIVE, ...env }), [
        'SANDBOX_DELAY_MS and SANDBOX_DELAY_JITTER_MS are for PARTNER_CENTER=sandbox only: unset them in live mode.',
      ]);
    }
  });

  it('reads the live Partner Center settings and never shows the secret or refresh token', () => {
    const config = loadConfig(LIVE);
    assert.equal(config.partnerCenterSettings?.baseUrl, 'https://api.partnercenter.microsoft.com');
    const described = JSON.stringify(describeConfig(config));
    assert.doesNotMatch(described, /client-secret-value|refresh-token-value/);
    assert.ok(!described.includes(TOKEN_KEY));
  });

  it('lets an indirect reseller start in live mode (Partner Center, not the bot, answers for its API access)', () => {
    const config = loadConfig({
      ...LIVE,
      PARTNER_TYPE: 'indirectReseller',
      PARTNER_NAME: 'Northwind Resellers',
    });
    assert.equal(config.partnerProfile?.type, 'indirectReseller');
    assert.equal(config.partnerProfile?.tenantId, GOOD_ID);
    assert.equal(config.partnerProfile?.companyName, 'Northwind Resellers');
    assert.match(
      problemsOf({ ...LIVE, PARTNER_TYPE: 'reseller' }).join('\n'),
      /PARTNER_TYPE must be "direct", "indirectProvider" or "indirectReseller" in live mode \(got "reseller"\)/,
    );
  });

  it('switches to production mode with credentials, listening on all interfaces', () => {
    const config = loadConfig({ MicrosoftAppId: GOOD_ID, MicrosoftAppPassword: 'secret', PORT: '8080' });
    assert.deepEqual(config.credentials, {
      appId: GOOD_ID,
      appPassword: 'secret',
      tenantId: '',
      appType: 'MultiTenant',
    });
    assert.equal(config.host, '0.0.0.0');
    assert.doesNotMatch(JSON.stringify(describeConfig(config)), /secret/);
  });

  describe('the start command with a bad environment', () => {
    function start(env: Record<string, string>, dotEnv?: string) {
      const cwd = mkdtempSync(path.join(tmpdir(), 'rd-start-'));
      if (dotEnv !== undefined) writeFileSync(path.join(cwd, '.env'), dotEnv);
      return spawnSync(process.execPath, [mainJs], {
        env: { PATH: process.env.PATH ?? '', ...env },
        cwd,
        encoding: 'utf8',
        timeout: 15_000,
      });
    }

    it('exits non-zero with exactly one line per problem and no stack trace', () => {
      const result = start({ PORT: 'abc', PARTNER_CENTER: 'prod' });
      assert.equal(result.status, 2);
      assert.deepEqual(result.stderr.trim().split('\n'), [
        'reseller-desk: PORT must be an integer between 1 and 65535 (got "abc").',
        'reseller-desk: PARTNER_CENTER must be "sandbox" or "live" (got "prod").',
      ]);
      assert.doesNotMatch(result.stderr + result.stdout, /\n\s+at /);
    });

    it('stops live mode without PC_TOKEN_ENCRYPTION_KEY with one line naming it', () => {
      const result = start(LIVE_WITHOUT_KEY);
      assert.equal(result.status, 2, result.stderr);
      assert.deepEqual(result.stderr.trim().split('\n'), [
        'reseller-desk: PC_TOKEN_ENCRYPTION_KEY is required in live mode: 32 random bytes in base64 (e.g. `openssl rand -base64 32`), the key that encrypts the rotating refresh token in the store.',
      ]);
    });

    it('stops live mode without EVIDENCE_LINK_KEY with one line naming it, and without PUBLIC_BASE_URL', () => {
      const { EVIDENCE_LINK_KEY: _key, PUBLIC_BASE_URL: _url, ...withoutLinks } = LIVE;
      const result = start(withoutLinks);
      assert.equal(result.status, 2, result.stderr);
      assert.deepEqual(result.stderr.trim().split('\n'), [
        'reseller-desk: EVIDENCE_LINK_KEY is required in live mode: at least 32 random bytes in base64 (e.g. `openssl rand -base64 32`), the key that signs the links to evidence packs and audit exports.',
        'reseller-desk: PUBLIC_BASE_URL is required in live mode: the https address where people’s browsers reach this bot (e.g. https://reseller-desk.contoso.com), used in the links to evidence packs and audit exports.',
      ]);
    });

    it('stops live mode when the stored refresh token does not decrypt with PC_TOKEN_ENCRYPTION_KEY, in one line', async () => {
      const storeUrl = `sqlite://${path.join(mkdtempSync(path.join(tmpdir(), 'rd-key-')), 'store.sqlite')}`;
      const store = await openStore(parseStoreUrl(storeUrl));
      const live = { ...LIVE_WITHOUT_KEY, STORE_URL: storeUrl, LOG_LEVEL: 'silent' };
      // A rotated token stored under another key (the consent's token is the one the store was seeded from).
      const tokens = new RefreshTokenStore(store, {
        tenantId: GOOD_ID,
        clientId: GOOD_ID,
        environmentToken: live.PC_REFRESH_TOKEN,
        encryptionKey: Buffer.alloc(32, 1),
      });
      assert.ok(await tokens.save('rotated-refresh-token', await tokens.current()));
      await store.close();

      // As `npm start` runs it (restify's deprecation warning off).
      const result = start({
        ...live,
        PC_TOKEN_ENCRYPTION_KEY: TOKEN_KEY,
        NODE_OPTIONS: '--disable-warning=DEP0111',
      });
      assert.equal(result.status, 2, result.stderr);
      assert.deepEqual(result.stderr.trim().split('\n'), [
        'reseller-desk: The stored Partner Center refresh token cannot be decrypted with PC_TOKEN_ENCRYPTION_KEY: it is not the key the token was stored with, or the record was altered. Restore the key, or have an agent consent again and set the new PC_REFRESH_TOKEN (docs/partner-center.md §6).',
      ]);
      assert.doesNotMatch(
        result.stdout + result.stderr,
        /rotated-refresh-token|refresh-token-value|client-secret-value/,
      );
    });

    it('reads .env from the working directory, and the environment wins over it', () => {
      const fromFile = start({}, 'PORT=not-a-port\nLOG_LEVEL=chatty\n');
      assert.equal(fromFile.status, 2);
      assert.match(fromFile.stderr, /PORT must be an integer between 1 and 65535 \(got "not-a-port"\)/);
      const overridden = start({ LOG_LEVEL: 'warn' }, 'PORT=not-a-port\nLOG_LEVEL=chatty\n');
      assert.doesNotMatch(overridden.stderr, /LOG_LEVEL/);
    });

    for (const [variable, env] of badValues) {
      it(`stops on a bad ${variable} with a line naming it`, () => {
        const result = start(env);
        assert.equal(result.status, 2, result.stderr);
        const lines = result.stderr.trim().split('\n');
        assert.equal(lines.length, 1, result.stderr);
        assert.match(lines[0], new RegExp(`^reseller-desk: ${variable} `));
      });
    }
  });
});
