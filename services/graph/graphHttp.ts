/**
 * The request path every Microsoft Graph call takes (global fetch), live and sandbox alike: only the
 * base URL and the token differ (docs/graph.md §1).
 *
 * - Each logical call runs inside the project's resilience policy (services/partner-center/client/
 *   retryPolicy.ts) with Graph's failure kinds: 429 waits `Retry-After` and is retried; 503 and 504
 *   (and other 5xx), network failures and timeouts back off and count towards the circuit breaker;
 *   a 503 that names a `Retry-After` waits at least that long (docs/graph.md §4).
 * - Collections follow `@odata.nextLink` as sent, until it is absent; a page may be empty. A link to
 *   another origin or outside the base path is refused: the token is never sent elsewhere.
 * - Errors are Graph's error body read into typed errors (./graphErrors.ts).
 * - A call that is not safe to repeat (a POST) may name `beforeRetry`: it runs before every retry and,
 *   when it finds the work already done, ends the call with its answer instead of sending again.
 *
 * Every request carries `client-request-id` (the caller's correlation id when it is a GUID), kept
 * across the retries of one call. Logs carry method, path, status, attempt and ids; never tokens or
 * bodies.
 */
import { randomUUID } from 'node:crypto';
import { BrokenCircuitError, TaskCancelledError } from 'cockatiel';
import type { Logger } from 'pino';
import type { z, ZodType, ZodTypeDef } from 'zod';
import { createResiliencePolicy, parseRetryAfter } from '../partner-center/client/retryPolicy';
import type {
  CircuitBreakerOptions,
  FailureKinds,
  ResiliencePolicy,
  RetryOptions,
} from '../partner-center/client/retryPolicy';
import {
  GraphAuthError,
  GraphError,
  GraphResponseError,
  GraphServerError,
  GraphThrottledError,
  GraphUnavailableError,
  graphErrorForResponse,
  parseGraphErrorBody,
} from './graphErrors';
import type { GraphErrorDetails } from './graphErrors';
import type { GraphTokenProvider } from './graphTokenProvider';
import { graphCollectionSchema } from './model/graphResources';

/** The global cloud's v1.0 endpoint. */
export const GLOBAL_GRAPH_URL = 'https://graph.microsoft.com/v1.0';
/** Where the sandbox emulator serves the same Graph paths, under its own base URL. */
export const SANDBOX_GRAPH_PATH = '/graph/v1.0';

/** Per logical call. */
export interface GraphCallContext {
  /** One per bot workflow; sent as `client-request-id` when it is a GUID. */
  correlationId: string;
  signal?: AbortSignal;
}

export interface GraphHttpOptions {
  /** e.g. https://graph.microsoft.com/v1.0, or the sandbox's http://127.0.0.1:port/graph/v1.0 */
  baseUrl: string;
  tokenProvider: GraphTokenProvider;
  logger: Logger;
  /** Per attempt (default 30 s). */
  timeoutMs?: number;
  retry?: RetryOptions;
  circuitBreaker?: CircuitBreakerOptions;
}

export interface GraphRequest<T> {
  operation: string;
  method: 'GET' | 'POST';
  /** A path under the base URL (with query), or an absolute `@odata.nextLink`. */
  path: string;
  body?: unknown;
  /** Not safe to repeat: runs before each retry; an answer ends the call without sending again. */
  beforeRetry?: () => Promise<T | undefined>;
}

