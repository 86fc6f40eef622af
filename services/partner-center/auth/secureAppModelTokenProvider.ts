/**
 * App+User tokens for Partner Center with the Secure Application Model (docs/partner-center.md §6):
 * the app registration (client id + secret) redeems the refresh token of an MFA-consented agent for a
 * `https://api.partnercenter.microsoft.com/user_impersonation` access token, through MSAL.
 *
 * Entra ID hands out a new refresh token with every redemption, and an unused one dies after 90 days
 * of inactivity, so the newest one is kept in the store (RefreshTokenStore, encrypted) where every
 * replica and every restart finds it; the environment's token only seeds the store. Each redemption
 * reads the store first, and writes the rotated token back with compare-and-set over the record it
 * read. A redemption refused with `invalid_grant` re-reads the store and, if another replica stored a
 * newer token meanwhile, retries once with it.
 *
 * Why MSAL's token cache: MSAL does not put the rotated refresh token in its AuthenticationResult,
 * but it writes it into its token cache (`forceCache`, as there is no signed-in account). Reading the
 * RefreshToken entry of the serialized cache after the redemption keeps the token request itself in
 * MSAL (authority discovery, client authentication, error parsing, telemetry) rather than in a
 * hand-written form post, at the cost of one JSON parse per redemption. MSAL's own silent refresh is
 * not used: its in-memory refresh token would be stale as soon as another replica redeems.
 *
 * The access token is cached until five minutes before it expires; concurrent callers share one
 * acquisition. Tokens, the secret and the key are never logged.
 *
 * The same refresh token also buys Microsoft Graph tokens when the app registration holds consented
 * Graph permissions (refresh tokens are not tied to one resource; docs/graph.md §2): a second provider
 * with `scopes` for Graph and `service: 'Microsoft Graph'` shares the stored record.
 */
import type { ConfidentialClientApplication } from '@azure/msal-node';
import type { AuthenticationResult, SerializedRefreshTokenEntity } from '@azure/msal-node';
import type { Logger } from 'pino';
import type { RecordStore } from '../../store/recordStore';
import { PartnerCenterAuthError } from '../errors';
import { createConfidentialClient } from './confidentialClient';
import type { MsalNetworkOptions } from './msalNetworkClient';
import { RefreshTokenStore, type CurrentRefreshToken } from './refreshTokenStore';
import type { PartnerCenterTokenProvider } from './tokenProvider';

export const PARTNER_CENTER_SCOPE = 'https://api.partnercenter.microsoft.com/user_impersonation';
const EXPIRY_MARGIN_MS = 5 * 60_000;

export interface SecureAppModelOptions {
  clientId: string;
  clientSecret: string;
  tenantId: string;
  /** The environment's refresh token (PC_REFRESH_TOKEN): seeds the store. */
  refreshToken: string;
  /** Where the newest refresh token is kept, shared by the replicas. */
  store: RecordStore;
  /** PC_TOKEN_ENCRYPTION_KEY: 32 bytes. */
  tokenEncryptionKey: Buffer;
  /** Default https://login.microsoftonline.com. */
  authorityHost?: string;
  logger: Logger;
  network?: MsalNetworkOptions;
  now?: () => Date;
  /** Default: Partner Center's `user_impersonation`. */
  scopes?: string[];
  /** The service the tokens are for, in log lines and errors (default "Partner Center"). */
  service?: string;
}

function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'errorCode' in error) {
    const { errorCode, errorMessage } = error as { errorCode?: string; errorMessage?: string };
    // AAD messages carry trace ids and AADSTS codes, never the secret or the token.
    return [errorCode, errorMessage?.split('\n')[0]].filter(Boolean).join(': ');
  }
  return error instanceof Error ? error.message : String(error);
}

function isInvalidGrant(error: unknown): boolean {
  return (
    !!error && typeof error === 'object' && (error as { errorCode?: string }).errorCode === 'invalid_grant'
  );
}

export class SecureAppModelTokenProvider implements PartnerCenterTokenProvider {
  private readonly app: ConfidentialClientApplication;
  private readonly refreshTokens: RefreshTokenStore;
  private cached?: { token: string; expiresAt: number };
  private pending?: Promise<string>;
  private readonly now: () => Date;
  private readonly service: string;

