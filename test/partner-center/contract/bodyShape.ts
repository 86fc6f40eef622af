/**
 * The shape of a JSON body: every field path (case-sensitive; `items[].id` for array items) with
 * the JSON types seen there. Two bodies have the same shape when they have the same paths and
 * types; `null` is compatible with any type (documented examples print null for unset values).
 */
export type JsonType = 'null' | 'array' | 'object' | 'string' | 'number' | 'boolean';
export type BodyShape = Map<string, Set<JsonType>>;

function jsonType(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value as JsonType;
}

export function bodyShape(body: unknown): BodyShape {
  const shape: BodyShape = new Map();
  const visit = (value: unknown, at: string): void => {
    const types = shape.get(at) ?? new Set<JsonType>();
    types.add(jsonType(value));
    shape.set(at, types);
    if (Array.isArray(value)) {
      for (const item of value) visit(item, `${at}[]`);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) visit(inner, at ? `${at}.${key}` : key);
    }
  };
  visit(body, '');
  shape.delete('');
  return shape;
}

/** A path is covered by an allowance for itself or for one of its parents. */
function covered(path: string, allowed: Iterable<string>): boolean {
  for (const prefix of allowed) {
    if (path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[]`)) return true;
  }
  return false;
}

export interface ShapeDifference {
  /** Documented paths the other body lacks (not allowed to be omitted). */
  missing: string[];
  /** Paths the other body has that the documented one does not (not allowed as additions). */
  added: string[];
  /** Paths present in both with incompatible types: `path: documented vs actual`. */
  retyped: string[];
}

export function compareShapes(
  documented: unknown,
  actual: unknown,
  allowances: { mayOmit?: Record<string, string>; mayAdd?: Record<string, string> } = {},
): ShapeDifference {
  const expected = bodyShape(documented);
  const seen = bodyShape(actual);
  const mayOmit = Object.keys(allowances.mayOmit ?? {});
  const mayAdd = Object.keys(allowances.mayAdd ?? {});
  const missing = [...expected.keys()].filter((path) => !seen.has(path) && !covered(path, mayOmit));
  const added = [...seen.keys()].filter((path) => !expected.has(path) && !covered(path, mayAdd));
  const retyped: string[] = [];
  for (const [path, types] of expected) {
    const other = seen.get(path);
    if (!other) continue;
    const want = [...types].filter((type) => type !== 'null');
    const got = [...other].filter((type) => type !== 'null');
    if (want.length && got.some((type) => !want.includes(type))) {
      retyped.push(`${path}: ${want.join('|')} vs ${got.join('|')}`);
    }
  }
  return { missing, added, retyped };
}
