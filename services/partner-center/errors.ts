/**
 * Typed Partner Center failures. The bot shows `code`, `description` and `correlationId` verbatim,
 * so they are kept exactly as the service sent them (`code` may be a string or a number).
 */
import { normalizeKeys } from './model/normalizeKeys';

export interface PartnerCenterErrorDetails {
  /** What the client was doing, e.g. "remove reseller relationship". */
  operation: string;
  correlationId?: string;
  requestId?: string;
}

export abstract class PartnerCenterError extends Error {
  readonly operation: string;
  readonly correlationId?: string;
  readonly requestId?: string;

  constructor(message: string, details: PartnerCenterErrorDetails, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.operation = details.operation;
    this.correlationId = details.correlationId;
    this.requestId = details.requestId;
  }
}

export interface ApiErrorBody {
  code?: string | number;
  description?: string;
  data?: unknown[];
  source?: string;
}

/** Partner Center answered with an error status. */
export class PartnerCenterApiError extends PartnerCenterError {
  readonly status: number;
  readonly code?: string | number;
  readonly description?: string;
  readonly data?: unknown[];
  readonly source?: string;

  constructor(status: number, body: ApiErrorBody, details: PartnerCenterErrorDetails) {
    const text = [body.code, body.description].filter((part) => part !== undefined && part !== '').join(' ');
    super(`Partner Center ${details.operation} failed: HTTP ${status}${text ? ` ${text}` : ''}`, details);
    this.status = status;
    this.code = body.code;
    this.description = body.description;
    this.data = body.data;
    this.source = body.source;
  }

  /** Code compare that ignores whether the service sent a string or a number. */
  hasCode(code: string | number): boolean {
    return this.code !== undefined && String(this.code) === String(code);
  }
}

/** 400, 409, 412…: the request broke a business rule (e.g. NCE cancel outside its window). */
export class PartnerCenterRequestRejectedError extends PartnerCenterApiError {}
/** 401/403 that is not "no relationship": token or role problem (e.g. 900329 App-only on App+User API). */
export class PartnerCenterAccessDeniedError extends PartnerCenterApiError {}
/**
 * 403 code 20002: the partner has no relationship with this customer. Only that code: 3000 is the
 * generic "invalid property" whatever its text says (docs/partner-center.md §2), so a 3000 is a
 * rejected request, never proof that a relationship is gone.
 */
export class PartnerCenterNoRelationshipError extends PartnerCenterApiError {}
/** 404: customer, tenant (60003) or subscription (20003) not found. */
export class PartnerCenterNotFoundError extends PartnerCenterApiError {}
/** 429 still returned after every retry. */
export class PartnerCenterThrottledError extends PartnerCenterApiError {
  constructor(
    status: number,
    body: ApiErrorBody,
    details: PartnerCenterErrorDetails,
    readonly retryAfterSeconds?: number,
  ) {
    super(status, body, details);
  }
}
/** 5xx still returned after every retry. */
export class PartnerCenterServerError extends PartnerCenterApiError {}

/** No answer: network failure, timeout, or the circuit breaker is open after repeated failures. */
export class PartnerCenterUnavailableError extends PartnerCenterError {
  constructor(
    readonly reason: 'network' | 'timeout' | 'circuit-open',
    details: PartnerCenterErrorDetails,
    cause?: unknown,
  ) {
    const why =
      reason === 'circuit-open'
        ? 'Partner Center is failing; calls are paused for a moment'
        : reason === 'timeout'
          ? 'Partner Center did not answer in time'
          : `Partner Center could not be reached${cause instanceof Error ? ` (${cause.message})` : ''}`;
    super(`${why} (${details.operation}).`, details, { cause });
  }
}

/** A 2xx answer that is not the documented shape. */
export class PartnerCenterResponseError extends PartnerCenterError {
  constructor(problem: string, details: PartnerCenterErrorDetails) {
    super(`Partner Center ${details.operation} returned an unexpected response: ${problem}`, details);
  }
}

/** The access token could not be obtained (never carries the token or the secret). */
export class PartnerCenterAuthError extends PartnerCenterError {
  constructor(message: string, cause?: unknown) {
    super(message, { operation: 'acquire token' }, { cause });
  }
}

/** Reads the documented error body (`code`, `description`, `data`, `source`) and the 429 body (`statusCode`, `message`). */
export function parseErrorBody(text: string): ApiErrorBody {
  let parsed: unknown;
  try {
    parsed = normalizeKeys(JSON.parse(text));
  } catch {
    return text.trim() ? { description: text.trim().slice(0, 1024) } : {};
  }
  if (parsed === null || typeof parsed !== 'object') return {};
  const body = parsed as Record<string, unknown>;
  const code = typeof body.code === 'string' || typeof body.code === 'number' ? body.code : undefined;
  const description =
    typeof body.description === 'string'
      ? body.description
      : typeof body.message === 'string'
        ? body.message
        : undefined;
  return {
    code,
    description,
    data: Array.isArray(body.data) ? body.data : undefined,
    source: typeof body.source === 'string' ? body.source : undefined,
  };
}

/** The typed error for an error status and its body. */
export function errorForResponse(
  status: number,
  body: ApiErrorBody,
  details: PartnerCenterErrorDetails,
  retryAfterSeconds?: number,
): PartnerCenterApiError {
  const code = body.code === undefined ? '' : String(body.code);
  if (status === 429) return new PartnerCenterThrottledError(status, body, details, retryAfterSeconds);
  if (status >= 500) return new PartnerCenterServerError(status, body, details);
  if (code === '20002') {
    return new PartnerCenterNoRelationshipError(status, body, details);
  }
  if (status === 404) return new PartnerCenterNotFoundError(status, body, details);
  if (status === 401 || status === 403) return new PartnerCenterAccessDeniedError(status, body, details);
  return new PartnerCenterRequestRejectedError(status, body, details);
}
