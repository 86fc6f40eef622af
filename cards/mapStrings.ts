/** A deep copy of plain JSON with every string passed through a function (identity: a plain copy). */

const same = (text: string) => text;

/** A deep copy of `value` (plain JSON) with every string passed through `fn`. */
export function mapStrings(value: unknown, fn: (text: string) => string = same): unknown {
  if (typeof value === 'string') return fn(value);
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = mapStrings(value[i], fn);
    return out;
  }
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const item = mapStrings((value as Record<string, unknown>)[key], fn);
      // An own "__proto__" key stays a key (as Object.fromEntries would keep it).
      if (key === '__proto__')
        Object.defineProperty(out, key, {
          value: item,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      else out[key] = item;
    }
    return out;
  }
  return value;
}
