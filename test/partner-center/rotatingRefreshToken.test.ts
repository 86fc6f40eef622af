/**
 * The rotating refresh token of the Secure Application Model, kept in the store: the real MSAL client
 * against a loopback identity provider that rotates the refresh token on every redemption and refuses
 * any other one, on a real SQLite store, with real AES-256-GCM. A restart and a second replica keep
 * getting tokens; the store holds only ciphertext; a wrong key fails clearly; nothing secret is logged.
 */
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  createSecureAppModelTokenProvider,
  type SecureAppModelTokenProvider,
} from '../../services/partner-center/auth/secureAppModelTokenProvider';
import { TokenDecryptionError } from '../../services/partner-center/auth/tokenEncryption';
import { PartnerCenterAuthError } from '../../services/partner-center/errors';
import { openStore } from '../../services/store/openStore';
import type { RecordStore } from '../../services/store/recordStore';
import { parseStoreUrl } from '../../services/store/storeUrl';
import { captureLogger, type CapturedLogger } from '../helpers/logCapture';
import { tempSqliteFile } from '../helpers/storeBackends';
import { loopbackTls } from './identityProviderReplies';
import { startRotatingIdentityProvider, type RotatingIdentityProvider } from './rotatingIdentityProvider';

const TENANT = '55555555-5555-4555-8555-555555555555';
const CLIENT = '66666666-6666-4666-8666-666666666666';
const KEY_RECORD = `partnerCenterRefreshTokens/${TENANT}.${CLIENT}`;

