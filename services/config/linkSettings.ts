/**
 * The settings of the signed links to evidence packs and audit exports (services/evidence/signedLinks.ts):
 * - EVIDENCE_LINK_KEY: at least 32 random bytes in base64, the HMAC key. Required in live mode; in the
 *   sandbox, when unset, a random key is made for the process (startBot warns: links stop working
 *   when it restarts, and another replica refuses them).
 * - EVIDENCE_LINK_DAYS: how long a link works (1 to 90 days, default 7).
 * - PUBLIC_BASE_URL: where people's browsers reach the bot (https, required in live mode); in the
 *   sandbox, when unset, the bot's own URL.
 */
import { randomBytes } from 'node:crypto';

export interface LinkSettings {
  /** Secret: never logged. */
  key: Buffer;
  /** The key was made for this process (sandbox without EVIDENCE_LINK_KEY). */
  generated: boolean;
  validDays: number;
  /** Without a trailing slash; undefined: the bot's own URL. */
  publicBaseUrl?: string;
}

export const MIN_LINK_KEY_BYTES = 32;
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

export function readLinkSettings(
  env: Record<string, string | undefined>,
  live: boolean,
  problems: string[],
): LinkSettings {
  const read = (name: string) => env[name]?.trim() || undefined;
  const rawKey = read('EVIDENCE_LINK_KEY');
  let key: Buffer | undefined;
  if (!rawKey) {
    if (live)
      problems.push(
        'EVIDENCE_LINK_KEY is required in live mode: at least 32 random bytes in base64 (e.g. `openssl rand -base64 32`), the key that signs the links to evidence packs and audit exports.',
      );
  } else {
    const decoded = BASE64.test(rawKey) ? Buffer.from(rawKey, 'base64') : Buffer.alloc(0);
    if (decoded.length < MIN_LINK_KEY_BYTES) {
      problems.push(
        `EVIDENCE_LINK_KEY must be at least ${MIN_LINK_KEY_BYTES} random bytes in base64, e.g. from \`openssl rand -base64 32\` (got ${rawKey.length} characters, ${decoded.length} bytes).`,
      );
    } else key = decoded;
  }

  const rawDays = read('EVIDENCE_LINK_DAYS') ?? '7';
  const days = /^\d{1,3}$/.test(rawDays) ? Number(rawDays) : NaN;
  if (!(days >= 1 && days <= 90))
    problems.push(
      `EVIDENCE_LINK_DAYS must be a whole number of days from 1 to 90 (got ${JSON.stringify(rawDays)}).`,
    );

  return {
    key: key ?? randomBytes(MIN_LINK_KEY_BYTES),
    generated: !rawKey,
    validDays: days >= 1 && days <= 90 ? days : 7,
    publicBaseUrl: readPublicBaseUrl(read('PUBLIC_BASE_URL'), live, problems),
  };
}

function readPublicBaseUrl(raw: string | undefined, live: boolean, problems: string[]): string | undefined {
  if (!raw) {
    if (live)
      problems.push(
        'PUBLIC_BASE_URL is required in live mode: the https address where people’s browsers reach this bot (e.g. https://reseller-desk.contoso.com), used in the links to evidence packs and audit exports.',
      );
    return undefined;
  }
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  const https = url?.protocol === 'https:';
  if (!url || !(https || (!live && url.protocol === 'http:')) || url.search || url.hash || url.username) {
    problems.push(
      `PUBLIC_BASE_URL must be an ${live ? 'https' : 'http(s)'} address without query or fragment, e.g. https://reseller-desk.contoso.com (got ${JSON.stringify(raw.slice(0, 80))}).`,
    );
    return undefined;
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}
