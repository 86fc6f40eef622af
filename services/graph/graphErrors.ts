/**
 * Typed Microsoft Graph failures. Graph answers an error with one JSON object, `{ error: { code,
 * message, innerError: { request-id, client-request-id, date } } }` (docs/graph.md §3). The bot shows
 * `code`, `message` and the request id verbatim, so they are kept exactly as the service sent them;
 * code branches only on the HTTP status and `code`, never on `message`.
 */

export interface GraphErrorDetails {
  /** What the client was doing, e.g. "terminate GDAP relationship". */
  operation: string;
  /** The `client-request-id` we sent (one per call; also our correlation id's echo). */
  clientRequestId?: string;
  /** Graph's own `request-id` (from the body's innerError or the response header). */
  requestId?: string;
  /** The `date` of the body's innerError, as sent. */
  date?: string;
}

export abstract class GraphError extends Error {
  readonly operation: string;
  readonly clientRequestId?: string;
  readonly requestId?: string;
  readonly date?: string;

  constructor(message: string, details: GraphErrorDetails, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.operation = details.operation;
    this.clientRequestId = details.clientRequestId;
    this.requestId = details.requestId;
    this.date = details.date;
  }
}

/** The documented error object, read leniently (any field may be missing). */
export interface GraphErrorBody {
  code?: string;
  message?: string;
  /** The innermost `innerError.code` (Graph nests more specific codes there), when it differs. */
  innerCode?: string;
  requestId?: string;
  clientRequestId?: string;
  date?: string;
}

/** Graph answered with an error status. */
export class GraphApiError extends GraphError {
  readonly status: number;
  readonly code?: string;
  readonly graphMessage?: string;
  readonly innerCode?: string;

  constructor(status: number, body: GraphErrorBody, details: GraphErrorDetails) {
    const text = [body.code, body.message].filter((part) => part !== undefined && part !== '').join(' ');
    super(`Microsoft Graph ${details.operation} failed: HTTP ${status}${text ? ` ${text}` : ''}`, {
      ...details,
      requestId: body.requestId ?? details.requestId,
      clientRequestId: body.clientRequestId ?? details.clientRequestId,
      date: body.date ?? details.date,
    });
    this.status = status;
    this.code = body.code;
    this.graphMessage = body.message;
    this.innerCode = body.innerCode;
  }
}

/** 400, 409, 412…: the request was refused (e.g. terminating a relationship that is not active). */
export class GraphRequestRejectedError extends GraphApiError {}
/** 401/403: token, consent or role problem (e.g. the permission was not granted). */
export class GraphAccessDeniedError extends GraphApiError {}
/** 404: no such relationship (or not the partner's). */
export class GraphNotFoundError extends GraphApiError {}
/** 429 still returned after every retry. */
export class GraphThrottledError extends GraphApiError {
  constructor(
    status: number,
    body: GraphErrorBody,
    details: GraphErrorDetails,
    readonly retryAfterSeconds?: number,
  ) {
    super(status, body, details);
  }
}
/** 5xx still returned after every retry; 503 may carry `Retry-After`. */
export class GraphServerError extends GraphApiError {
  constructor(
    status: number,
    body: GraphErrorBody,
    details: GraphErrorDetails,
    readonly retryAfterSeconds?: number,
  ) {
    super(status, body, details);
  }
}

/** No answer: network failure, timeout, or the circuit breaker is open after repeated failures. */
export class GraphUnavailableError extends GraphError {
  constructor(
    readonly reason: 'network' | 'timeout' | 'circuit-open',
    details: GraphErrorDetails,
    cause?: unknown,
  ) {
    const why =
      reason === 'circuit-open'
        ? 'Microsoft Graph is failing; calls are paused for a moment'
        : reason === 'timeout'
          ? 'Microsoft Graph did not answer in time'
          : `Microsoft Graph could not be reached${cause instanceof Error ? ` (${cause.message})` : ''}`;
    super(`${why} (${details.operation}).`, details, { cause });
  }
}

/** A 2xx answer that is not the documented shape, or a link that leaves Graph. */
export class GraphResponseError extends GraphError {
  constructor(problem: string, details: GraphErrorDetails) {
    super(`Microsoft Graph ${details.operation} returned an unexpected response: ${problem}`, details);
  }
}

/** The Graph access token could not be obtained (never carries the token or the secret). */
export class GraphAuthError extends GraphError {
  constructor(message: string, cause?: unknown) {
    super(message, { operation: 'acquire Microsoft Graph token' }, { cause });
  }
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Reads the documented error body; a body that is not JSON becomes the message (at most 1024 characters). */
export function parseGraphErrorBody(raw: string): GraphErrorBody {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return raw.trim() ? { message: raw.trim().slice(0, 1024) } : {};
  }
  if (parsed === null || typeof parsed !== 'object') return {};
  const error = (parsed as { error?: unknown }).error;
  if (error === null || typeof error !== 'object') return {};
  const top = error as Record<string, unknown>;
  const body: GraphErrorBody = { code: text(top.code), message: text(top.message) };
  // The page spells it `innerError` in its example and `innererror` in its schema: read both.
  let inner = (top.innerError ?? top.innererror) as Record<string, unknown> | undefined;
  let depth = 0;
  while (inner && typeof inner === 'object' && depth < 8) {
    body.requestId ??= text(inner['request-id']) ?? text(inner.requestId);
    body.clientRequestId ??= text(inner['client-request-id']);
    body.date ??= text(inner.date);
    const code = text(inner.code);
    if (code && code !== body.code) body.innerCode = code;
    inner = (inner.innerError ?? inner.innererror) as Record<string, unknown> | undefined;
    depth += 1;
  }
  return body;
}

/** The typed error for an error status and its body. */
export function graphErrorForResponse(
  status: number,
  body: GraphErrorBody,
  details: GraphErrorDetails,
  retryAfterSeconds?: number,
): GraphApiError {
  if (status === 429) return new GraphThrottledError(status, body, details, retryAfterSeconds);
  if (status >= 500) return new GraphServerError(status, body, details, retryAfterSeconds);
  if (status === 404) return new GraphNotFoundError(status, body, details);
  if (status === 401 || status === 403) return new GraphAccessDeniedError(status, body, details);
  return new GraphRequestRejectedError(status, body, details);
}

/** 429, 5xx or no answer: a later attempt may succeed. */
export function isTransientGraphError(error: unknown): boolean {
  return (
    error instanceof GraphThrottledError ||
    error instanceof GraphServerError ||
    error instanceof GraphUnavailableError
  );
}
