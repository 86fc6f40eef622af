/**
 * How the sandbox answers a Graph collection (docs/graph.md §6): `$top` pages, an `@odata.nextLink`
 * that repeats the request's query options with a `$skiptoken` while more items remain, the `$filter`
 * expressions the GDAP client sends, and Graph's error body.
 */
import { ok } from './emulatorResult';
import type { EmulatorResult } from './emulatorResult';

/** No page size is documented for the GDAP lists; `$top` goes up to 300 (the list pages). */
const DEFAULT_PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 300;

/** A Graph error answer; the server adds `innerError` (request-id, client-request-id, date). */
export function graphError(status: number, code: string, message: string): EmulatorResult {
  return { status, body: { error: { code, message } } };
}

export interface GdapFilterClause {
  field: 'customer/tenantId' | 'status';
  value: string;
}

const CLAUSE = /^\(?\s*(customer\/tenantId|status)\s+eq\s+'((?:[^']|'')*)'\s*\)?$/i;

/**
 * `$filter` as the client sends it: `customer/tenantId eq '…'` and/or `status eq '…'`, joined by
 * `and`; undefined for anything else, which the sandbox refuses (**Assumption**: the list page
 * documents `$filter` but not which properties; docs/graph.md §6).
 */
export function parseGdapFilter(filter: string): GdapFilterClause[] | undefined {
  const clauses: GdapFilterClause[] = [];
  for (const part of filter.split(/\s+and\s+/i)) {
    const match = CLAUSE.exec(part.trim());
    if (!match) return undefined;
    const field = match[1].toLowerCase() === 'status' ? 'status' : 'customer/tenantId';
    clauses.push({ field, value: match[2].replace(/''/g, "'") });
  }
  return clauses;
}

function encodeSkipToken(offset: number): string {
  return Buffer.from(JSON.stringify({ offset })).toString('base64url');
}

function decodeSkipToken(token: string): number | undefined {
  try {
    const { offset } = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { offset?: unknown };
    return typeof offset === 'number' && Number.isInteger(offset) && offset >= 0 ? offset : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One page of `items`: `$top` (1…300, default 100) items from the `$skiptoken`'s offset, with an
 * `@odata.nextLink` to `{base}{path}` and the request's other query options while more remain.
 */
export function graphPage(
  base: string,
  path: string,
  query: URLSearchParams,
  items: unknown[],
  envelope: { context: string },
): EmulatorResult {
  const rawTop = query.get('$top');
  const top = rawTop === null ? DEFAULT_PAGE_SIZE : Number(rawTop);
  if (!Number.isInteger(top) || top < 1 || top > MAX_PAGE_SIZE) {
    // Assumption: the pages say $top supports up to 300; the sandbox refuses more.
    return graphError(400, 'invalidRequest', `$top must be a whole number from 1 to ${MAX_PAGE_SIZE}.`);
  }
  const token = query.get('$skiptoken') ?? query.get('$skipToken');
  const offset = token === null ? 0 : decodeSkipToken(token);
  if (offset === undefined) {
    return graphError(400, 'invalidRequest', 'The $skiptoken is not one the sandbox issued.');
  }
  const body: Record<string, unknown> = { '@odata.context': envelope.context };
  if (offset + top < items.length) {
    const next = new URLSearchParams(query);
    next.delete('$skipToken');
    next.set('$skiptoken', encodeSkipToken(offset + top));
    body['@odata.nextLink'] = `${base}${path}?${next.toString()}`;
  }
  body.value = items.slice(offset, offset + top);
  return ok(body);
}
