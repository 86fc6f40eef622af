/**
 * What a loopback Entra ID token endpoint answers in the Secure Application Model tests: a successful
 * token response (access, rotated refresh and id token, as MSAL expects them), the OpenID discovery
 * document, and its TLS files.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'partner-center', 'fixtures');
export const loopbackTls = {
  cert: readFileSync(path.join(FIXTURES, 'loopback-cert.pem')),
  key: readFileSync(path.join(FIXTURES, 'loopback-key.pem')),
};

export const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** The OpenID discovery document MSAL reads from `authority`/`tenant` before redeeming a token. */
export function openIdConfiguration(authority: string, tenant: string): Record<string, string> {
  return {
    token_endpoint: `${authority}/${tenant}/oauth2/v2.0/token`,
    authorization_endpoint: `${authority}/${tenant}/oauth2/v2.0/authorize`,
    end_session_endpoint: `${authority}/${tenant}/oauth2/v2.0/logout`,
    issuer: `${authority}/${tenant}/v2.0`,
    jwks_uri: `${authority}/${tenant}/discovery/v2.0/keys`,
  };
}

export interface TokenReply {
  status: number;
  body: Record<string, unknown>;
}

/** A 200 from the token endpoint of `authority`/`tenant` for `client`, valid for `expiresIn` seconds. */
export function tokenReply(options: {
  authority: string;
  tenant: string;
  client: string;
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}): TokenReply & { idToken: string } {
  const { authority, tenant, client, accessToken, refreshToken, expiresIn } = options;
  const now = Math.floor(Date.now() / 1000);
  const idToken = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({
    aud: client,
    iss: `${authority}/${tenant}/v2.0`,
    tid: tenant,
    oid: 'agent-oid',
    sub: 'agent-sub',
    preferred_username: 'agent@partner.example',
    iat: now,
    nbf: now,
    exp: now + expiresIn,
    ver: '2.0',
  })}.`;
  return {
    idToken,
    status: 200,
    body: {
      token_type: 'Bearer',
      scope: 'https://api.partnercenter.microsoft.com/user_impersonation',
      expires_in: expiresIn,
      ext_expires_in: expiresIn,
      access_token: accessToken,
      refresh_token: refreshToken,
      id_token: idToken,
      client_info: b64({ uid: 'agent-oid', utid: tenant }),
    },
  };
}
