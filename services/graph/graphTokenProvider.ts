/**
 * Bearer tokens for Microsoft Graph (docs/graph.md §2). Two ways, chosen by GRAPH_AUTH:
 *
 * - `application`: the app registration's own token (OAuth 2.0 client credentials, through MSAL) in
 *   the partner tenant, for the Graph application permissions the tenant's admin consented to. The
 *   scope is the Graph resource followed by `/.default`, as the client credentials flow requires.
 * - `delegated`: the Secure Application Model refresh token already held for Partner Center, redeemed
 *   for a Graph token (services/partner-center/auth/secureAppModelTokenProvider.ts with Graph scopes).
 *
 * The sandbox accepts any non-empty token (staticGraphTokenProvider). Tokens and the secret are never
 * logged.
 */
import type { ConfidentialClientApplication } from '@azure/msal-node';
import type { Logger } from 'pino';
import { createConfidentialClient } from '../partner-center/auth/confidentialClient';
import type { MsalNetworkOptions } from '../partner-center/auth/msalNetworkClient';
import { GraphAuthError } from './graphErrors';

export interface GraphTokenProvider {
  getAccessToken(signal?: AbortSignal): Promise<string>;
}

/** A fixed token: the sandbox emulator accepts any non-empty bearer token. */
export function staticGraphTokenProvider(token: string): GraphTokenProvider {
  return { getAccessToken: () => Promise.resolve(token) };
}

/** `https://graph.microsoft.com/.default` for a base URL such as `https://graph.microsoft.com/v1.0`. */
export function graphDefaultScope(baseUrl: string): string {
  return `${new URL(baseUrl).origin}/.default`;
}

export interface ClientCredentialsOptions {
  clientId: string;
  /** Secret: never logged. */
  clientSecret: string;
  /** The partner's own tenant: GDAP calls must come from a principal in it. */
  tenantId: string;
  /** Default https://login.microsoftonline.com. */
  authorityHost?: string;
  /** e.g. `https://graph.microsoft.com/.default`. */
  scope: string;
  logger: Logger;
  network?: MsalNetworkOptions;
}

function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'errorCode' in error) {
    const { errorCode, errorMessage } = error as { errorCode?: string; errorMessage?: string };
    // Entra messages carry trace ids and AADSTS codes, never the secret or the token.
    return [errorCode, errorMessage?.split('\n')[0]].filter(Boolean).join(': ');
  }
  return error instanceof Error ? error.message : String(error);
}

/** The app's own Graph token; MSAL caches it until shortly before it expires. */
export class ClientCredentialsTokenProvider implements GraphTokenProvider {
  private readonly app: ConfidentialClientApplication;
  private pending?: Promise<string>;

  constructor(private readonly options: ClientCredentialsOptions) {
    this.app = createConfidentialClient(options);
  }

  getAccessToken(): Promise<string> {
    // Concurrent callers share one acquisition; MSAL answers later ones from its cache.
    this.pending ??= this.acquire().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private async acquire(): Promise<string> {
    let token: string | undefined;
    try {
      const result = await this.app.acquireTokenByClientCredential({ scopes: [this.options.scope] });
      token = result?.accessToken;
    } catch (error) {
      throw new GraphAuthError(`Microsoft Graph sign-in failed: ${describe(error)}`, error);
    }
    if (!token) throw new GraphAuthError('Microsoft Graph sign-in returned no access token.');
    return token;
  }
}
