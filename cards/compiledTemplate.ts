/**
 * Why this exists beside adaptivecards-templating (issue 14 kept it as a measured optimization): the same
 * semantics at a third of the cost. With each template parsed once, adaptivecards-templating takes ~90 µs
 * of CPU per help card and ~195 µs per 15-row picker, this ~31 and ~67 µs; without it, three of the six
 * turn cases' ratios to the echo bot fell by more than 0.05 (the issue's bar; 2026-11-27 figures in
 * docs/performance-history.md). test/cards/compiledTemplate.test.ts proves its cards equal to
 * adaptivecards-templating's for every builder and locale, with generated (hostile, very long) views.
 *
 * A compiled form of an Adaptive Card template for the expressions our templates use, with the exact
 * semantics of adaptivecards-templating 2.3 over adaptive-expressions 4.23 (the reference engine):
 * evaluating a template this way is several times cheaper than adaptive-expressions' evaluator, which
 * allocates a memory scope and options per expression and re-splits every path on every lookup.
 *
 * Supported: `${path}` (identifiers joined by `.`, or starting with `$root`, `$data` or `$index`), text
 * with `${path}` parts, and in `$when`: `!`, `&&`, `||`, `==`, `!=`, `>`, `<`, `>=`, `<=` between a path,
 * `count(path)`, a number or a '…' string. `compileTemplate` returns undefined for anything else, and the
 * caller then uses the reference engine. test/cards/compiledTemplate.test.ts checks every card builder
 * and arbitrary data against the reference engine.
 *
 * Reference semantics mirrored here (template-engine.js, adaptive-expressions):
 * - a path without `$` is looked up in `$data` (the current `$data` item, else `$root`), never in `$root`;
 *   property lookup is case-insensitive (first own key in order) and stops at a falsy value;
 * - a value that is undefined becomes the text `${path}` (then reported as unresolved), null stays null;
 * - a string that is exactly one `${…}` keeps the value's type; any other text concatenates `toString()`s;
 * - `$when` keeps the object only when it evaluates to boolean true; errors count as false;
 * - `$data`: an array repeats the object (with `$index`), flattened into the parent array; an empty one
 *   removes it (null); other values become the `$data` of the object; reserved `$…` keys are dropped.
 *
 * Long because it is a whole template compiler: expressions, `$when`, `$data` and the guards of cardTemplate.ts.
 */

import { mapStrings } from './mapStrings';

type Scope = { root: unknown; data: unknown; index: unknown };
type Result = { value: unknown; error?: string };
type Evaluate = (scope: Scope) => Result;
/** Expands a template node; undefined and null have the reference engine's meaning. */
type Expand = (scope: Scope) => unknown;

const RESERVED = new Set(['$data', '$when', '$root', '$index', '$host', '$_acTemplateVersion']);

class Unsupported extends Error {}

/**
 * `key.toLowerCase() === lower` for a path part `lower` (ASCII, lower case: compilePath accepts no
 * other), without allocating the lower-cased key: ASCII is compared code by code, anything else as before.
 */
function sameIgnoringCase(key: string, lower: string): boolean {
  for (let i = 0; i < key.length; i++) {
    let code = key.charCodeAt(i);
    if (code > 127) return key.toLowerCase() === lower;
    if (code >= 65 && code <= 90) code += 32;
    if (code !== lower.charCodeAt(i)) return false;
  }
  return true;
}

/** Own enumerable property, case-insensitively, as adaptive-expressions' accessProperty. */
function accessProperty(instance: unknown, property: string, lower: string): unknown {
  if (!instance) return undefined;
  if (instance instanceof Map) {
    const exact: unknown = instance.get(property);
    if (exact !== undefined) return exact;
    const key = Array.from(instance.keys() as Iterable<unknown>).find(
      (k) => typeof k === 'string' && k.toLowerCase() === lower,
    );
    return key !== undefined ? instance.get(key) : undefined;
  }
  const object = instance as Record<string, unknown>;
  // Object.keys order, without allocating it: own keys first in for…in, inherited ones skipped.
  for (const key in object) {
    if (key.length === lower.length && sameIgnoringCase(key, lower) && Object.hasOwn(object, key))
      return object[key];
  }
  return undefined;
}

