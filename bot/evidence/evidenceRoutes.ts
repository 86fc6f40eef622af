/**
 * The signed links on the bot's HTTP server (services/evidence/signedLinks.ts):
 *   GET /evidence/<requestId>[.json]?exp&lang&sig      the evidence pack, as a page or JSON
 *   GET /audit-export/<from>/<to>.csv|.json?exp&lang&sig   every customer's audit entries of a period
 * Authorised by the signature alone (no Teams token: a browser opens them): a wrong or missing
 * signature answers 403, an expired link 410, a request without a pack or a period that is not one
 * 404, each with a short plain page and never the data. Answers are not cached, not indexed, and say
 * nothing to other sites (no referrer, a content security policy that allows no fetch at all).
 */
import type { ServerResponse } from 'node:http';
import type { Request, Response, Server } from 'restify';
import { resolveLocale, type Locale } from '../../cards/strings';
import { exportCsv, exportJson } from '../../services/audit/auditExport';
import type { EvidenceService } from '../../services/evidence/evidenceService';
import { evidenceJson } from '../../services/evidence/evidencePack';
import { evidencePath, exportPath, type SignedLinks } from '../../services/evidence/signedLinks';
import type { Logger } from '../../services/logging/logger';
import { renderEvidencePage } from './evidencePage';
import { REFUSAL_STATUS, renderLinkRefusal, type LinkRefusal } from './linkRefusalPage';

export interface EvidenceRouteDependencies {
  links: SignedLinks;
  evidence: EvidenceService;
  logger: Logger;
  now?: () => Date;
}

const SECURITY_HEADERS = {
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Robots-Tag': 'noindex',
  'Content-Security-Policy':
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
};

const EVIDENCE_FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(\.json)?$/i;
const EXPORT_FILE = /^(\d{4}-\d{2}-\d{2})\.(csv|json)$/;

function answer(res: ServerResponse, status: number, type: string, body: string, extra = {}): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': `${type}; charset=utf-8`,
    'Content-Length': Buffer.byteLength(body),
    ...extra,
  });
  res.end(body);
}

function refuse(res: ServerResponse, refusal: LinkRefusal, locale: Locale): void {
  answer(res, REFUSAL_STATUS[refusal], 'text/html', renderLinkRefusal(refusal, locale));
}

/** A route parameter as text ('' when absent). */
function param(req: Request, name: string): string {
  const value: unknown = (req.params as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : '';
}

function queryOf(url: string | undefined): URLSearchParams {
  return new URL(url ?? '/', 'http://link.invalid').searchParams;
}

export function registerEvidenceRoutes(
  server: Server,
  deps: EvidenceRouteDependencies,
  unavailable: () => boolean,
): void {
  const { links, evidence, logger } = deps;
  const now = deps.now ?? (() => new Date());

  /** The signature's verdict on `path`, or the refusal already sent. */
  const checked = (res: ServerResponse, path: string | undefined, query: URLSearchParams, locale: Locale) => {
    const verdict = path
      ? links.check(path, query.get('exp') ?? undefined, query.get('sig') ?? undefined)
      : 'badSignature';
    if (verdict === 'valid') return true;
    logger.warn({ route: path?.split('/')[1] ?? 'unknown', verdict }, 'signed link refused');
    refuse(res, verdict === 'expired' ? 'expired' : 'denied', locale);
    return false;
  };

  /** A failure outside the checks (the store down) is logged and answered 500, without detail. */
  const guarded =
    (handler: (req: Request, res: Response) => Promise<void>) => async (req: Request, res: Response) => {
      try {
        await handler(req, res);
      } catch (error) {
        logger.error({ err: { message: (error as Error).message } }, 'signed link failed');
        if (!res.headersSent) answer(res, 500, 'text/plain', 'internal error\n');
      }
    };

  server.get(
    '/evidence/:file',
    guarded(async (req, res) => {
      const query = queryOf(req.url);
      const locale = resolveLocale(query.get('lang') ?? undefined);
      if (unavailable()) return answer(res, 503, 'text/plain', 'shutting down\n', { 'Retry-After': '5' });
      const match = EVIDENCE_FILE.exec(param(req, 'file'));
      const requestId = match?.[1]?.toLowerCase();
      if (!checked(res, requestId && evidencePath(requestId), query, locale)) return;
      const pack = await evidence.pack(requestId!);
      if (!pack) return refuse(res, 'notFound', locale);
      const json = match?.[2] !== undefined;
      logger.info({ requestId, form: json ? 'json' : 'html' }, 'evidence pack served');
      if (json) return answer(res, 200, 'application/json', evidenceJson(pack));
      const jsonQuery = new URLSearchParams({ exp: query.get('exp')!, lang: locale, sig: query.get('sig')! });
      const jsonHref = `${requestId}.json?${jsonQuery.toString()}`;
      answer(res, 200, 'text/html', renderEvidencePage(pack, locale, jsonHref));
    }),
  );

  server.get(
    '/audit-export/:from/:file',
    guarded(async (req, res) => {
      const query = queryOf(req.url);
      const locale = resolveLocale(query.get('lang') ?? undefined);
      if (unavailable()) return answer(res, 503, 'text/plain', 'shutting down\n', { 'Retry-After': '5' });
      const from = param(req, 'from');
      const match = EXPORT_FILE.exec(param(req, 'file'));
      const to = match?.[1] ?? '';
      if (!checked(res, match ? exportPath(from, to) : undefined, query, locale)) return;
      const entries = await evidence.exportOf(from, to);
      if (!entries) return refuse(res, 'notFound', locale);
      const form = match![2] as 'csv' | 'json';
      logger.info({ from, to, form, entries: entries.length }, 'audit export served');
      const file = `reseller-desk-audit-${from}-${to}.${form}`;
      const disposition = { 'Content-Disposition': `attachment; filename="${file}"` };
      if (form === 'csv') return answer(res, 200, 'text/csv', exportCsv(entries), disposition);
      answer(
        res,
        200,
        'application/json',
        exportJson({ from, to }, entries, now().toISOString()),
        disposition,
      );
    }),
  );
}
