/**
 * PC_* settings for PARTNER_CENTER=live, read and validated from an env object. Every problem is one
 * line naming the variable. The secret, the refresh token and the encryption key are never part of a
 * problem message; log settings only through `describePartnerCenterSettings`.
 */
import { readFileSync } from 'node:fs';
import { GLOBAL_PARTNER_CENTER_URL } from '../client/httpPartnerCenterClient';
import { parseTokenEncryptionKey } from './tokenEncryption';

export interface PartnerCenterSettings {
  /** PC_BASE_URL (default https://api.partnercenter.microsoft.com). */
  baseUrl: string;
  /** PC_CLIENT_ID: the app registration (Secure Application Model). */
  clientId: string;
  /** PC_CLIENT_SECRET. Secret. */
  clientSecret: string;
  /** PC_TENANT_ID: the partner's tenant. */
  tenantId: string;
  /** PC_REFRESH_TOKEN, or the content of the file named by PC_REFRESH_TOKEN_FILE. Secret. */
  refreshToken: string;
  /** PC_TOKEN_ENCRYPTION_KEY: 32 bytes that encrypt the stored refresh token. Secret. */
  tokenEncryptionKey: Buffer;
  /** PC_AUTHORITY_HOST (default https://login.microsoftonline.com). */
  authorityHost: string;
  /** PC_LOCALE, sent as X-Locale (default en-US). */
  locale: string;
}

export type PartnerCenterSettingsResult =
  { ok: true; settings: PartnerCenterSettings } | { ok: false; problems: string[] };

type Env = Record<string, string | undefined>;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

function read(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

/** An https URL from `env[name]` (http only on loopback), trailing slashes removed; problems named. */
export function httpsUrl(env: Env, name: string, fallback: string, problems: string[]): string {
  const raw = read(env, name) ?? fallback;
  try {
    const url = new URL(raw);
    const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
    if (url.protocol !== 'https:' && !(loopback && url.protocol === 'http:')) {
      problems.push(`${name} must be an https URL (got ${JSON.stringify(raw)}).`);
    }
    return raw.replace(/\/+$/, '');
  } catch {
    problems.push(`${name} is not a valid URL (got ${JSON.stringify(raw)}).`);
    return raw;
  }
}

export function readPartnerCenterSettings(env: Env): PartnerCenterSettingsResult {
  const problems: string[] = [];
  const baseUrl = httpsUrl(env, 'PC_BASE_URL', GLOBAL_PARTNER_CENTER_URL, problems);
  const authorityHost = httpsUrl(env, 'PC_AUTHORITY_HOST', 'https://login.microsoftonline.com', problems);

  const clientId = read(env, 'PC_CLIENT_ID');
  if (!clientId) problems.push('PC_CLIENT_ID is required in live mode (the app registration id, a GUID).');
  else if (!GUID.test(clientId))
    problems.push(`PC_CLIENT_ID must be a GUID (got ${JSON.stringify(clientId)}).`);

  const tenantId = read(env, 'PC_TENANT_ID');
  if (!tenantId) problems.push('PC_TENANT_ID is required in live mode (the partner tenant id, a GUID).');
  else if (!GUID.test(tenantId))
    problems.push(`PC_TENANT_ID must be a GUID (got ${JSON.stringify(tenantId)}).`);

  const clientSecret = read(env, 'PC_CLIENT_SECRET');
  if (!clientSecret)
    problems.push('PC_CLIENT_SECRET is required in live mode (the app registration secret).');

  let refreshToken = read(env, 'PC_REFRESH_TOKEN');
  const tokenFile = read(env, 'PC_REFRESH_TOKEN_FILE');
  if (refreshToken && tokenFile) {
    problems.push('Set either PC_REFRESH_TOKEN or PC_REFRESH_TOKEN_FILE, not both.');
  } else if (tokenFile) {
    try {
      refreshToken = readFileSync(tokenFile, 'utf8').trim();
      if (!refreshToken) problems.push(`PC_REFRESH_TOKEN_FILE names an empty file (${tokenFile}).`);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
      problems.push(`PC_REFRESH_TOKEN_FILE cannot be read (${tokenFile}: ${code}).`);
    }
  } else if (!refreshToken) {
    problems.push(
      'PC_REFRESH_TOKEN or PC_REFRESH_TOKEN_FILE is required in live mode (the refresh token of the MFA-consented agent).',
    );
  }

  let tokenEncryptionKey: Buffer | undefined;
  const rawKey = read(env, 'PC_TOKEN_ENCRYPTION_KEY');
  if (!rawKey) {
    problems.push(
      'PC_TOKEN_ENCRYPTION_KEY is required in live mode: 32 random bytes in base64 (e.g. `openssl rand -base64 32`), the key that encrypts the rotating refresh token in the store.',
    );
  } else {
    const parsed = parseTokenEncryptionKey(rawKey);
    if ('key' in parsed) tokenEncryptionKey = parsed.key;
    else problems.push(parsed.problem);
  }

  const locale = read(env, 'PC_LOCALE') ?? 'en-US';
  if (!LOCALE.test(locale))
    problems.push(`PC_LOCALE must be a locale such as en-US (got ${JSON.stringify(locale)}).`);

  if (problems.length || !clientId || !tenantId || !clientSecret || !refreshToken || !tokenEncryptionKey)
    return { ok: false, problems };
  return {
    ok: true,
    settings: {
      baseUrl,
      clientId,
      clientSecret,
      tenantId,
      refreshToken,
      tokenEncryptionKey,
      authorityHost,
      locale,
    },
  };
}

/** The settings without secrets, for logs and the startup banner. */
export function describePartnerCenterSettings(settings: PartnerCenterSettings): Record<string, string> {
  return {
    baseUrl: settings.baseUrl,
    clientId: settings.clientId,
    tenantId: settings.tenantId,
    authorityHost: settings.authorityHost,
    locale: settings.locale,
  };
}
