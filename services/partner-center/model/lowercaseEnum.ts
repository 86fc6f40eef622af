/**
 * Enum values from Partner Center are read lowercase ("Active", "active" and "ACTIVE" are one value).
 * A value we do not know is kept as 'unknown' rather than failing the whole response, so a new
 * status introduced by Microsoft does not break listing; callers treat 'unknown' conservatively.
 *
 * The same rule on both of zod's engines: `lowercaseEnumV4` for the schemas parsed once per item of a
 * large list (the Customer of E1), because on the v3 engine every transform inside an object leaves
 * garbage that outlives two scavenges: paging 100,000 customers promoted ~190 MB to the old generation
 * (docs/performance-history.md, issue 18).
 */
import { z } from 'zod';
import { z as z4 } from 'zod/v4';

function lowercaseIn<const T extends readonly [string, ...string[]]>(values: T) {
  const known = new Set<string>(values);
  return (raw: string): T[number] | 'unknown' => {
    const lower = raw.trim().toLowerCase();
    return known.has(lower) ? lower : 'unknown';
  };
}

export function lowercaseEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.string().transform(lowercaseIn(values));
}

export function lowercaseEnumV4<const T extends readonly [string, ...string[]]>(values: T) {
  return z4.string().transform(lowercaseIn(values));
}