describe('Rotating Secure Application Model refresh tokens kept in the store', () => {
  const clientSecret = `client-secret-${randomUUID()}`;
  const key = randomBytes(32);
  let consented: string;
  let idp: RotatingIdentityProvider;
  let file: string;
  let stores: RecordStore[];
  let log: CapturedLogger;

  async function open(): Promise<RecordStore> {
    const store = await openStore(parseStoreUrl(`sqlite://${file}`));
    stores.push(store);
    return store;
  }

  function replica(
    store: RecordStore,
    options: { refreshToken?: string; tokenEncryptionKey?: Buffer } = {},
  ): SecureAppModelTokenProvider {
    return createSecureAppModelTokenProvider({
      clientId: CLIENT,
      clientSecret,
      tenantId: TENANT,
      refreshToken: options.refreshToken ?? consented,
      store,
      tokenEncryptionKey: options.tokenEncryptionKey ?? key,
      authorityHost: idp.url,
      logger: log.logger,
      network: { ca: loopbackTls.cert },
    });
  }

  /** Every access token answered was issued by the identity provider, and none twice. */
  function assertFresh(tokens: string[]) {
    assert.equal(new Set(tokens).size, tokens.length, 'a fresh access token each time');
    for (const token of tokens) assert.ok(idp.issued.includes(token));
  }

  beforeEach(async () => {
    consented = `consented-refresh-${randomUUID()}`;
    // 60 s tokens are inside the five-minute margin: every getAccessToken redeems a refresh token.
    idp = await startRotatingIdentityProvider({
      tenant: TENANT,
      client: CLIENT,
      initialRefreshToken: consented,
      expiresIn: 60,
      refusalDelayMs: 150,
    });
    file = tempSqliteFile();
    stores = [];
    log = captureLogger('debug');
  });

  afterEach(async () => {
    for (const store of stores) await store.close().catch(() => undefined);
    await idp.close();
    // No token, secret or key in any line logged during the test.
    const text = log.lines.join('\n');
    assert.ok(log.lines.length > 0);
    for (const secret of [
      clientSecret,
      consented,
      key.toString('base64'),
      key.toString('hex'),
      ...idp.issued,
    ]) {
      assert.ok(!text.includes(secret), `logged: ${secret.slice(0, 12)}…`);
    }
    assert.doesNotMatch(text, /Bearer\s+\S/i);
  });

  it('keeps working after a restart on the same store, though the environment token was rotated away', async () => {
    const before = replica(await open());
    const first = [await before.getAccessToken(), await before.getAccessToken()];
    await stores[0].close();

    const after = replica(await open());
    const second = [await after.getAccessToken(), await after.getAccessToken()];
    assertFresh([...first, ...second]);
    assert.deepEqual(idp.refused, [], 'the restarted process redeemed the newest refresh token');
    assert.equal(
      idp.redeemed.filter((token) => token === consented).length,
      1,
      'the consent is redeemed once',
    );
  });

  it('lets two replicas on one store take turns refreshing, and recovers one that lost a race', async () => {
    const store = await open();
    const a = replica(store);
    const b = replica(store);
    const answered: string[] = [];
    for (let round = 0; round < 4; round++) {
      answered.push(await a.getAccessToken(), await b.getAccessToken());
    }
    assert.deepEqual(idp.refused, []);

    // Both redeem the same stored token at once: one wins, the other is refused, re-reads the store
    // and retries once with the token the winner stored.
    answered.push(...(await Promise.all([a.getAccessToken(), b.getAccessToken()])));
    assert.equal(idp.refused.length, 1, 'one redemption lost the race');
    answered.push(await a.getAccessToken(), await b.getAccessToken());
    assertFresh(answered);
    assert.equal(answered.length, 12);
    assert.ok(log.entries().some((entry) => String(entry.msg).includes('retrying with the newer one')));
  });

  it('stores only ciphertext, with a new IV each write; a wrong key fails clearly and redeems nothing', async () => {
    const store = await open();
    const tokens = replica(store);
    await tokens.getAccessToken();
    const firstWrite = await store.get<{ sealed: { iv: string; data: string } }>(KEY_RECORD);
    await tokens.getAccessToken();
    const raw = await store.get<{ sealed: { iv: string; tag: string; data: string } }>(KEY_RECORD);
    assert.ok(firstWrite && raw, 'the record is in the store');
    const newest = idp.newestRefreshToken();
    const rawText = JSON.stringify(raw);
    assert.ok(!rawText.includes(newest) && !rawText.includes(consented));
    assert.equal(Buffer.from(raw.value.sealed.iv, 'base64').length, 12);
    assert.equal(Buffer.from(raw.value.sealed.tag, 'base64').length, 16);
    assert.notEqual(raw.value.sealed.iv, firstWrite.value.sealed.iv);
    await store.close();
    const onDisk = readFileSync(file);
    assert.ok(!onDisk.includes(newest) && !onDisk.includes(consented), 'no plaintext token in the file');

    const reopened = await open();
    const asked = idp.redeemed.length + idp.refused.length;
    const wrongKey = replica(reopened, { tokenEncryptionKey: randomBytes(32) });
    await assert.rejects(wrongKey.checkStoredToken(), TokenDecryptionError);
    await assert.rejects(wrongKey.getAccessToken(), (error: unknown) => {
      assert.ok(error instanceof PartnerCenterAuthError);
      assert.match(error.message, /cannot be decrypted with PC_TOKEN_ENCRYPTION_KEY/);
      return true;
    });
    assert.equal(idp.redeemed.length + idp.refused.length, asked, 'nothing sent with a wrong key');
    assert.ok((await replica(reopened).getAccessToken()).startsWith('access-'), 'the right key still works');
  });

  it('takes a new environment token after a re-consent; a replica with the old environment keeps the stored one', async () => {
    const store = await open();
    await replica(store).getAccessToken();

    // The operator has an agent consent again and deploys the new refresh token.
    const reconsented = `reconsented-refresh-${randomUUID()}`;
    idp.consent(reconsented);
    const redeployed = replica(store, { refreshToken: reconsented });
    await redeployed.getAccessToken();
    assert.equal(idp.redeemed.at(-1), reconsented);

    // A replica still on the previous deployment's environment uses the stored chain, not its token.
    const stale = replica(store);
    await stale.getAccessToken();
    await redeployed.getAccessToken();
    assert.deepEqual(idp.refused, []);
    assert.ok(!log.lines.join('\n').includes(reconsented));
  });

  it('says an agent must consent again when the only token it has is refused', async () => {
    const store = await open();
    await replica(store).getAccessToken();
    idp.consent(`someone-else-${randomUUID()}`);
    await assert.rejects(replica(store).getAccessToken(), (error: unknown) => {
      assert.ok(error instanceof PartnerCenterAuthError);
      assert.match(error.message, /invalid_grant/);
      assert.match(error.message, /consent again.*PC_REFRESH_TOKEN/);
      return true;
    });
  });
});
