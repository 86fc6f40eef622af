/**
 * French typography: a narrow no-break space (U+202F) before `:` `;` `?` `!`, so that the mark never
 * starts a line and the spacing is the same everywhere. Applied once to the French table (index.ts):
 * the strings are written with an ordinary space (or none) and data passed as parameters is untouched.
 */
const NARROW_NO_BREAK_SPACE = '\u202f';

/** A mark that ends a word (followed by a space, a placeholder or the end), with the space before it. */
const MARK = /[ \u00a0\u202f]?([:;?!])(?=[\s{]|$)/g;

export function withFrenchSpacing(text: string): string {
  return text.replace(MARK, (_whole, mark: string) => `${NARROW_NO_BREAK_SPACE}${mark}`);
}

export function frenchTable<T extends Record<string, string>>(table: T): T {
  return Object.fromEntries(
    Object.entries(table).map(([key, value]) => [key, withFrenchSpacing(value)]),
  ) as T;
}