  constructor(private readonly options: SecureAppModelOptions) {
    this.service = options.service ?? 'Partner Center';
    this.now = options.now ?? (() => new Date());
    this.refreshTokens = new RefreshTokenStore(options.store, {
      tenantId: options.tenantId,
      clientId: options.clientId,
      environmentToken: options.refreshToken,
      encryptionKey: options.tokenEncryptionKey,
    });
    this.app = createConfidentialClient(options);
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

  /**
   * Reads the stored refresh token and that it decrypts; a wrong PC_TOKEN_ENCRYPTION_KEY fails here,
   * at start, instead of at the first call.
   */
  async checkStoredToken(): Promise<void> {
    await this.refreshTokens.current();
  }

  private async acquire(): Promise<string> {
    const logger = this.options.logger;
    let redeemed = await this.readRefreshToken();
    if (redeemed.source === 'environment') {
      logger.info(
        { replacing: redeemed.etag !== null },
        `${this.service} token: redeeming the refresh token from the environment (PC_REFRESH_TOKEN)`,
      );
    }
    let result: AuthenticationResult | null;
    try {
      result = await this.redeem(redeemed.token);
    } catch (error) {
      const newest = isInvalidGrant(error) ? await this.readRefreshToken() : undefined;
      if (!newest || newest.token === redeemed.token) {
        const hint = isInvalidGrant(error)
          ? ' The refresh token was refused: an agent must consent again and the new token be set in PC_REFRESH_TOKEN (docs/partner-center.md §6).'
          : '';
        throw new PartnerCenterAuthError(`${this.service} sign-in failed: ${describe(error)}.${hint}`, error);
      }
      logger.info(
        { reason: describe(error) },
        `${this.service} token: refresh token refused, retrying with the newer one another replica stored`,
      );
      redeemed = newest;
      try {
        result = await this.redeem(redeemed.token);
      } catch (retryError) {
        throw new PartnerCenterAuthError(
          `${this.service} sign-in failed: ${describe(retryError)}`,
          retryError,
        );
      }
    }
    if (!result?.accessToken)
      throw new PartnerCenterAuthError(`${this.service} sign-in returned no access token.`);
    await this.keepRotated(result, redeemed);
    const expiresAt = result.expiresOn?.getTime() ?? this.now().getTime() + 60 * 60_000;
    this.cached = { token: result.accessToken, expiresAt };
    logger.debug({ expiresAt: new Date(expiresAt).toISOString() }, `${this.service} token acquired`);
    return result.accessToken;
  }

  private async readRefreshToken(): Promise<CurrentRefreshToken> {
    try {
      return await this.refreshTokens.current();
    } catch (error) {
      throw new PartnerCenterAuthError(`${this.service} sign-in failed: ${describe(error)}`, error);
    }
  }

  private redeem(refreshToken: string): Promise<AuthenticationResult | null> {
    // forceCache: MSAL writes the rotated refresh token into its cache, where keepRotated reads it.
    return this.app.acquireTokenByRefreshToken({
      refreshToken,
      scopes: this.options.scopes ?? [PARTNER_CENTER_SCOPE],
      forceCache: true,
    });
  }

  /** Stores the refresh token this redemption returned, if it is a new one. */
  private async keepRotated(result: AuthenticationResult, redeemed: CurrentRefreshToken): Promise<void> {
    const rotated = this.rotatedRefreshToken(result);
    if (!rotated || rotated === redeemed.token) return;
    const logger = this.options.logger;
    try {
      const saved = await this.refreshTokens.save(rotated, redeemed, this.now());
      if (saved)
        logger.info(
          { record: this.refreshTokens.key },
          `${this.service} token: rotated refresh token stored`,
        );
      else
        logger.info(
          { record: this.refreshTokens.key },
          `${this.service} token: another replica stored a refresh token meanwhile; keeping its`,
        );
    } catch (error) {
      // The access token is good; the stored refresh token still works until it is 90 days unused.
      logger.warn(
        { record: this.refreshTokens.key, reason: describe(error) },
        `${this.service} token: the rotated refresh token could not be stored`,
      );
    }
  }

  /** The refresh token MSAL cached for this result's account and this app. */
  private rotatedRefreshToken(result: AuthenticationResult): string | undefined {
    const homeAccountId = result.account?.homeAccountId;
    if (!homeAccountId) return undefined;
    const cache = JSON.parse(this.app.getTokenCache().serialize()) as {
      RefreshToken?: Record<string, SerializedRefreshTokenEntity>;
    };
    const entry = Object.values(cache.RefreshToken ?? {}).find(
      (candidate) =>
        candidate.home_account_id === homeAccountId && candidate.client_id === this.options.clientId,
    );
    return entry?.secret;
  }
}

export function createSecureAppModelTokenProvider(
  options: SecureAppModelOptions,
): SecureAppModelTokenProvider {
  return new SecureAppModelTokenProvider(options);
}
