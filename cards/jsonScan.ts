/**
 * One walk over plain JSON (an expanded card) without serializing it: an upper bound of its JSON size
 * in UTF-8 bytes, and whether one of its string values holds one of `markers`. cardTemplate.ts uses it
 * to accept the usual card without a JSON.stringify of its own (the card is serialized once, when it is
 * sent); a card whose bound is over budget is then measured exactly.
 */

export interface JsonScan {
  /** At least the byte length of `JSON.stringify(value)` in UTF-8. */
  bytesAtMost: number;
  /** A string value holds a marker, or something is not plain JSON (bigint, symbol): look closer. */
  marked: boolean;
}

/** Characters JSON escapes (to at most 6 bytes); any other UTF-16 unit is at most 3 bytes of UTF-8. */
// eslint-disable-next-line no-control-regex -- the control characters are what JSON escapes
const ESCAPED = /[\u0000-\u001f"\\\ud800-\udfff]/;
/** An escaped character or a `{`, with which every marker starts or goes on: the common string has none. */
// eslint-disable-next-line no-control-regex -- as above
const SPECIAL = /[\u0000-\u001f"\\\ud800-\udfff{]/;

/**
 * The longest JSON number is 25 characters: a negative number just above 1e-6 written out in full,
 * `-0.0000012345678901234567` (17 significant digits after five zeros); from 1e-7 down JavaScript
 * switches to an exponent (`-1.2345678901234567e-308` is 24).
 */
const NUMBER_BYTES = 25;

function visit(value: unknown, markers: readonly string[], scan: JsonScan): void {
  switch (typeof value) {
    case 'string':
      if (!SPECIAL.test(value)) {
        scan.bytesAtMost += 2 + 3 * value.length;
        return;
      }
      scan.bytesAtMost += 2 + value.length * (ESCAPED.test(value) ? 6 : 3);
      for (const marker of markers) if (value.includes(marker)) scan.marked = true;
      return;
    case 'number':
      scan.bytesAtMost += NUMBER_BYTES;
      return;
    case 'boolean':
      scan.bytesAtMost += 5;
      return;
    case 'undefined':
    case 'function':
      // Left out of an object, `null` in an array.
      scan.bytesAtMost += 4;
      return;
    case 'object': {
      if (value === null) {
        scan.bytesAtMost += 4;
        return;
      }
      if (Array.isArray(value)) {
        scan.bytesAtMost += 2 + value.length;
        for (let i = 0; i < value.length; i++) visit(value[i], markers, scan);
        return;
      }
      if (typeof (value as { toJSON?: unknown }).toJSON === 'function') {
        scan.marked = true;
        return;
      }
      const object = value as Record<string, unknown>;
      scan.bytesAtMost += 2;
      for (const key in object) {
        if (!Object.hasOwn(object, key)) continue;
        // Quotes, colon, comma, and at most 6 bytes a character (keys are short: not worth a test).
        scan.bytesAtMost += 4 + 6 * key.length;
        visit(object[key], markers, scan);
      }
      return;
    }
    default:
      scan.marked = true;
  }
}

/** Scans `value` for `markers`, which must each contain a `{` (the scan looks closer only at such strings). */
export function scanJson(value: unknown, markers: readonly string[]): JsonScan {
  if (!markers.every((marker) => marker.includes('{'))) throw new Error('every marker must contain a {');
  const scan: JsonScan = { bytesAtMost: 0, marked: false };
  visit(value, markers, scan);
  return scan;
}
