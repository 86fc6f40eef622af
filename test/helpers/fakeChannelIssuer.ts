/**
 * The Bot Framework channel's token issuer on loopback: an OpenID configuration document and a JWKS
 * whose RSA key carries `endorsements: ["msteams"]`, as https://login.botframework.com publishes
 * them, and a signer for channel tokens (RS256, node:crypto). The emulator's metadata URL points at
 * an empty key set here, so nothing reaches the network.
 *
 * `authOverrides()` gives the adapter the public-cloud settings botbuilder uses by default, with only
 * the two OpenID metadata URLs moved to loopback: botbuilder takes any of these settings as "the
 * caller configured everything", so all of them are passed.
 */
import {
  createHmac,
  createPublicKey,
  generateKeyPairSync,
  randomUUID,
  sign,
  type KeyObject,
} from 'node:crypto';
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';

/** The issuer of channel tokens in the public cloud (AuthenticationConstants.ToBotFromChannelTokenIssuer). */
export const CHANNEL_ISSUER = 'https://api.botframework.com';

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
}

export function newSigningKey(): SigningKey {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid: randomUUID(), privateKey };
}

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * A compact JWS over `claims`: RS256 with the key, unless the header says `alg: "none"` (no signature)
 * or `alg: "HS256"` (an HMAC keyed with the key's public PEM: the algorithm-confusion forgery).
 */
export function signToken(
  claims: Record<string, unknown>,
  key: SigningKey,
  header: Record<string, unknown> = {},
): string {
  const head = { alg: 'RS256', typ: 'JWT', kid: key.kid, ...header };
  const input = `${b64url(head)}.${b64url(claims)}`;
  if (head.alg === 'none') return `${input}.`;
  if (head.alg === 'HS256') {
    const secret = createPublicKey(key.privateKey).export({ format: 'pem', type: 'spki' });
    return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
  }
  const signature = sign('sha256', Buffer.from(input), key.privateKey);
  return `${input}.${signature.toString('base64url')}`;
}

export class FakeChannelIssuer {
  /** The key the JWKS publishes. */
  readonly key = newSigningKey();
  readonly endorsements = ['msteams'];
  /** Requests served, by path. */
  readonly requests: string[] = [];
  private readonly server = http.createServer((req, res) => this.handle(req, res));

  async start(): Promise<string> {
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    return this.url;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  get metadataUrl(): string {
    return `${this.url}/v1/.well-known/openidconfiguration`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Everything botbuilder's public-cloud defaults say, except where the signing keys are published. */
  authOverrides(): Partial<ConfigurationBotFrameworkAuthenticationOptions> {
    return {
      ValidateAuthority: true,
      ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
      ToChannelFromBotOAuthScope: 'https://api.botframework.com',
      ToBotFromChannelTokenIssuer: CHANNEL_ISSUER,
      OAuthUrl: 'https://api.botframework.com',
      ToBotFromChannelOpenIdMetadataUrl: this.metadataUrl,
      ToBotFromEmulatorOpenIdMetadataUrl: `${this.url}/emulator/.well-known/openid-configuration`,
      CallerId: 'urn:botframework:azure',
    };
  }

  /** A channel token as the Bot Framework sends it to a bot, valid for an hour unless `claims` say otherwise. */
  token(
    claims: Record<string, unknown>,
    key: SigningKey = this.key,
    header?: Record<string, unknown>,
  ): string {
    const now = Math.floor(Date.now() / 1000);
    return signToken({ iss: CHANNEL_ISSUER, nbf: now - 60, exp: now + 3600, ...claims }, key, header);
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const path = new URL(req.url ?? '/', this.url).pathname;
    this.requests.push(path);
    const json = (body: unknown) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (path === '/v1/.well-known/openidconfiguration') {
      json({
        issuer: CHANNEL_ISSUER,
        authorization_endpoint: 'https://invalid.botframework.com',
        jwks_uri: `${this.url}/v1/keys`,
        id_token_signing_alg_values_supported: ['RS256'],
        token_endpoint_auth_methods_supported: ['private_key_jwt'],
      });
    } else if (path === '/v1/keys') {
      const jwk = createPublicKey(this.key.privateKey).export({ format: 'jwk' });
      json({
        keys: [
          { kty: 'RSA', use: 'sig', kid: this.key.kid, n: jwk.n, e: jwk.e, endorsements: this.endorsements },
        ],
      });
    } else if (path === '/emulator/.well-known/openid-configuration') {
      json({
        issuer: 'https://login.microsoftonline.com/{tenantid}/v2.0',
        jwks_uri: `${this.url}/emulator/keys`,
      });
    } else if (path === '/emulator/keys') {
      json({ keys: [] });
    } else {
      res.writeHead(404);
      res.end();
    }
  }
}
