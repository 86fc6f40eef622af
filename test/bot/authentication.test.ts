/**
 * Production mode authenticates every request to /api/messages, over real HTTP through the real
 * restify server, TeamsAdapter and teams-ai Application started by startBot. Channel tokens are
 * signed by a key this test generates and publishes on a loopback OpenID endpoint, with botbuilder's
 * public-cloud settings otherwise unchanged. A refused request must run no handler: no reply reaches
 * the (loopback) connector, no turn state is written, no turn is logged. Every log line (pino and
 * what botbuilder prints to the console itself) is scanned for tokens and secrets.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { format } from 'node:util';
// botbuilder's own copy (hoisted): where it gets the outbound token, the call that would go to Entra.
import { MsalAppCredentials } from 'botframework-connector';
import sinon from 'sinon';
import { STRINGS } from '../../cards/strings';
import { adaptiveCardOf, cardTexts, messageActivity, postActivity } from '../helpers/activities';
import { startTestBot, type Harness } from '../helpers/botHarness';
import { FakeChannelIssuer, newSigningKey } from '../helpers/fakeChannelIssuer';
import { FakeConnector } from '../helpers/fakeConnector';

const APP_ID = '3b0d7c52-6f1e-4a9d-8c2b-5e4f3a2b1c0d';
const OTHER_APP_ID = '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b';
const APP_PASSWORD = 'Auth-Test~App.Password_7Q3v';
const OUTBOUND_TOKEN = 'outbound-access-token-Zq9xW2';
const TENANT = '7f3e2d1c-0b9a-4876-9543-210fedcba987';
const OTHER_TENANT = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

describe('Authentication of /api/messages (production mode)', () => {
  const issuer = new FakeChannelIssuer();
  const connector = new FakeConnector();
  const sandbox = sinon.createSandbox();
  const consoleLines: string[] = [];
  const sentTokens: string[] = [];
  const responseBodies: string[] = [];
  const outboundRequests: { appId: string; scope: string }[] = [];
  let harness: Harness;
  let turnWrites: string[];

  before(async () => {
    await issuer.start();
    await connector.start();
    // botbuilder writes auth failures with console.error, outside the bot's logger: keep them to scan.
    for (const method of ['error', 'warn', 'log', 'info', 'debug'] as const) {
      sandbox.stub(console, method).callsFake((...args: unknown[]) => {
        consoleLines.push(format(...args));
      });
    }
    // refreshToken is protected in the typings; it is the one call that would go to Entra.
    type TokenSource = { refreshToken(): Promise<{ accessToken: string; expiresOn: Date }> };
    sandbox
      .stub(MsalAppCredentials.prototype as unknown as TokenSource, 'refreshToken')
      .callsFake(async function (this: MsalAppCredentials) {
        await Promise.resolve();
        outboundRequests.push({ appId: this.appId, scope: this.oAuthScope });
        return { accessToken: OUTBOUND_TOKEN, expiresOn: new Date(Date.now() + 3600_000) };
      });
    harness = await startTestBot(
      { MicrosoftAppId: APP_ID, MicrosoftAppPassword: APP_PASSWORD, ALLOWED_TENANTS: TENANT },
      {},
      { authOverrides: issuer.authOverrides() },
    );
    turnWrites = [];
    const store = harness.bot.store;
    const record = (key: string) => {
      if (key.startsWith('turn/')) turnWrites.push(key);
    };
    const put = store.put.bind(store);
    const compareAndSet = store.compareAndSet.bind(store);
    sandbox.stub(store, 'put').callsFake((key, value) => {
      record(key);
      return put(key, value);
    });
    sandbox.stub(store, 'compareAndSet').callsFake((key, etag, value) => {
      record(key);
      return compareAndSet(key, etag, value);
    });
  });
  after(async () => {
    await harness?.bot.stop();
    sandbox.restore();
    await connector.stop();
    await issuer.stop();
  });

  /** A `help` from a user and conversation of its own: a handler that ran would write new turn state. */
  const activity = (overrides: Record<string, unknown> = {}, tenantId = TENANT) => ({
    ...messageActivity('help', {
      serviceUrl: connector.url,
      tenantId,
      conversationId: `a:auth-${randomUUID()}`,
      userId: `29:auth-${randomUUID()}`,
      aadObjectId: randomUUID(),
    }),
    ...overrides,
  });
  const claims = (overrides: Record<string, unknown> = {}) => ({
    aud: APP_ID,
    serviceurl: connector.url,
    ...overrides,
  });
  const logged = (msg: string) => harness.log.entries().filter((entry) => entry.msg === msg).length;

  /** POSTs with `Authorization: Bearer <token>` (or the header given), and what the bot did about it. */
  async function send(body: Record<string, unknown>, auth: { token?: string; header?: string } = {}) {
    const header = auth.header ?? (auth.token ? `Bearer ${auth.token}` : undefined);
    if (auth.token) sentTokens.push(auth.token);
    const before = {
      replies: connector.activities.length,
      turnWrites: turnWrites.length,
      turns: logged('turn'),
      commands: logged('command received'),
    };
    const response = await postActivity(harness.bot.url, body, header ? { authorization: header } : {});
    // Whatever the request started (a turn, background work, notifications) has finished.
    await harness.bot.settled();
    responseBodies.push(response.body);
    return {
      status: response.status,
      replies: connector.activities.length - before.replies,
      turnWrites: turnWrites.length - before.turnWrites,
      turns: logged('turn') - before.turns,
      commands: logged('command received') - before.commands,
    };
  }

  function assertRefused(outcome: Awaited<ReturnType<typeof send>>, status = 401) {
    assert.deepEqual(outcome, { status, replies: 0, turnWrites: 0, turns: 0, commands: 0 });
  }

  it('a valid channel token: 200, the help card reaches the connector with the outbound token', async () => {
    const body = activity();
    const outcome = await send(body, { token: issuer.token(claims()) });
    assert.equal(outcome.status, 200);
    assert.equal(outcome.replies, 1);
    assert.ok(outcome.turnWrites > 0, 'turn state written');
    assert.equal(outcome.commands, 1);
    const reply = connector.activities.at(-1)!;
    assert.equal(reply.body.replyToId, body.id);
    assert.ok(cardTexts(adaptiveCardOf(reply.body)).includes(STRINGS.en['help.intro']));
    assert.equal(reply.authorization, `Bearer ${OUTBOUND_TOKEN}`);
    assert.deepEqual(outboundRequests[0], { appId: APP_ID, scope: 'https://api.botframework.com' });
  });

  it('a token that expired 2 minutes ago is still accepted (5-minute clock tolerance)', async () => {
    const now = Math.floor(Date.now() / 1000);
    const outcome = await send(activity(), {
      token: issuer.token(claims({ nbf: now - 3600, exp: now - 120 })),
    });
    assert.equal(outcome.status, 200);
    assert.equal(outcome.replies, 1);
    assert.ok(outcome.turnWrites > 0);
  });

  it('no Authorization header: 401, no handler runs', async () => {
    assertRefused(await send(activity()));
  });

  it('an Authorization header that is not a Bearer token: 401', async () => {
    const token = issuer.token(claims());
    sentTokens.push(token);
    assertRefused(await send(activity(), { header: `Basic ${token}` }));
  });

  it('an expired token (10 minutes ago): 401', async () => {
    const now = Math.floor(Date.now() / 1000);
    assertRefused(
      await send(activity(), { token: issuer.token(claims({ nbf: now - 3600, exp: now - 600 })) }),
    );
  });

  it('a token not valid yet (nbf in 10 minutes): 401', async () => {
    const now = Math.floor(Date.now() / 1000);
    assertRefused(
      await send(activity(), { token: issuer.token(claims({ nbf: now + 600, exp: now + 3600 })) }),
    );
  });

  it('a token for another bot (wrong audience): 401', async () => {
    assertRefused(await send(activity(), { token: issuer.token(claims({ aud: OTHER_APP_ID })) }));
  });

  it('a token without an audience: 401', async () => {
    assertRefused(await send(activity(), { token: issuer.token(claims({ aud: undefined })) }));
  });

  it('a token from another issuer: 401', async () => {
    assertRefused(
      await send(activity(), {
        token: issuer.token(claims({ iss: 'https://api.botframework.com.evil.example' })),
      }),
    );
  });

  it('a token signed by a key the issuer does not publish (unknown kid): 401', async () => {
    assertRefused(await send(activity(), { token: issuer.token(claims(), newSigningKey()) }));
  });

  it("a token signed by another key under the published key's kid: 401", async () => {
    const impostor = { ...newSigningKey(), kid: issuer.key.kid };
    assertRefused(await send(activity(), { token: issuer.token(claims(), impostor) }));
  });

  it('an unsigned token (alg none): 401', async () => {
    assertRefused(await send(activity(), { token: issuer.token(claims(), issuer.key, { alg: 'none' }) }));
  });

  it('an HS256 token keyed with the public key (algorithm confusion): 401', async () => {
    assertRefused(await send(activity(), { token: issuer.token(claims(), issuer.key, { alg: 'HS256' }) }));
  });

  it("a serviceurl claim that is not the activity's serviceUrl: 401", async () => {
    assertRefused(
      await send(activity(), {
        token: issuer.token(claims({ serviceurl: 'https://smba.trafficmanager.net/emea/' })),
      }),
    );
  });

  it('an activity for a channel the signing key is not endorsed for (webchat): 401', async () => {
    assertRefused(await send(activity({ channelId: 'webchat' }), { token: issuer.token(claims()) }));
  });

  it('a valid token from a tenant not in ALLOWED_TENANTS: 200, ignored before any handler', async () => {
    const outcome = await send(activity({}, OTHER_TENANT), { token: issuer.token(claims()) });
    assert.equal(outcome.status, 200);
    assert.equal(outcome.replies, 0);
    assert.equal(outcome.turnWrites, 0);
    assert.equal(outcome.commands, 0);
    assert.ok(
      harness.log.entries().some((entry) => String(entry.msg).includes('tenant that is not allowed')),
    );
  });

  it('fetched the signing keys once for all these requests', () => {
    assert.deepEqual(
      issuer.requests.filter((path) => path.startsWith('/v1/')),
      ['/v1/.well-known/openidconfiguration', '/v1/keys'],
    );
  });

  it('never logs a token, the app password or a Bearer value', () => {
    const lines = [...harness.log.lines, ...consoleLines];
    assert.ok(harness.log.lines.length > 10 && consoleLines.length > 5, 'there were logs to scan');
    assert.ok(sentTokens.length >= 15);
    const text = lines.join('\n');
    for (const token of sentTokens) {
      const [, payload, signature] = token.split('.');
      assert.ok(!text.includes(token), 'a channel token was logged');
      assert.ok(!text.includes(payload), 'the claims of a channel token were logged');
      if (signature) assert.ok(!text.includes(signature), 'the signature of a channel token was logged');
    }
    assert.ok(!text.includes(APP_PASSWORD), 'the app password was logged');
    assert.ok(!text.includes(OUTBOUND_TOKEN), 'the outbound token was logged');
    assert.doesNotMatch(text, /Bearer\s+\S/i);
    const answers = responseBodies.join('\n');
    assert.ok(sentTokens.every((token) => !answers.includes(token.split('.')[2] || token)));
    assert.ok(!answers.includes(APP_PASSWORD) && !answers.includes(OUTBOUND_TOKEN));
  });
});
