/**
 * A loopback Entra ID token endpoint (HTTPS on 127.0.0.1) that rotates refresh tokens strictly: every
 * redemption of the newest refresh token answers a new access token and a new refresh token, and any
 * other refresh token is refused with 400 invalid_grant in Entra's error shape. (Entra itself leaves
 * the old token valid until it expires; refusing it is the strict case a stale replica must survive.)
 */
import { randomUUID } from 'node:crypto';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { loopbackTls, openIdConfiguration, tokenReply } from './identityProviderReplies';

export interface RotatingIdentityProvider {
  /** https://127.0.0.1:<port>, the authority host. */
  url: string;
  tenant: string;
  client: string;
  /** The refresh token the endpoint accepts next. */
  newestRefreshToken(): string;
  /** An agent consents again: only `refreshToken` is accepted from now on. */
  consent(refreshToken: string): void;
  /** Every access, refresh and id token handed out. */
  issued: string[];
  /** Refresh tokens redeemed successfully / refused, in order. */
  redeemed: string[];
  refused: string[];
  close(): Promise<void>;
}

export async function startRotatingIdentityProvider(options: {
  tenant: string;
  client: string;
  /** The refresh token the consent produced (what PC_REFRESH_TOKEN holds). */
  initialRefreshToken: string;
  /** Access token lifetime in seconds (under 300 makes every call refresh). */
  expiresIn: number;
  /** Delay before a refusal is answered (a redemption that lost a race to another replica). */
  refusalDelayMs?: number;
}): Promise<RotatingIdentityProvider> {
  const { tenant, client } = options;
  let newest = options.initialRefreshToken;
  let authority = '';
  const issued: string[] = [];
  const redeemed: string[] = [];
  const refused: string[] = [];
  const server = https.createServer(loopbackTls, (req, res) => {
    const url = new URL(req.url ?? '/', authority);
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'GET' && url.pathname === `/${tenant}/v2.0/.well-known/openid-configuration`) {
      send(200, openIdConfiguration(authority, tenant));
      return;
    }
    if (req.method !== 'POST' || url.pathname !== `/${tenant}/oauth2/v2.0/token`) {
      send(404, {});
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
      const presented = form.get('refresh_token') ?? '';
      if (form.get('grant_type') !== 'refresh_token' || presented !== newest) {
        refused.push(presented);
        setTimeout(
          () =>
            send(400, {
              error: 'invalid_grant',
              error_description:
                'AADSTS70000: The provided value for the input parameter refresh_token is not valid. Trace ID: 00000000-0000-0000-0000-000000000000',
              error_codes: [70000],
              timestamp: new Date().toISOString().replace('T', ' ').slice(0, 19) + 'Z',
              trace_id: randomUUID(),
              correlation_id: randomUUID(),
              error_uri: `${authority}/error?code=70000`,
            }),
          options.refusalDelayMs ?? 0,
        );
        return;
      }
      redeemed.push(presented);
      const accessToken = `access-${randomUUID()}`;
      newest = `refresh-${randomUUID()}`;
      const reply = tokenReply({
        authority,
        tenant,
        client,
        accessToken,
        refreshToken: newest,
        expiresIn: options.expiresIn,
      });
      issued.push(accessToken, newest, reply.idToken);
      send(reply.status, reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  authority = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: authority,
    tenant,
    client,
    newestRefreshToken: () => newest,
    consent: (refreshToken) => {
      newest = refreshToken;
    },
    issued,
    redeemed,
    refused,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
