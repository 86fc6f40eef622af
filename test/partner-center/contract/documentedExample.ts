/**
 * Microsoft's documented request/response examples, transcribed verbatim into the JSON files of this
 * folder (one per endpoint, each example naming its learn page and sdk file). Where the published
 * example is not valid JSON, `publishedBody` keeps the text as printed and `cleaned` says what was
 * changed to parse it. See docs/partner-center.md §9.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface DocumentedRequest {
  method: string;
  /** As printed, placeholders such as `<customer-tenant-id>` included; null when the page prints none. */
  url: string | null;
  headers: Record<string, string>;
  body?: unknown;
  publishedBody?: string;
  cleaned?: string;
}

export interface DocumentedResponse {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
  publishedBody?: string;
  cleaned?: string;
}

export interface DocumentedExample {
  name: string;
  source: { learn: string; sdkFile: string | null; section: string };
  request?: DocumentedRequest;
  response?: DocumentedResponse;
  notes?: string[];
  /** Documented fields (paths as in bodyShape.ts) the sandbox may leave out, each with the reason. */
  sandboxMayOmit?: Record<string, string>;
  /** Fields the sandbox answers that this example does not show, each with the reason. */
  sandboxMayAdd?: Record<string, string>;
  /** Set when the sandbox is not compared with this example, with the reason. */
  sandboxNotCompared?: string;
}

export interface DocumentedEndpoint {
  endpoint: string;
  title: string;
  clientMethod?: string;
  examples: DocumentedExample[];
}

/** The folder of the JSON files (the tests run from dist/, the fixtures stay in the source tree). */
const FOLDER = path.resolve(__dirname, '../../../../test/partner-center/contract');

export function documentedEndpoint(file: string): DocumentedEndpoint {
  return JSON.parse(readFileSync(path.join(FOLDER, file), 'utf8')) as DocumentedEndpoint;
}

export function documentedExample(file: string, name: string): DocumentedExample {
  const example = documentedEndpoint(file).examples.find((candidate) => candidate.name === name);
  if (!example) throw new Error(`No documented example "${name}" in ${file}`);
  return example;
}

/** The path and query of a documented URL (`https://api.partnercenter.microsoft.com/v1/…`). */
export function documentedPath(request: DocumentedRequest): { pathname: string; query: URLSearchParams } {
  const url = new URL(
    (request.url ?? '/').replace(/</g, '%3C').replace(/>/g, '%3E'),
    'https://example.invalid',
  );
  return { pathname: decodeURIComponent(url.pathname), query: url.searchParams };
}

/** Whether an actual path matches a documented one whose `<placeholders>` stand for one segment. */
export function matchesDocumentedPath(documented: string, actual: string): boolean {
  const pattern = documented
    .split(/(<[^>]+>)/)
    .map((part) => (part.startsWith('<') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${pattern}$`, 'i').test(actual);
}

/** The n-th path segment of a documented URL (0 = `v1`), e.g. the customer id it uses. */
export function documentedSegment(request: DocumentedRequest, index: number): string {
  return documentedPath(request).pathname.split('/').filter(Boolean)[index];
}
