/**
 * MSAL at its boundary: a loopback HTTPS identity provider (self-signed certificate for 127.0.0.1
 * in fixtures/) serves OpenID metadata and the token endpoint; the real MSAL client talks to it.
 */
import assert from 'node:assert/strict';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { createSecureAppModelTokenProvider } from '../../services/partner-center/auth/secureAppModelTokenProvider';
import { PartnerCenterAuthError } from '../../services/partner-center/errors';
import { openStore } from '../../services/store/openStore';
import type { RecordStore } from '../../services/store/recordStore';
import { parseStoreUrl } from '../../services/store/storeUrl';
import { silentLogger } from './emulatorHarness';
import { loopbackTls, openIdConfiguration, tokenReply, type TokenReply } from './identityProviderReplies';

const { cert, key } = loopbackTls;
const TENANT = '22222222-2222-4222-8222-222222222222';
const CLIENT = '11111111-1111-4111-8111-111111111111';

describe('Secure Application Model tokens through MSAL', () => {
  let server: https.Server;
  let base: string;
  let posts: URLSearchParams[];
  let replies: TokenReply[];
  let store: RecordStore;

  function tokenBody(accessToken: string, refreshToken: string, expiresIn: number): TokenReply {
    const { status, body } = tokenReply({
      authority: base,
      tenant: TENANT,
      client: CLIENT,
      accessToken,
      refreshToken,
      expiresIn,
    });
    return { status, body };
  }

  before(async () => {
    server = https.createServer({ cert, key }, (req, res) => {
      const url = new URL(req.url ?? '/', base);
      if (req.method === 'GET' && url.pathname === `/${TENANT}/v2.0/.well-known/openid-configuration`) {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(openIdConfiguration(base, TENANT)));
        return;
      }
      if (req.method === 'POST' && url.pathname === `/${TENANT}/oauth2/v2.0/token`) {
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', () => {
          posts.push(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
          const reply = replies.shift() ?? { status: 500, body: { error: 'no_reply' } };
          res.writeHead(reply.status, { 'Content-Type': 'application/json' });
          res.end(JSON.stringify(reply.body));
        });
        return;
      }
      res.writeHead(404, { 'Content-Type': 'application/json' });
      res.end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  beforeEach(async () => {
    posts = [];
    replies = [];
    store = await openStore(parseStoreUrl('memory://'));
  });
  afterEach(() => store.close());
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  function provider() {
    return createSecureAppModelTokenProvider({
      clientId: CLIENT,
      clientSecret: 'the-app-secret',
      tenantId: TENANT,
      refreshToken: 'stored-refresh-token',
      store,
      tokenEncryptionKey: Buffer.alloc(32, 1),
      authorityHost: base,
      logger: silentLogger,
      network: { ca: cert },
    });
  }

  it('exchanges the stored refresh token for a user_impersonation token and caches it', async () => {
    replies.push(tokenBody('access-1', 'rotated-1', 3600));
    const tokens = provider();
    const [first, concurrent] = await Promise.all([tokens.getAccessToken(), tokens.getAccessToken()]);
    assert.equal(first, 'access-1');
    assert.equal(concurrent, 'access-1');
    assert.equal(await tokens.getAccessToken(), 'access-1');
    assert.equal(posts.length, 1, 'one call to the token endpoint');
    const form = posts[0];
    assert.equal(form.get('grant_type'), 'refresh_token');
    assert.equal(form.get('refresh_token'), 'stored-refresh-token');
    assert.equal(form.get('client_id'), CLIENT);
    assert.equal(form.get('client_secret'), 'the-app-secret');
    assert.match(form.get('scope') ?? '', /https:\/\/api\.partnercenter\.microsoft\.com\/user_impersonation/);
  });

  it('refreshes a token close to expiry', async () => {
    replies.push(tokenBody('access-1', 'rotated-1', 60), tokenBody('access-2', 'rotated-2', 3600));
    const tokens = provider();
    assert.equal(await tokens.getAccessToken(), 'access-1');
    assert.equal(await tokens.getAccessToken(), 'access-2');
    assert.equal(posts.length, 2);
    assert.equal(posts[1].get('grant_type'), 'refresh_token');
    assert.equal(
      posts[1].get('refresh_token'),
      'rotated-1',
      'uses the rotated refresh token, kept in the store',
    );
  });

  it('fails with a typed error that carries neither the secret nor the refresh token', async () => {
    replies.push({
      status: 400,
      body: {
        error: 'invalid_grant',
        error_description: 'AADSTS70000: The provided grant has expired.',
        error_codes: [70000],
      },
    });
    await assert.rejects(provider().getAccessToken(), (error: unknown) => {
      assert.ok(error instanceof PartnerCenterAuthError);
      assert.match(error.message, /invalid_grant|AADSTS70000/);
      assert.ok(!error.message.includes('the-app-secret'));
      assert.ok(!error.message.includes('stored-refresh-token'));
      return true;
    });
  });
});
