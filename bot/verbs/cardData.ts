/**
 * The pieces of card `data` several verbs share. Ids in it are only lookup keys: the services reload
 * the records and check the user's role.
 */
import { z } from 'zod/v4';
import { REMEDY_ACTIONS } from '../../services/relationships/removalPreflight';

/** Customer, request and draft ids are GUIDs or similar tokens: anything else is forged. */
export const id = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9._:@-]+$/);

/** A reason typed into a card, possibly left empty. */
export const reason = z.string().max(2000).default('');

/** The attestation checkbox answers 'true' / 'false'; absent (a card without it) is not ticked. */
export const attested = z
  .union([z.boolean(), z.enum(['true', 'false'])])
  .optional()
  .transform((value) => value === true || value === 'true');

/**
 * A multi-select of GDAP relationships: the ids ticked, comma-separated (Adaptive Cards' ChoiceSet);
 * each an id, at most 50. The service checks them against a fresh read.
 */
export function gdapChoice() {
  return z
    .string()
    .max(10_000)
    .optional()
    .transform((value) =>
      (value ?? '')
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(z.array(id).max(50));
}

/**
 * The inputs of the removal pre-flight card, which every one of its buttons carries (Action.Execute's
 * associatedInputs "auto"), so that the card redrawn after any click shows them as they were.
 */
export const preflightInputs = {
  attested,
  reason,
  /** A removal only dates block: auto-renew off once approved (a toggle like the attestation). */
  autoRenewOff: attested,
  /** A removal only dates block: what happens when something new blocks it on the day. */
  onBlocked: z.enum(['wait', 'fail']).optional().catch(undefined),
  gdapToEnd: gdapChoice(),
};

/** What a remedy button of the pre-flight card does. */
export const remedy = z.enum(REMEDY_ACTIONS);

/** data: { customerId }. */
export const customerData = z.object({ customerId: id });

/** data: { requestId }. */
export const requestData = z.object({ requestId: id });
