/** The Entitlement resource (E11): software purchases and Azure reservations of a customer. */
import { z } from 'zod';

/**
 * Every spelling Microsoft has used for an entitlement type, read without case, `_` or `-`:
 * `reservedInstance`, `virtualMachineReservedInstance`, `virtual_machine_reserved_instance` are all
 * reservations (docs/partner-center.md §4). Anything else is `unknown`, never software.
 */
const ENTITLEMENT_TYPE_SPELLINGS: Readonly<Record<string, EntitlementType>> = {
  software: 'software',
  reservedinstance: 'reservation',
  virtualmachinereservedinstance: 'reservation',
};

export type EntitlementType = 'software' | 'reservation' | 'unknown';

export function entitlementTypeOf(raw: string): EntitlementType {
  return (
    ENTITLEMENT_TYPE_SPELLINGS[
      raw
        .trim()
        .toLowerCase()
        .replace(/[_\-\s]/g, '')
    ] ?? 'unknown'
  );
}

/** The query values E11 takes for `entitlementType`. */
export type EntitlementTypeFilter = 'software' | 'reservedInstance';

export const entitlementSchema = z.object({
  entitlementType: z.string().transform(entitlementTypeOf),
  productId: z.string().nullish(),
  skuId: z.string().nullish(),
  quantity: z.number().nullish(),
  /** e.g. `fulfilled`, `cancelled` (lowercased). */
  fulfillmentState: z
    .string()
    .transform((value) => value.toLowerCase())
    .nullish(),
  /** Only with `showExpiry=true`, and only when applicable: perpetual software has none. */
  expiryDate: z.string().nullish(),
  /** The order and its line item this entitlement comes from (`lineItemId` is a string in the docs). */
  referenceOrder: z
    .object({
      id: z.string().nullish(),
      lineItemId: z.union([z.string(), z.number()]).nullish(),
      alternateId: z.string().nullish(),
    })
    .nullish(),
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
  return entitlement.entitlementType === 'reservation';
}

/** Software without an expiry date: a perpetual purchase (docs/partner-center.md §4). */
export function isPerpetualSoftware(entitlement: Entitlement): boolean {
  return entitlement.entitlementType === 'software' && !entitlement.expiryDate;
}

/** The line item number of the order line this entitlement comes from, when Partner Center gives it. */
export function entitlementLineItemNumber(entitlement: Entitlement): number | undefined {
  const raw = entitlement.referenceOrder?.lineItemId;
  if (raw === null || raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  return Number.isInteger(value) && value >= 0 ? value : undefined;
}

/** Not cancelled and not past its expiry date. */
export function isEntitlementActive(entitlement: Entitlement, now: Date): boolean {
  const state = entitlement.fulfillmentState ?? 'fulfilled';
  if (state === 'cancelled' || state === 'expired') return false;
  return !entitlement.expiryDate || Date.parse(entitlement.expiryDate) > now.getTime();
}