function compilePath(text: string): (scope: Scope) => unknown {
  const parts = text.split('.');
  if (
    parts.some(
      (part) => !/^\$?[A-Za-z_][A-Za-z0-9_]*$/.test(part) || (part !== parts[0] && part.startsWith('$')),
    )
  )
    throw new Unsupported(text);
  let head: (scope: Scope) => unknown;
  let rest: string[];
  if (parts[0].startsWith('$')) {
    if (parts[0] === '$root') head = (scope) => scope.root;
    else if (parts[0] === '$data') head = (scope) => (scope.data !== undefined ? scope.data : scope.root);
    else if (parts[0] === '$index') head = (scope) => scope.index;
    else throw new Unsupported(text);
    rest = parts.slice(1);
  } else {
    head = (scope) => (scope.data !== undefined ? scope.data : scope.root);
    rest = parts;
  }
  const lower = rest.map((part) => part.toLowerCase());
  return (scope) => {
    let value = head(scope);
    for (let i = 0; i < rest.length; i++) value = accessProperty(value, rest[i], lower[i]);
    return value;
  };
}

// ── $when expressions ────────────────────────────────────────────────────────────────────────────

type Token = { kind: 'op' | 'path' | 'number' | 'string' | 'count' | 'end'; text: string };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const pattern =
    /\s*(?:(count)\(\s*([$A-Za-z_][\w.$]*)\s*\)|(&&|\|\||==|!=|>=|<=|>|<|!)|([$A-Za-z_][\w.$]*)|(\d+(?:\.\d+)?)|'([^'\\]*)')\s*/y;
  let at = 0;
  while (at < source.length) {
    pattern.lastIndex = at;
    const match = pattern.exec(source);
    if (!match) throw new Unsupported(source);
    if (match[1]) tokens.push({ kind: 'count', text: match[2] });
    else if (match[3]) tokens.push({ kind: 'op', text: match[3] });
    else if (match[4]) tokens.push({ kind: 'path', text: match[4] });
    else if (match[5]) tokens.push({ kind: 'number', text: match[5] });
    else tokens.push({ kind: 'string', text: match[6] });
    at = pattern.lastIndex;
  }
  tokens.push({ kind: 'end', text: '' });
  return tokens;
}

