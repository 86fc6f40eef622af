/**
 * Graph tokens through the real MSAL client against a loopback HTTPS identity provider (127.0.0.1,
 * the self-signed certificate of test/partner-center/fixtures/): the app's own token (client
 * credentials, scope `https://graph.microsoft.com/.default`) and, in delegated mode, the Secure
 * Application Model refresh token redeemed for Graph. docs/graph.md §2.
 */
import assert from 'node:assert/strict';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { ClientCredentialsTokenProvider, graphDefaultScope } from '../../services/graph/graphTokenProvider';
import { GraphAuthError } from '../../services/graph/graphErrors';
import { openGdapClient } from '../../services/graph/openGraph';
import { GLOBAL_GRAPH_URL } from '../../services/graph/graphHttp';
import { createSecureAppModelTokenProvider } from '../../services/partner-center/auth/secureAppModelTokenProvider';
import { openStore } from '../../services/store/openStore';
import type { RecordStore } from '../../services/store/recordStore';
import { parseStoreUrl } from '../../services/store/storeUrl';
import { silentLogger } from '../partner-center/emulatorHarness';
import {
  loopbackTls,
  openIdConfiguration,
  tokenReply,
  type TokenReply,
} from '../partner-center/identityProviderReplies';

const { cert, key } = loopbackTls;
const TENANT = '22222222-2222-4222-8222-222222222222';
const CLIENT = '11111111-1111-4111-8111-111111111111';

describe('Microsoft Graph tokens', () => {
  let server: https.Server;
  let base: string;
  let posts: URLSearchParams[];
  let replies: TokenReply[];
  let store: RecordStore;

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

  it('asks for the Graph resource with /.default', () => {
    assert.equal(graphDefaultScope(GLOBAL_GRAPH_URL), 'https://graph.microsoft.com/.default');
  });

  it("gets the app's own token with client credentials in the partner tenant, once for concurrent callers", async () => {
    replies.push({
      status: 200,
      body: { token_type: 'Bearer', expires_in: 3600, ext_expires_in: 3600, access_token: 'graph-app-token' },
    });
    const tokens = new ClientCredentialsTokenProvider({
      clientId: CLIENT,
      clientSecret: 'the-app-secret',
      tenantId: TENANT,
      authorityHost: base,
      scope: graphDefaultScope(GLOBAL_GRAPH_URL),
      logger: silentLogger,
      network: { ca: cert },
    });
    const [first, second] = await Promise.all([tokens.getAccessToken(), tokens.getAccessToken()]);
    assert.equal(first, 'graph-app-token');
    assert.equal(second, 'graph-app-token');
    assert.equal(await tokens.getAccessToken(), 'graph-app-token', 'from MSAL’s cache');
    assert.equal(posts.length, 1);
    assert.equal(posts[0].get('grant_type'), 'client_credentials');
    assert.equal(posts[0].get('scope'), 'https://graph.microsoft.com/.default');
    assert.equal(posts[0].get('client_id'), CLIENT);
  });

  it('fails with a Graph sign-in error that carries no secret', async () => {
    replies.push({
      status: 401,
      body: {
        error: 'invalid_client',
        error_description: 'AADSTS7000215: Invalid client secret provided.',
        error_codes: [7000215],
      },
    });
    const tokens = new ClientCredentialsTokenProvider({
      clientId: CLIENT,
      clientSecret: 'the-app-secret',
      tenantId: TENANT,
      authorityHost: base,
      scope: 'https://graph.microsoft.com/.default',
      logger: silentLogger,
      network: { ca: cert },
    });
    await assert.rejects(tokens.getAccessToken(), (error: unknown) => {
      assert.ok(error instanceof GraphAuthError);
      assert.match(error.message, /Microsoft Graph sign-in failed/);
      assert.ok(!error.message.includes('the-app-secret'));
      return true;
    });
  });

  it('redeems the Partner Center refresh token for Graph in delegated mode, sharing the stored token', async () => {
    const reply = (access: string, refresh: string) => {
      const { status, body } = tokenReply({
        authority: base,
        tenant: TENANT,
        client: CLIENT,
        accessToken: access,
        refreshToken: refresh,
        expiresIn: 3600,
      });
      return { status, body };
    };
    replies.push(reply('graph-user-token', 'rotated-by-graph'));
    const common = {
      clientId: CLIENT,
      clientSecret: 'the-app-secret',
      tenantId: TENANT,
      refreshToken: 'consented-refresh-token',
      store,
      tokenEncryptionKey: Buffer.alloc(32, 3),
      authorityHost: base,
      logger: silentLogger,
      network: { ca: cert },
    };
    const graph = createSecureAppModelTokenProvider({
      ...common,
      scopes: [graphDefaultScope(GLOBAL_GRAPH_URL)],
      service: 'Microsoft Graph',
    });
    assert.equal(await graph.getAccessToken(), 'graph-user-token');
    assert.equal(posts[0].get('grant_type'), 'refresh_token');
    assert.equal(posts[0].get('refresh_token'), 'consented-refresh-token');
    assert.match(posts[0].get('scope') ?? '', /https:\/\/graph\.microsoft\.com\/\.default/);
    // Partner Center's provider then redeems the token Graph's redemption stored.
    replies.push(reply('pc-token', 'rotated-by-pc'));
    const partnerCenter = createSecureAppModelTokenProvider(common);
    assert.equal(await partnerCenter.getAccessToken(), 'pc-token');
    assert.equal(posts[1].get('refresh_token'), 'rotated-by-graph');
    assert.match(posts[1].get('scope') ?? '', /user_impersonation/);
  });

  it('opens a live Graph client for either token without calling anyone', () => {
    const settings = {
      baseUrl: GLOBAL_GRAPH_URL,
      clientId: CLIENT,
      clientSecret: 's',
      tenantId: TENANT,
      authorityHost: base,
    };
    const partnerCenter = {
      ...settings,
      baseUrl: 'https://api.partnercenter.microsoft.com',
      refreshToken: 'r',
      tokenEncryptionKey: Buffer.alloc(32, 3),
      locale: 'en-US',
    };
    for (const auth of ['application', 'delegated'] as const) {
      const client = openGdapClient({
        mode: 'live',
        settings: { ...settings, auth },
        partnerCenter,
        store,
        logger: silentLogger,
      });
      assert.equal(typeof client.customerRelationships, 'function');
    }
    assert.equal(posts.length, 0);
  });
});
