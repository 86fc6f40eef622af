/**
 * The Partner Center client in live configuration (Secure Application Model through the real MSAL
 * client, a loopback HTTPS identity provider, the emulator as Partner Center), logging at debug into
 * memory: a token acquisition, a refresh with the rotated refresh token kept (encrypted) in the store,
 * Partner Center calls, and a 404. No log line may carry the client secret, the encryption key, a
 * refresh token, an access token, the id token or a `Bearer` value.
 */
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { createSecureAppModelTokenProvider } from '../../services/partner-center/auth/secureAppModelTokenProvider';
import { createPartnerCenterClient } from '../../services/partner-center/client/httpPartnerCenterClient';
import { openStore } from '../../services/store/openStore';
import { parseStoreUrl } from '../../services/store/storeUrl';
import { captureLogger } from '../helpers/logCapture';
import { collect, context, startHarness, type Harness } from './emulatorHarness';
import { loopbackTls, openIdConfiguration, tokenReply } from './identityProviderReplies';

const { cert, key } = loopbackTls;
const TENANT = '33333333-3333-4333-8333-333333333333';
const CLIENT = '44444444-4444-4444-8444-444444444444';
const secretValue = (name: string) => `${name}-${randomUUID()}`;

describe('Partner Center with Secure Application Model secrets: nothing secret in the logs', () => {
  const clientSecret = secretValue('client-secret');
  const storedRefreshToken = secretValue('stored-refresh-token');
  const encryptionKey = randomBytes(32);
  /** Everything the identity provider hands out, to look for in the logs. */
  const issued: string[] = [];
  const replies: (() => { status: number; body: Record<string, unknown> })[] = [];
  let idp: https.Server;
  let authority: string;
  let pc: Harness;

  function tokens(expiresIn: number) {
    return () => {
      const accessToken = secretValue('access-token');
      const refreshToken = secretValue('rotated-refresh-token');
      const reply = tokenReply({
        authority,
        tenant: TENANT,
        client: CLIENT,
        accessToken,
        refreshToken,
        expiresIn,
      });
      issued.push(accessToken, refreshToken, reply.idToken);
      return { status: reply.status, body: reply.body };
    };
  }

  before(async () => {
    idp = https.createServer({ cert, key }, (req, res) => {
      const url = new URL(req.url ?? '/', authority);
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.method === 'GET' && url.pathname === `/${TENANT}/v2.0/.well-known/openid-configuration`) {
        send(200, openIdConfiguration(authority, TENANT));
      } else if (req.method === 'POST' && url.pathname === `/${TENANT}/oauth2/v2.0/token`) {
        req.resume();
        req.on('end', () => {
          const reply = replies.shift()?.() ?? { status: 500, body: { error: 'no_reply' } };
          send(reply.status, reply.body);
        });
      } else send(404, {});
    });
    await new Promise<void>((resolve) => idp.listen(0, '127.0.0.1', resolve));
    authority = `https://127.0.0.1:${(idp.address() as AddressInfo).port}`;
    pc = await startHarness();
  });
  after(async () => {
    await pc.close();
    await new Promise<void>((resolve) => idp.close(() => resolve()));
  });

  it('acquires, refreshes and calls Partner Center; the logs hold no secret', async () => {
    const log = captureLogger('debug');
    const store = await openStore(parseStoreUrl('memory://'));
    const client = createPartnerCenterClient({
      baseUrl: pc.emulator.url,
      logger: log.logger,
      timeoutMs: 2000,
      retry: { initialDelayMs: 1, maxDelayMs: 5 },
      tokenProvider: createSecureAppModelTokenProvider({
        clientId: CLIENT,
        clientSecret,
        tenantId: TENANT,
        refreshToken: storedRefreshToken,
        store,
        tokenEncryptionKey: encryptionKey,
        authorityHost: authority,
        logger: log.logger,
        network: { ca: cert },
      }),
    });
    // 1: a token about to expire, and a rotated refresh token that is stored; 2: the stored one gets
    // a fresh access token.
    replies.push(tokens(60), tokens(3600));

    const customers = await collect(client.listCustomers(context('req-1')));
    assert.ok(customers.length > 0);
    const customer = await client.getCustomer(context('req-2'), customers[0].id);
    assert.equal(customer.id, customers[0].id);
    await assert.rejects(client.getCustomer(context('req-3'), randomUUID()));
    assert.equal(replies.length, 0, 'both token replies were used');
    await store.close();

    const entries = log.entries();
    assert.ok(entries.filter((entry) => entry.msg === 'Partner Center token acquired').length >= 2);
    assert.ok(entries.some((entry) => String(entry.msg).includes('rotated refresh token stored')));
    assert.ok(entries.filter((entry) => entry.msg === 'Partner Center call').length >= 3);

    const text = log.lines.join('\n');
    assert.equal(issued.length, 6, 'two token responses');
    const key = [encryptionKey.toString('base64'), encryptionKey.toString('hex')];
    for (const secret of [clientSecret, storedRefreshToken, ...key, ...issued]) {
      assert.ok(!text.includes(secret), `logged: ${secret.slice(0, 16)}…`);
    }
    assert.doesNotMatch(text, /Bearer\s+\S/i);
  });
});
