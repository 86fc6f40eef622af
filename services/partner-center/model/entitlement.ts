/** The Entitlement resource (E11): software purchases and Azure reservations of a customer. */
import { z } from 'zod';
import { lowercaseEnum } from './lowercaseEnum';

export const ENTITLEMENT_TYPES = ['software', 'reservedinstance', 'virtualmachinereservedinstance'] as const;
export type EntitlementType = (typeof ENTITLEMENT_TYPES)[number] | 'unknown';

/** The query values E11 takes for `entitlementType`. */
export type EntitlementTypeFilter = 'software' | 'reservedInstance';

export const entitlementSchema = z.object({
  entitlementType: lowercaseEnum(ENTITLEMENT_TYPES),
  productId: z.string().nullish(),
  skuId: z.string().nullish(),
  quantity: z.number().nullish(),
  /** e.g. `fulfilled`, `cancelled` (lowercased). */
  fulfillmentState: z
    .string()
    .transform((value) => value.toLowerCase())
    .nullish(),
  /** Only with `showExpiry=true`. */
  expiryDate: z.string().nullish(),
  referenceOrder: z.object({ id: z.string().nullish(), alternateId: z.string().nullish() }).nullish(),
  entitledArtifacts: z
    .array(
      z.object({
        artifactType: z
          .string()
          .transform((value) => value.toLowerCase())
          .nullish(),
        /** For reservations: `{ reservationType: 'virtualmachines' | 'sqldatabases', … }`. */
        dynamicAttributes: z.record(z.unknown()).nullish(),
      }),
    )
    .nullish(),
});

export type Entitlement = z.infer<typeof entitlementSchema>;

export function isReservation(entitlement: Entitlement): boolean {
  return (
    entitlement.entitlementType === 'reservedinstance' ||
    entitlement.entitlementType === 'virtualmachinereservedinstance'
  );
}

/** Not cancelled and not past its expiry date. */
export function isEntitlementActive(entitlement: Entitlement, now: Date): boolean {
  const state = entitlement.fulfillmentState ?? 'fulfilled';
  if (state === 'cancelled' || state === 'expired') return false;
  return !entitlement.expiryDate || Date.parse(entitlement.expiryDate) > now.getTime();
}