export const GRAPH_FAILURES: FailureKinds = {
  isThrottled: (error) => error instanceof GraphThrottledError,
  isOutage: (error) =>
    error instanceof GraphServerError ||
    (error instanceof GraphUnavailableError && error.reason !== 'circuit-open'),
  retryAfterSeconds: (error) =>
    error instanceof GraphThrottledError || error instanceof GraphServerError
      ? error.retryAfterSeconds
      : undefined,
};

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class GraphHttp {
  private readonly baseUrl: URL;
  private readonly basePath: string;
  private readonly resilience: ResiliencePolicy;
  private readonly timeoutMs: number;

  constructor(private readonly options: GraphHttpOptions) {
    this.baseUrl = new URL(options.baseUrl.replace(/\/+$/, ''));
    this.basePath = this.baseUrl.pathname.replace(/\/+$/, '');
    this.resilience = createResiliencePolicy(options.retry, options.circuitBreaker, GRAPH_FAILURES);
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.resilience.breaker.onBreak(() =>
      options.logger.warn({ graph: this.baseUrl.origin }, 'Microsoft Graph circuit opened'),
    );
    this.resilience.breaker.onReset(() =>
      options.logger.info({ graph: this.baseUrl.origin }, 'Microsoft Graph circuit closed'),
    );
  }

  /** One resource (or the answer to a POST). */
  async send<T>(
    context: GraphCallContext,
    request: GraphRequest<T>,
    schema: ZodType<T, ZodTypeDef, unknown>,
  ): Promise<T> {
    const clientRequestId = GUID.test(context.correlationId) ? context.correlationId : randomUUID();
    const details: GraphErrorDetails = { operation: request.operation, clientRequestId };
    const url = this.resolve(request.path, details);
    let attempts = 0;
    try {
      return await this.resilience.policy.execute(async ({ signal }) => {
        attempts += 1;
        if (attempts > 1 && request.beforeRetry) {
          const done = await request.beforeRetry();
          if (done !== undefined) return done;
        }
        return this.attempt(url, request, details, attempts, schema, signal);
      }, context.signal);
    } catch (error) {
      if (error instanceof BrokenCircuitError)
        throw new GraphUnavailableError('circuit-open', details, error);
      if (error instanceof TaskCancelledError) throw new GraphUnavailableError('timeout', details, error);
      throw error;
    }
  }

  /** Every page of a collection, following `@odata.nextLink`; each page's items read by `itemSchema`. */
  async *pages<T>(
    context: GraphCallContext,
    operation: string,
    path: string,
    itemSchema: ZodType<T, ZodTypeDef, unknown>,
  ): AsyncIterable<T[]> {
    let next: string | undefined = path;
    let page = 0;
    while (next !== undefined) {
      page += 1;
      const envelope: z.infer<typeof graphCollectionSchema> = await this.send(
        context,
        { operation: page === 1 ? operation : `${operation} (page ${page})`, method: 'GET', path: next },
        graphCollectionSchema,
      );
      yield envelope.value.map((item) =>
        this.parse(itemSchema, item, { operation, clientRequestId: context.correlationId }),
      );
      next = envelope['@odata.nextLink'] ?? undefined;
    }
  }

  /** A path under the base URL, or an absolute link that stays on Graph's origin and base path. */
  private resolve(path: string, details: GraphErrorDetails): URL {
    if (/^https?:\/\//i.test(path)) {
      const absolute = new URL(path);
      const inside =
        absolute.origin === this.baseUrl.origin &&
        (absolute.pathname === this.basePath || absolute.pathname.startsWith(`${this.basePath}/`));
      if (!inside) {
        throw new GraphResponseError(`a link points outside Microsoft Graph (${absolute.origin})`, details);
      }
      return absolute;
    }
    const relative = path.startsWith('/') ? path : `/${path}`;
    return new URL(`${this.basePath}${relative}`, this.baseUrl.origin);
  }

  private parse<T>(schema: ZodType<T, ZodTypeDef, unknown>, raw: unknown, details: GraphErrorDetails): T {
    const result = schema.safeParse(raw);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new GraphResponseError(
        `${issue?.path.join('.') || '(body)'}: ${issue?.message ?? 'invalid'}`,
        details,
      );
    }
    return result.data;
  }

  private async token(signal: AbortSignal): Promise<string> {
    try {
      return await this.options.tokenProvider.getAccessToken(signal);
    } catch (error) {
      if (error instanceof GraphError) throw error;
      // e.g. the Secure Application Model's own error in delegated mode; its text names no secret.
      throw new GraphAuthError(error instanceof Error ? error.message : String(error), error);
    }
  }

  private async attempt<T>(
    url: URL,
    request: GraphRequest<T>,
    details: GraphErrorDetails,
    attempt: number,
    schema: ZodType<T, ZodTypeDef, unknown>,
    policySignal: AbortSignal,
  ): Promise<T> {
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const signal = AbortSignal.any([timeout, policySignal]);
    const token = await this.token(signal);
    const headers: Record<string, string> = {
      Authorization: `Bearer ${token}`,
      Accept: 'application/json',
      'client-request-id': details.clientRequestId ?? randomUUID(),
    };
    if (request.body !== undefined) headers['Content-Type'] = 'application/json';
    const log = {
      method: request.method,
      path: url.pathname,
      attempt,
      clientRequestId: details.clientRequestId,
    };
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, {
        method: request.method,
        headers,
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal,
      });
      text = await response.text();
    } catch (error) {
      if (policySignal.aborted) throw error;
      const reason = timeout.aborted ? 'timeout' : 'network';
      this.options.logger.warn({ ...log, reason }, 'Microsoft Graph call failed without an answer');
      throw new GraphUnavailableError(reason, details, error);
    }
    const requestId = response.headers.get('request-id') ?? undefined;
    this.options.logger.debug({ ...log, status: response.status, requestId }, 'Microsoft Graph call');
    if (!response.ok) {
      const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
      throw graphErrorForResponse(
        response.status,
        parseGraphErrorBody(text),
        { ...details, requestId },
        retryAfter,
      );
    }
    let json: unknown = null;
    if (text.trim()) {
      try {
        json = JSON.parse(text);
      } catch {
        throw new GraphResponseError('the body is not JSON', { ...details, requestId });
      }
    }
    return this.parse(schema, json, { ...details, requestId });
  }
}
