/**
 * A Partner Center failure as the desk records and shows it, and which failures are worth another
 * attempt. The one mapping from the client's errors (./errors.ts): a remedy's outcome, a removal's
 * stored error, and the notice cards all use `failureOf`; the removal workflow and the client's
 * retry policy both ask `isTransient`. `code`, `description` and `correlationId` are shown verbatim
 * (docs/partner-center.md §2).
 */
import { z } from 'zod';
import {
  PartnerCenterApiError,
  PartnerCenterError,
  PartnerCenterServerError,
  PartnerCenterThrottledError,
  PartnerCenterUnavailableError,
} from './errors';

export interface PartnerCenterFailure {
  /** Partner Center's error code (or the HTTP status when it sent none); the error's name when no answer came. */
  code: string;
  description: string;
  correlationId?: string;
}

/** The stored form (in removal requests); the same fields as records written before it existed. */
export const partnerCenterFailureSchema = z.object({
  code: z.string(),
  description: z.string(),
  correlationId: z.string().optional(),
}) satisfies z.ZodType<PartnerCenterFailure>;

/** A Partner Center error as a failure; anything else (the store down, a bug) is thrown again. */
export function failureOf(error: unknown): PartnerCenterFailure {
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

/** Partner Center throttled (429), failed (5xx) or did not answer: a later attempt may succeed. */
export function isTransient(error: unknown): boolean {
  return (
    error instanceof PartnerCenterThrottledError ||
    error instanceof PartnerCenterServerError ||
    error instanceof PartnerCenterUnavailableError
  );
}
