/** GRAPH_* in the configuration: live mode only, application or delegated, one line per problem. */
import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from '../../services/config/config';

const LIVE = {
  PARTNER_CENTER: 'live',
  STORE_URL: 'memory://',
  PC_CLIENT_ID: '11111111-1111-4111-8111-111111111111',
  PC_CLIENT_SECRET: 'pc-secret',
  PC_TENANT_ID: '22222222-2222-4222-8222-222222222222',
  PC_REFRESH_TOKEN: 'refresh',
  PC_TOKEN_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
  PARTNER_TYPE: 'direct',
  PARTNER_NAME: 'Contoso',
  PARTNER_MPN_ID: '1234567',
  EVIDENCE_LINK_KEY: Buffer.alloc(32, 8).toString('base64'),
  PUBLIC_BASE_URL: 'https://reseller-desk.example',
};

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('GRAPH_* settings', () => {
  it('reads no GDAP in live mode without GRAPH_AUTH', () => {
    assert.equal(loadConfig(LIVE).graphSettings, undefined);
  });

  it("uses Partner Center's app registration for application tokens unless GRAPH_CLIENT_* name another", () => {
    const reused = loadConfig({ ...LIVE, GRAPH_AUTH: 'application' }).graphSettings!;
    assert.deepEqual(
      [reused.auth, reused.baseUrl, reused.clientId, reused.clientSecret, reused.tenantId],
      ['application', 'https://graph.microsoft.com/v1.0', LIVE.PC_CLIENT_ID, 'pc-secret', LIVE.PC_TENANT_ID],
    );
    const own = loadConfig({
      ...LIVE,
      GRAPH_AUTH: 'application',
      GRAPH_CLIENT_ID: '33333333-3333-4333-8333-333333333333',
      GRAPH_CLIENT_SECRET: 'graph-secret',
    }).graphSettings!;
    assert.equal(own.clientId, '33333333-3333-4333-8333-333333333333');
    assert.equal(own.clientSecret, 'graph-secret');
    assert.equal(own.tenantId, LIVE.PC_TENANT_ID);
  });

  it('takes delegated tokens from the Partner Center registration only', () => {
    assert.equal(loadConfig({ ...LIVE, GRAPH_AUTH: 'delegated' }).graphSettings?.clientId, LIVE.PC_CLIENT_ID);
    const found = problems({
      ...LIVE,
      GRAPH_AUTH: 'delegated',
      GRAPH_CLIENT_ID: LIVE.PC_CLIENT_ID,
      GRAPH_CLIENT_SECRET: 'x',
    });
    assert.equal(found.length, 1);
    assert.match(found[0], /GRAPH_CLIENT_ID and GRAPH_CLIENT_SECRET are for GRAPH_AUTH=application/);
  });

  it('names each problem in one line, never the secret', () => {
    assert.match(
      problems({ ...LIVE, GRAPH_AUTH: 'app' })[0],
      /^GRAPH_AUTH must be "application" or "delegated"/,
    );
    assert.match(
      problems({ ...LIVE, GRAPH_AUTH: 'application', GRAPH_BASE_URL: 'http://graph.example' })[0],
      /^GRAPH_BASE_URL must be an https URL/,
    );
    const half = problems({ ...LIVE, GRAPH_AUTH: 'application', GRAPH_CLIENT_SECRET: 'graph-secret' });
    assert.match(half[0], /Set GRAPH_CLIENT_ID and GRAPH_CLIENT_SECRET together/);
    assert.ok(!half.join('\n').includes('graph-secret'));
    assert.match(problems({ ...LIVE, GRAPH_CLIENT_ID: LIVE.PC_CLIENT_ID })[0], /without GRAPH_AUTH/);
  });

  it('refuses GRAPH_* in the sandbox, which serves Graph itself', () => {
    const found = problems({ STORE_URL: 'memory://', GRAPH_AUTH: 'application' });
    assert.deepEqual(found, [
      'GRAPH_AUTH: for PARTNER_CENTER=live only; the sandbox serves Microsoft Graph itself. Unset it.',
    ]);
    assert.equal(loadConfig({ STORE_URL: 'memory://' }).graphSettings, undefined);
  });
});
