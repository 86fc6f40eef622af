/**
 * A Partner Center or Microsoft Graph failure as the desk records and shows it, and which failures
 * are worth another attempt. The one mapping from the clients' errors (./errors.ts and
 * services/graph/graphErrors.ts): a remedy's outcome, a removal's stored error, and the notice cards
 * all use `failureOf`; the removal workflow and the clients' retry policy both ask `isTransient`.
 * `code`, `description`, `correlationId` and `requestId` are shown verbatim (docs/partner-center.md
 * §2, docs/graph.md §3).
 */
import { z } from 'zod';
import { GraphApiError, GraphError, isTransientGraphError } from '../graph/graphErrors';
import {
  PartnerCenterApiError,
  PartnerCenterError,
  PartnerCenterServerError,
  PartnerCenterThrottledError,
  PartnerCenterUnavailableError,
} from './errors';

export interface PartnerCenterFailure {
  /**
   * The service's error code (Partner Center's `code`, Graph's `error.code`; the HTTP status when it
   * sent none); the error's name when no answer came.
   */
  code: string;
  /** Partner Center's `description`, Graph's `error.message`. */
  description: string;
  /** Partner Center: the MS-CorrelationId sent. Graph: the `client-request-id` sent. */
  correlationId?: string;
  /** Graph only: its `request-id`, which Microsoft support asks for. */
  requestId?: string;
  /** Which service failed; absent for Partner Center (and in records written before Graph). */
  service?: 'graph';
}

/** A failure of either service, by what it is rather than where it came from. */
export type ServiceFailure = PartnerCenterFailure;

/** The stored form (in removal requests); the same fields as records written before it existed. */
export const partnerCenterFailureSchema = z.object({
  code: z.string(),
  description: z.string(),
  correlationId: z.string().optional(),
  requestId: z.string().optional(),
  service: z.literal('graph').optional(),
}) satisfies z.ZodType<PartnerCenterFailure>;

/** A Graph error as a failure (code, message, client-request-id and request-id). */
function graphFailureOf(error: GraphError): PartnerCenterFailure {
  const failure: PartnerCenterFailure =
    error instanceof GraphApiError
      ? { code: error.code ?? String(error.status), description: error.graphMessage ?? error.message }
      : { code: error.name, description: error.message };
  if (error.clientRequestId) failure.correlationId = error.clientRequestId;
  if (error.requestId) failure.requestId = error.requestId;
  failure.service = 'graph';
  return failure;
}

/** A Partner Center or Graph error as a failure; anything else (the store down, a bug) is thrown again. */
export function failureOf(error: unknown): PartnerCenterFailure {
  if (error instanceof GraphError) return graphFailureOf(error);
  if (error instanceof PartnerCenterApiError) {
    return {
      code: String(error.code ?? error.status),
      description: error.description ?? error.message,
      correlationId: error.correlationId,
    };
  }
  if (error instanceof PartnerCenterError) {
    return { code: error.name, description: error.message, correlationId: error.correlationId };
  }
  throw error;
}

/** The service throttled (429), failed (5xx) or did not answer: a later attempt may succeed. */
export function isTransient(error: unknown): boolean {
  return (
    isTransientGraphError(error) ||
    error instanceof PartnerCenterThrottledError ||
    error instanceof PartnerCenterServerError ||
    error instanceof PartnerCenterUnavailableError
  );
}

/**
 * The code of a change Partner Center answered as done but a re-read does not show (the product's
 * own code, docs/partner-center.md §8): such a change is never reported done.
 */
export const NOT_CONFIRMED = 'NotConfirmedByReRead';
