/**
 * The Subscription resource (E8, E9, E10). Legacy and new-commerce (NCE) subscriptions share the
 * shape; NCE ones carry the cancellation window (`cancellationAllowedUntilDate`) and refund fields.
 * Unknown fields are kept (passthrough) because E10 wants the full resource sent back.
 */
import { z } from 'zod';
import { lowercaseEnum } from './lowercaseEnum';

export const SUBSCRIPTION_STATUSES = [
  'none',
  'active',
  'pending',
  'suspended',
  'expired',
  'disabled',
  'deleted',
] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number] | 'unknown';

/** The statuses E10 accepts: suspend (legacy, Azure plan), reactivate, cancel (NCE = `deleted`). */
export type SubscriptionStatusChange = 'active' | 'suspended' | 'deleted';

export const subscriptionSchema = z
  .object({
    id: z.string(),
    /** Absent from Microsoft's legacy list example (docs/partner-center.md §9): read as ''. */
    offerId: z
      .string()
      .nullish()
      .transform((value) => value ?? ''),
    offerName: z.string().nullish(),
    friendlyName: z.string().nullish(),
    quantity: z.number(),
    unitType: z.string().nullish(),
    status: lowercaseEnum(SUBSCRIPTION_STATUSES),
    creationDate: z.string().nullish(),
    effectiveStartDate: z.string().nullish(),
    /** End of the current term (NCE: the commitment end; removal is blocked until then outside the window). */
    commitmentEndDate: z.string().nullish(),
    commitmentEndDateTime: z.string().nullish(),
    /** NCE only. Null: cannot be cancelled. The authoritative cut-off; never compute it. */
    cancellationAllowedUntilDate: z.string().nullish(),
    autoRenewEnabled: z.boolean().nullish(),
    isTrial: z.boolean().nullish(),
    billingType: z.string().nullish(),
    billingCycle: z.string().nullish(),
    termDuration: z.string().nullish(),
    contractType: z.string().nullish(),
    productType: z.object({ id: z.string().nullish(), displayName: z.string().nullish() }).nullish(),
    /** MPN id of the reseller of record (indirect model). */
    partnerId: z.string().nullish(),
    orderId: z.string().nullish(),
    suspensionReasons: z.array(z.string()).nullish(),
    refundOptions: z.array(z.object({ type: z.string(), expiresAt: z.string().nullish() })).nullish(),
    refundableQuantity: z
      .object({
        totalQuantity: z.number().nullish(),
        details: z
          .array(z.object({ quantity: z.number(), allowedUntilDateTime: z.string().nullish() }))
          .nullish(),
      })
      .nullish(),
    attributes: z.object({ objectType: z.string().nullish(), etag: z.string().nullish() }).nullish(),
  })
  .passthrough();

export type Subscription = z.infer<typeof subscriptionSchema>;

/** How a subscription is sold, which decides what removal needs (suspend, cancel, wait). */
export type SubscriptionCommerceModel = 'legacy' | 'nce' | 'azurePlan' | 'software';

/** Azure plan offer (product DZH318Z0BPS6). */
const AZURE_PLAN_PRODUCT = 'DZH318Z0BPS6';
/** NCE offer ids are `{productId}:{skuId}[:{availabilityId}]`; legacy offer ids are GUIDs. */
const NCE_OFFER_ID = /^[A-Z0-9]{12}:[0-9A-Z]{4}/i;

/**
 * Inferred (🟡): Partner Center has no explicit "is NCE" flag. `productType.id` decides when present
 * (`Azure`, `Software`, `OnlineServicesNCE`); otherwise the offer id format and the presence of the
 * cancellation window do.
 */
export function subscriptionCommerceModel(
  subscription: Pick<Subscription, 'offerId' | 'productType' | 'cancellationAllowedUntilDate'>,
): SubscriptionCommerceModel {
  const productType = subscription.productType?.id?.toLowerCase() ?? '';
  if (productType === 'azure' || subscription.offerId.toUpperCase().startsWith(AZURE_PLAN_PRODUCT)) {
    return 'azurePlan';
  }
  if (productType.includes('software')) return 'software';
  if (productType === 'onlineservicesnce' || NCE_OFFER_ID.test(subscription.offerId)) return 'nce';
  if (subscription.cancellationAllowedUntilDate) return 'nce';
  return 'legacy';
}
