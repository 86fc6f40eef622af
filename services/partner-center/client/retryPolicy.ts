/**
 * When a Partner Center call is retried and how long to wait, built on cockatiel:
 *
 * - 429: wait `Retry-After`; if the service throttles again, exponential backoff with full jitter, never
 *   shorter than what the service asked for;
 * - 5xx, network errors and timeouts: bounded retries with the same backoff;
 * - a consecutive-failure circuit breaker (5xx / network / timeout only, not 4xx or 429) so a
 *   Partner Center outage fails fast instead of piling up waiting turns.
 *
 * Retries of one logical call reuse its MS-RequestId (see HttpPartnerCenterClient), which is what
 * makes retrying a removal or a subscription change safe.
 *
 * The same policy serves the Microsoft Graph client (services/graph/): each service says which of its
 * errors are throttles, outages and waits asked for (`FailureKinds`); Partner Center's are the default.
 */
import {
  BrokenCircuitError,
  ConsecutiveBreaker,
  DelegateBackoff,
  circuitBreaker,
  handleWhen,
  retry,
  wrap,
} from 'cockatiel';
import type { CircuitBreakerPolicy, IPolicy, IRetryBackoffContext, RetryPolicy } from 'cockatiel';
import { PartnerCenterThrottledError, PartnerCenterUnavailableError } from '../errors';
import { isTransient } from '../failure';

export interface RetryOptions {
  /** Attempts in total, the first included (default 4). */
  maxAttempts?: number;
  /** Base of the exponential backoff (default 500 ms). */
  initialDelayMs?: number;
  /** Upper bound of the exponential part (default 30 s). */
  maxDelayMs?: number;
  /** A `Retry-After` longer than this is not waited for: the throttled error is returned (default 120 s). */
  maxRetryAfterMs?: number;
}

export interface CircuitBreakerOptions {
  /** Consecutive failed attempts (5xx, network, timeout) that open the circuit (default 5). */
  consecutiveFailures?: number;
  /** How long the circuit stays open before one trial call (default 30 s). */
  halfOpenAfterMs?: number;
}

/** How one service's errors read to the policy. */
export interface FailureKinds {
  /** A throttling answer (429): retried after the wait asked for, never counted by the breaker. */
  isThrottled(error: unknown): boolean;
  /** The service is failing (5xx, no answer, timeout): retried with backoff and counted by the breaker. */
  isOutage(error: unknown): boolean;
  /** The wait the service asked for (`Retry-After`, seconds), on a throttle or an outage; undefined if none. */
  retryAfterSeconds(error: unknown): number | undefined;
}

export interface ResiliencePolicy {
  policy: IPolicy;
  retry: RetryPolicy;
  breaker: CircuitBreakerPolicy;
}

/**
 * Partner Center's kinds. An outage is a transient failure that says Partner Center is failing:
 * not a 429 (the service is alive and asked to wait) nor the open circuit's own refusal.
 */
export const PARTNER_CENTER_FAILURES: FailureKinds = {
  isThrottled: (error) => error instanceof PartnerCenterThrottledError,
  isOutage: (error) =>
    isTransient(error) &&
    !(error instanceof PartnerCenterThrottledError) &&
    !(error instanceof PartnerCenterUnavailableError && error.reason === 'circuit-open'),
  retryAfterSeconds: (error) =>
    error instanceof PartnerCenterThrottledError ? error.retryAfterSeconds : undefined,
};

/**
 * The wait before retry number `attempt` (1-based) after `error`. Pure, so it is tested without
 * clocks. `random` is in [0, 1).
 */
export function retryDelayMs(
  attempt: number,
  error: unknown,
  options: Required<RetryOptions>,
  random: () => number = Math.random,
  kinds: FailureKinds = PARTNER_CENTER_FAILURES,
): number {
  const exponential = Math.min(options.maxDelayMs, options.initialDelayMs * 2 ** (attempt - 1));
  const jittered = Math.round(exponential / 2 + (random() * exponential) / 2);
  const retryAfter = kinds.retryAfterSeconds(error);
  if (retryAfter !== undefined) {
    const asked = Math.ceil(retryAfter * 1000);
    // First wait: exactly what the service asked. Again: back off further, never less than asked.
    return attempt === 1 ? asked : Math.max(asked, jittered);
  }
  return jittered;
}

/**
 * `Retry-After` as delta-seconds (a decimal fraction is kept) or an HTTP date; undefined when absent
 * or unreadable.
 */
export function parseRetryAfter(value: string | null, now: Date = new Date()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now.getTime()) / 1000));
}

export const DEFAULT_RETRY: Required<RetryOptions> = {
  maxAttempts: 4,
  initialDelayMs: 500,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 120_000,
};

export function createResiliencePolicy(
  retryOptions: RetryOptions = {},
  breakerOptions: CircuitBreakerOptions = {},
  kinds: FailureKinds = PARTNER_CENTER_FAILURES,
): ResiliencePolicy {
  const options = { ...DEFAULT_RETRY, ...retryOptions };
  const shouldRetry = handleWhen((error) => {
    if (error instanceof BrokenCircuitError) return false;
    if (!kinds.isThrottled(error) && !kinds.isOutage(error)) return false;
    // A wait longer than we are willing to hold a turn for is not waited: the error is returned.
    return (kinds.retryAfterSeconds(error) ?? 0) * 1000 <= options.maxRetryAfterMs;
  });
  const retryPolicy = retry(shouldRetry, {
    maxAttempts: Math.max(0, options.maxAttempts - 1),
    backoff: new DelegateBackoff((context: IRetryBackoffContext<unknown>) =>
      retryDelayMs(
        context.attempt,
        'error' in context.result ? context.result.error : undefined,
        options,
        Math.random,
        kinds,
      ),
    ),
  });
  const breaker = circuitBreaker(
    handleWhen((error) => kinds.isOutage(error)),
    {
      halfOpenAfter: breakerOptions.halfOpenAfterMs ?? 30_000,
      breaker: new ConsecutiveBreaker(breakerOptions.consecutiveFailures ?? 5),
    },
  );
  return { policy: wrap(retryPolicy, breaker), retry: retryPolicy, breaker };
}
