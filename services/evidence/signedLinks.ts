/**
 * Unguessable, expiring links to what the bot's HTTP server serves without a Teams token: a removal
 * request's evidence pack and an audit export. A link is the authorisation: whoever holds it may open
 * it until it expires, so it is made only for people who may see the audit (services/access/policy.ts)
 * and carries no identity.
 *
 *   <base>/evidence/<requestId>[.json]?exp=<unix seconds>&lang=<locale>&sig=<signature>
 *   <base>/audit-export/<from>/<to>.csv|.json?exp=<unix seconds>&lang=<locale>&sig=<signature>
 *
 * The signature is HMAC-SHA256, keyed with EVIDENCE_LINK_KEY, over the resource path (without the
 * `.json` or `.csv` ending: one link's signature opens every form of its resource) and the expiry,
 * base64url. The language only chooses labels and is not signed. Checked in constant time.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface SignedLinkSettings {
  /** EVIDENCE_LINK_KEY: at least 32 bytes. Secret: never logged. */
  key: Buffer;
  /** How long a link works (EVIDENCE_LINK_DAYS). */
  validDays: number;
  /** Where people's browsers reach the bot (PUBLIC_BASE_URL, or the bot's own URL in the sandbox). */
  baseUrl: () => string;
  now?: () => Date;
}

export interface SignedLink {
  url: string;
  expiresAt: string;
}

export type LinkCheck = 'valid' | 'badSignature' | 'expired';

const REQUEST_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The signed path of a request's evidence pack, or undefined when `requestId` cannot be one. */
export function evidencePath(requestId: string): string | undefined {
  return REQUEST_ID.test(requestId) ? `/evidence/${requestId.toLowerCase()}` : undefined;
}

/** The signed path of an export of the UTC days `from` to `to` (yyyy-mm-dd). */
export function exportPath(from: string, to: string): string | undefined {
  return DAY.test(from) && DAY.test(to) ? `/audit-export/${from}/${to}` : undefined;
}

export class SignedLinks {
  private readonly now: () => Date;

  constructor(private readonly settings: SignedLinkSettings) {
    if (settings.key.length < 32) throw new Error('A link signing key must be at least 32 bytes.');
    this.now = settings.now ?? (() => new Date());
  }

  /** The link to a request's evidence pack (HTML; `json` for the JSON form). */
  evidence(requestId: string, lang: string, form: 'html' | 'json' = 'html'): SignedLink {
    const path = evidencePath(requestId);
    if (!path) throw new Error('Not a removal request id.');
    return this.make(path, form === 'json' ? '.json' : '', lang);
  }

  /** The link to an export of a period, as CSV or JSON. */
  auditExport(from: string, to: string, form: 'csv' | 'json', lang: string): SignedLink {
    const path = exportPath(from, to);
    if (!path) throw new Error('Not a period of yyyy-mm-dd days.');
    return this.make(path, `.${form}`, lang);
  }

  /** Whether `sig` signs `path` until `exp` (unix seconds, as in the link), and whether that is past. */
  check(path: string, exp: string | undefined, sig: string | undefined): LinkCheck {
    if (!exp || !sig || !/^\d{1,12}$/.test(exp)) return 'badSignature';
    const expected = this.signature(path, exp);
    const given = Buffer.from(sig, 'base64url');
    // Compared in constant time; a wrong length is refused before (it says nothing about the key).
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'badSignature';
    return Number(exp) * 1000 <= this.now().getTime() ? 'expired' : 'valid';
  }

  private make(path: string, ending: string, lang: string): SignedLink {
    const expiresAtMs = this.now().getTime() + this.settings.validDays * 86_400_000;
    const exp = String(Math.floor(expiresAtMs / 1000));
    const sig = this.signature(path, exp).toString('base64url');
    const query = new URLSearchParams({ exp, lang, sig });
    const base = this.settings.baseUrl().replace(/\/+$/, '');
    return {
      url: `${base}${path}${ending}?${query.toString()}`,
      expiresAt: new Date(Number(exp) * 1000).toISOString(),
    };
  }

  private signature(path: string, exp: string): Buffer {
    return createHmac('sha256', this.settings.key).update(`${path}\n${exp}`, 'utf8').digest();
  }
}
