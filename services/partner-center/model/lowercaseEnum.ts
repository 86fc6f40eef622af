/**
 * Enum values from Partner Center are read lowercase ("Active", "active" and "ACTIVE" are one value).
 * A value we do not know is kept as 'unknown' rather than failing the whole response, so a new
 * status introduced by Microsoft does not break listing; callers treat 'unknown' conservatively.
 */
import { z } from 'zod';

export function lowercaseEnum<const T extends readonly [string, ...string[]]>(values: T) {
  const known = new Set<string>(values);
  return z.string().transform((raw): T[number] | 'unknown' => {
    const lower = raw.trim().toLowerCase();
    return known.has(lower) ? lower : 'unknown';
  });
}