function isLogicTrue(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  return value != null;
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && !Number.isNaN(value);

function commonEqualsLiteral(value: unknown, literal: string | number): boolean {
  if (value == null) return false;
  if (isNumber(value) && isNumber(literal) && Math.abs(value - literal) < Number.EPSILON) return true;
  return value === literal;
}

/** Parses a `$when` expression (no null substitution: a missing value is undefined). */
function compileCondition(source: string): Evaluate {
  const tokens = tokenize(source);
  let position = 0;
  const peek = () => tokens[position];
  const next = () => tokens[position++];

  function primary(): { evaluate: Evaluate; literal?: string | number } {
    const token = next();
    if (token.kind === 'path') {
      const read = compilePath(token.text);
      return { evaluate: (scope) => ({ value: read(scope) }) };
    }
    if (token.kind === 'count') {
      const read = compilePath(token.text);
      return {
        evaluate: (scope) => {
          const value = read(scope);
          if (typeof value === 'string' || Array.isArray(value)) return { value: value.length };
          if (value instanceof Map) return { value: value.size };
          if (typeof value !== 'object') return { value: undefined, error: 'not a container' };
          if (value === null) return { value: undefined, error: 'null' };
          return { value: Object.keys(value).length };
        },
      };
    }
    if (token.kind === 'number') {
      const literal = Number(token.text);
      return { evaluate: () => ({ value: literal }), literal };
    }
    if (token.kind === 'string') {
      const literal = token.text;
      return { evaluate: () => ({ value: literal }), literal };
    }
    throw new Unsupported(source);
  }

  /** `!` binds tighter than comparisons: `!a == b` is `(!a) == b`. */
  function negation(): { evaluate: Evaluate; literal?: string | number; negated?: boolean } {
    if (peek().kind === 'op' && peek().text === '!') {
      next();
      const child = negation();
      if (child.literal !== undefined) throw new Unsupported(source);
      return {
        evaluate: (scope) => {
          const result = child.evaluate(scope);
          return { value: result.error ? true : !isLogicTrue(result.value) };
        },
        negated: true,
      };
    }
    return primary();
  }

  function unary(): Evaluate {
    const left = negation();
    const op = peek();
    if (op.kind !== 'op' || !['==', '!=', '>', '<', '>=', '<='].includes(op.text)) {
      if (left.literal !== undefined) throw new Unsupported(source);
      return left.evaluate;
    }
    if (left.negated) throw new Unsupported(source);
    next();
    const right = primary();
    if (left.literal !== undefined || right.literal === undefined) throw new Unsupported(source);
    const literal = right.literal;
    const read = left.evaluate;
    if (op.text === '==' || op.text === '!=') {
      const negate = op.text === '!=';
      return (scope) => {
        const result = read(scope);
        if (result.error) return { value: false };
        return { value: commonEqualsLiteral(result.value, literal) !== negate };
      };
    }
    const compare = {
      '>': (a: number | string, b: number | string) => a > b,
      '<': (a: number | string, b: number | string) => a < b,
      '>=': (a: number | string, b: number | string) => a >= b,
      '<=': (a: number | string, b: number | string) => a <= b,
    }[op.text as '>' | '<' | '>=' | '<='];
    return (scope) => {
      const result = read(scope);
      const value = result.value;
      // Children that fail or are null make the comparison false (not an error).
      if (result.error || value == null) return { value: false };
      if (
        (isNumber(value) && isNumber(literal)) ||
        (typeof value === 'string' && typeof literal === 'string')
      )
        return { value: compare(value, literal) };
      return { value: false, error: 'not comparable' };
    };
  }

  function logical(operand: () => Evaluate, op: '&&' | '||'): Evaluate {
    const children = [operand()];
    while (peek().kind === 'op' && peek().text === op) {
      next();
      children.push(operand());
    }
    if (children.length === 1) return children[0];
    if (op === '&&') {
      return (scope) => {
        for (const child of children) {
          const result = child(scope);
          if (result.error || !isLogicTrue(result.value)) return { value: false };
        }
        return { value: true };
      };
    }
    return (scope) => {
      for (const child of children) {
        const result = child(scope);
        if (!result.error && isLogicTrue(result.value)) return { value: true };
      }
      return { value: false };
    };
  }

  const expression = logical(() => logical(unary, '&&'), '||');
  if (peek().kind !== 'end') throw new Unsupported(source);
  return expression;
}

// ── values and text ──────────────────────────────────────────────────────────────────────────────

/** `${…}` parts of a string: literal text and expression sources, alternating (text first). */
function interpolation(text: string): { literals: string[]; expressions: string[] } {
  if (text.includes('\\') || text.includes('`')) throw new Unsupported(text);
  const literals: string[] = [];
  const expressions: string[] = [];
  let at = 0;
  for (;;) {
    const start = text.indexOf('${', at);
    if (start < 0) {
      literals.push(text.slice(at));
      return { literals, expressions };
    }
    const end = text.indexOf('}', start);
    if (end < 0) throw new Unsupported(text);
    const source = text.slice(start + 2, end);
    if (/[{"`]/.test(source)) throw new Unsupported(text);
    literals.push(text.slice(at, start));
    expressions.push(source.trim());
    at = end + 1;
  }
}

/** A value in a card (not `$when`): paths only, undefined substituted by `${path}`. */
function compileString(text: string): Expand {
  const { literals, expressions } = interpolation(text);
  const reads = expressions.map((source) => {
    const read = compilePath(source);
    const substitute = '${' + source + '}';
    return (scope: Scope) => {
      const value = read(scope);
      return value === undefined ? substitute : value;
    };
  });
  if (reads.length === 1 && literals[0] === '' && literals[1] === '') return reads[0];
  return (scope) => {
    let out = literals[0];
    for (let i = 0; i < reads.length; i++) {
      // null.toString() throws here as it does in the reference engine.
      out += (reads[i](scope) as { toString(): string }).toString();
      out += literals[i + 1];
    }
    return out;
  };
}

function compileWhen(when: unknown): ((scope: Scope) => boolean) | undefined {
  if (when === undefined) return undefined;
  if (typeof when === 'string' && when.includes('${')) {
    const { literals, expressions } = interpolation(when);
    if (expressions.length !== 1 || literals[0] !== '' || literals[1] !== '') throw new Unsupported(when);
    const condition = compileCondition(expressions[0]);
    return (scope) => {
      const result = condition(scope);
      return !result.error && result.value === true;
    };
  }
  // A $when that is not an expression drops the object when truthy.
  return when ? () => false : undefined;
}

/** A value of the card: with `copyObjects`, an object or array it takes from the data is copied. */
function compileValue(text: string, copyObjects: boolean): Expand {
  const expand = compileString(text);
  if (!copyObjects) return expand;
  return (scope) => {
    const value = expand(scope);
    return value !== null && typeof value === 'object' ? mapStrings(value) : value;
  };
}

function compileNode(node: unknown, copyObjects: boolean): Expand {
  if (typeof node === 'string') return node.includes('${') ? compileValue(node, copyObjects) : () => node;
  if (Array.isArray(node)) {
    const items = node.map((item) => compileNode(item, copyObjects));
    return (scope) => {
      const out: unknown[] = [];
      for (let i = 0; i < items.length; i++) {
        const expanded = items[i](scope);
        if (expanded === null) continue;
        if (Array.isArray(expanded)) for (let j = 0; j < expanded.length; j++) out.push(expanded[j]);
        else out.push(expanded);
      }
      return out;
    };
  }
  if (typeof node !== 'object' || node === null) return () => node;
  const source = node as Record<string, unknown>;
  const when = compileWhen(source.$when);
  if (Object.prototype.hasOwnProperty.call(source, '__proto__')) throw new Unsupported('__proto__');
  const rawData = source.$data;
  // A `$data` expression is evaluated; any other `$data` is used as it is (a string, a literal array).
  let data: Expand | undefined;
  if (typeof rawData === 'string') data = rawData.includes('${') ? compileString(rawData) : () => rawData;
  else if (rawData !== undefined) throw new Unsupported('$data');
  const keys = Object.keys(source).filter((key) => !RESERVED.has(key));
  const expands = keys.map((key) => compileNode(source[key], copyObjects));
  const one = (scope: Scope): unknown => {
    if (when && !when(scope)) return undefined;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const value = expands[i](scope);
      if (value !== undefined) out[keys[i]] = value;
    }
    return out;
  };
  // One object: itself, or null when `$when` drops it (no array of results for the common case).
  const single = (out: unknown) => (out === undefined ? null : out);
  return (scope) => {
    if (!data) return single(one(scope));
    const context = data(scope);
    if (!Array.isArray(context))
      return single(one(context !== undefined ? { ...scope, data: context } : scope));
    // An undefined item keeps the previous item's $data (the reference engine sets $data only
    // for defined items, and restores it after the whole array).
    const results: unknown[] = [];
    let current = scope.data;
    for (let i = 0; i < context.length; i++) {
      const item: unknown = context[i];
      if (item !== undefined) current = item;
      const out = one({ root: scope.root, data: current, index: i });
      if (out !== undefined) results.push(out);
    }
    if (results.length === 0) return null;
    return results.length === 1 ? results[0] : results;
  };
}

export type CompiledTemplate = (root: unknown) => unknown;

/**
 * The template compiled, or undefined when it uses something outside the supported subset. With
 * `copyObjects`, objects and arrays the card takes from the data as values are copied (plain copies,
 * as cardTemplate.ts's copy of a finished card), so the result shares nothing with the data.
 */
export function compileTemplate(template: object, copyObjects = false): CompiledTemplate | undefined {
  try {
    const expand = compileNode(template, copyObjects);
    return (root) => expand({ root, data: undefined, index: undefined });
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}
