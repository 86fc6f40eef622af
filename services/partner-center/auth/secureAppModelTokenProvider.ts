/**
 * App+User tokens for Partner Center with the Secure Application Model: the app registration
 * (client id + secret) exchanges the stored refresh token of an MFA-consented agent for a
 * `https://api.partnercenter.microsoft.com/user_impersonation` access token, through MSAL.
 *
 * The token is cached until five minutes before it expires; concurrent callers share one
 * acquisition. Later refreshes go through MSAL's cache (acquireTokenSilent), which holds the rotated
 * refresh token; the stored one is the fallback. Tokens and secrets are never logged.
 */
import { ConfidentialClientApplication, LogLevel } from '@azure/msal-node';
import type { AccountInfo, AuthenticationResult } from '@azure/msal-node';
import type { Logger } from 'pino';
import { PartnerCenterAuthError } from '../errors';
import { createMsalNetworkClient } from './msalNetworkClient';
import type { MsalNetworkOptions } from './msalNetworkClient';
import type { PartnerCenterTokenProvider } from './tokenProvider';

export const PARTNER_CENTER_SCOPE = 'https://api.partnercenter.microsoft.com/user_impersonation';
const EXPIRY_MARGIN_MS = 5 * 60_000;

export interface SecureAppModelOptions {
  clientId: string;
  clientSecret: string;
  tenantId: string;
  refreshToken: string;
  /** Default https://login.microsoftonline.com. */
  authorityHost?: string;
  logger: Logger;
  network?: MsalNetworkOptions;
  now?: () => Date;
}

function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'errorCode' in error) {
    const { errorCode, errorMessage } = error as { errorCode?: string; errorMessage?: string };
    // AAD messages carry trace ids and AADSTS codes, never the secret or the token.
    return [errorCode, errorMessage?.split('\n')[0]].filter(Boolean).join(': ');
  }
  return error instanceof Error ? error.message : String(error);
}

export class SecureAppModelTokenProvider implements PartnerCenterTokenProvider {
  private readonly app: ConfidentialClientApplication;
  private cached?: { token: string; expiresAt: number };
  private account?: AccountInfo;
  private pending?: Promise<string>;
  private readonly now: () => Date;

  constructor(private readonly options: SecureAppModelOptions) {
    const host = (options.authorityHost ?? 'https://login.microsoftonline.com').replace(/\/+$/, '');
    this.now = options.now ?? (() => new Date());
    const logger = options.logger;
    this.app = new ConfidentialClientApplication({
      auth: {
        clientId: options.clientId,
        clientSecret: options.clientSecret,
        authority: `${host}/${options.tenantId}`,
        knownAuthorities: [new URL(host).host],
      },
      system: {
        networkClient: createMsalNetworkClient(options.network),
        loggerOptions: {
          piiLoggingEnabled: false,
          logLevel: LogLevel.Warning,
          loggerCallback: (level, message, containsPii) => {
            if (!containsPii && level <= LogLevel.Warning) logger.warn({ msal: message }, 'MSAL');
          },
        },
      },
    });
  }

  getAccessToken(): Promise<string> {
    if (this.cached && this.cached.expiresAt - EXPIRY_MARGIN_MS > this.now().getTime()) {
      return Promise.resolve(this.cached.token);
    }
    this.pending ??= this.acquire().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private async acquire(): Promise<string> {
    let result: AuthenticationResult | null = null;
    if (this.account) {
      try {
        result = await this.app.acquireTokenSilent({ account: this.account, scopes: [PARTNER_CENTER_SCOPE] });
      } catch (error) {
        this.options.logger.info(
          { reason: describe(error) },
          'Partner Center token: silent refresh failed, using the stored refresh token',
        );
      }
    }
    if (!result) {
      try {
        result = await this.app.acquireTokenByRefreshToken({
          refreshToken: this.options.refreshToken,
          scopes: [PARTNER_CENTER_SCOPE],
          forceCache: true,
        });
      } catch (error) {
        throw new PartnerCenterAuthError(`Partner Center sign-in failed: ${describe(error)}`, error);
      }
    }
    if (!result?.accessToken)
      throw new PartnerCenterAuthError('Partner Center sign-in returned no access token.');
    this.account = result.account ?? this.account;
    const expiresAt = result.expiresOn?.getTime() ?? this.now().getTime() + 60 * 60_000;
    this.cached = { token: result.accessToken, expiresAt };
    this.options.logger.debug(
      { expiresAt: new Date(expiresAt).toISOString() },
      'Partner Center token acquired',
    );
    return result.accessToken;
  }
}

export function createSecureAppModelTokenProvider(
  options: SecureAppModelOptions,
): PartnerCenterTokenProvider {
  return new SecureAppModelTokenProvider(options);
}
