/**
 * Expands an Adaptive Card JSON template with adaptivecards-templating, with two guarantees:
 * - nothing unresolved reaches a user: any `${…}` left by the template is an error (CardRenderError),
 *   while `${…}` inside data (a customer named "${x}") is kept literally and is not an error;
 * - the card stays under the portable size budget (28 KB: Teams refuses larger messages, docs/teams-app.md).
 *
 * Data strings are never evaluated by the templating engine nor by the renderer (`{{DATE(…)}}` is kept
 * literal, cards/literalText.ts), and cards place untrusted text in
 * RichTextBlock TextRuns, which hosts do not treat as markdown (see cards/README.md).
 */
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import type * as Templating from 'adaptivecards-templating';
import { compileTemplate, type CompiledTemplate } from './compiledTemplate';
import { keepBracesLiteral } from './literalText';
import { scanJson } from './jsonScan';
import { mapStrings } from './mapStrings';

export const MAX_CARD_BYTES = 28 * 1024;
export const CARD_SCHEMA_VERSION = '1.5';

/** An expanded card, ready for CardFactory.adaptiveCard. */
export type AdaptiveCardJson = Record<string, unknown> & { type: 'AdaptiveCard'; version: string };

export class CardRenderError extends Error {
  constructor(template: string, detail: string) {
    super(`Card "${template}" cannot be rendered: ${detail}`);
    this.name = 'CardRenderError';
  }
}

// A private-use character stands in for "$" of "${" inside data during expansion.
const MASK = '\uE000{';

/** What a finished card's strings must not hold, or what must still be done to them. */
const MARKERS = ['${', '{{', MASK];

const mask = (text: string) => (text.includes('${') ? text.split('${').join(MASK) : text);

/** True when some string in `value` contains `${` (cheap: no paths are built, nothing is allocated). */
function hasUnresolved(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('${');
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (hasUnresolved(value[i])) return true;
    return false;
  }
  if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    for (const key in object) if (Object.hasOwn(object, key) && hasUnresolved(object[key])) return true;
  }
  return false;
}

/**
 * The expanded card as a deep copy (nothing shared with the data), with masked `${` restored;
 * `unresolved.found` is set when a string holds a `${` the template left (before restoring),
 * `braces.found` when one holds `{{`.
 */
function finish(value: unknown, unresolved: { found: boolean }, braces: { found: boolean }): unknown {
  return mapStrings(value, (text) => {
    if (text.includes('${')) unresolved.found = true;
    if (text.includes('{{')) braces.found = true;
    return text.includes(MASK) ? text.split(MASK).join('${') : text;
  });
}

function findUnresolved(value: unknown, path: string, found: string[]): void {
  if (typeof value === 'string') {
    if (value.includes('${')) found.push(`${path || '(root)'}: ${value.slice(0, 60)}`);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => findUnresolved(item, `${path}[${index}]`, found));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value))
      findUnresolved(item, path ? `${path}.${key}` : key, found);
  }
}

/**
 * Prepared templates, by template object (the templates are module constants: each is prepared once
 * per process). A template is compiled (compiledTemplate.ts: the same semantics, a fraction of the
 * cost); one using an expression outside the compiled subset is parsed once by adaptivecards-templating
 * (parsing, an ANTLR parser, costs far more than expanding). A Template keeps only per-call state
 * during its synchronous `expand`, so one instance is reused.
 */
type Prepared = { compiled: CompiledTemplate } | { reference: Templating.Template };

/**
 * adaptivecards-templating, loaded on first use: every template of cards/templates/ compiles, so a
 * running bot never needs it, and with adaptive-expressions and the ANTLR runtime it holds ~5 MB of
 * resident memory (docs/performance.md, "Memory"). The tests' reference check loads it.
 */
const load = createRequire(__filename);
function referenceTemplate(template: object): Templating.Template {
  const { Template } = load('adaptivecards-templating') as typeof Templating;
  return new Template(template);
}
const prepared = new WeakMap<object, Prepared>();
let referenceCheck = false;

function prepare(template: object): Prepared {
  let found = prepared.get(template);
  if (!found) {
    const compiled = compileTemplate(template, true);
    found = compiled ? { compiled } : { reference: referenceTemplate(template) };
    prepared.set(template, found);
  }
  return found;
}

/** The reference engine's outcome: the card, or the error it threw. */
function outcome(expand: () => unknown): { value?: unknown; error?: unknown } {
  try {
    return { value: expand() };
  } catch (error) {
    return { error };
  }
}

/**
 * Tests: every expansion also runs adaptivecards-templating and throws when the compiled template's
 * result (or failure) differs from it.
 */
export function checkAgainstReferenceEngine(on: boolean): void {
  referenceCheck = on;
}

/**
 * The expanded template; `fresh` when it shares no object with the data (a compiled template copies
 * what it takes from the data; adaptivecards-templating may not).
 */
function expandTemplate(name: string, template: object, root: unknown): { value: unknown; fresh: boolean } {
  const ready = prepare(template);
  if (!('compiled' in ready)) return { value: ready.reference.expand({ $root: root }), fresh: false };
  if (!referenceCheck) return { value: ready.compiled(root), fresh: true };
  const fast = outcome(() => ready.compiled(root));
  const reference = outcome(() => referenceTemplate(template).expand({ $root: root }));
  const same =
    'error' in fast || 'error' in reference
      ? 'error' in fast && 'error' in reference
      : isDeepStrictEqual(fast.value, reference.value);
  if (!same) {
    throw new Error(
      `Card "${name}": the compiled template differs from adaptivecards-templating: ` +
        `${JSON.stringify(fast)} vs ${JSON.stringify(reference)}`,
    );
  }
  if ('error' in fast) throw fast.error;
  return { value: fast.value, fresh: true };
}

/** The card's size in UTF-8 bytes, from its JSON (a UTF-16 unit is at most 3 bytes: short JSON needs no count). */
function checkSize(name: string, json: string): void {
  if (json.length * 3 <= MAX_CARD_BYTES) return;
  const bytes = Buffer.byteLength(json);
  if (bytes > MAX_CARD_BYTES)
    throw new CardRenderError(name, `${bytes} bytes is over the ${MAX_CARD_BYTES}-byte limit`);
}

export function expandCardTemplate(name: string, template: object, data: object): AdaptiveCardJson {
  // Data without `${` needs no masking (the engines only read it; the card is copied below).
  const masked = hasUnresolved(data);
  const { value: expanded, fresh } = expandTemplate(name, template, masked ? mapStrings(data, mask) : data);
  if (fresh && !masked && expanded !== null && typeof expanded === 'object') {
    // The usual card: one walk, no copy. When none of its strings holds `${` (unresolved), `{{` (to
    // break) or a mask (to restore), it is complete as it is; it is serialized only if it could be
    // over budget (jsonScan.ts), else only once, when it is sent.
    const scan = scanJson(expanded, MARKERS);
    if (!scan.marked) {
      if ((expanded as { type?: unknown }).type !== 'AdaptiveCard')
        throw new CardRenderError(name, 'the template is not an AdaptiveCard');
      if (scan.bytesAtMost > MAX_CARD_BYTES) checkSize(name, JSON.stringify(expanded));
      return expanded as AdaptiveCardJson;
    }
  }
  const unresolved = { found: false };
  const braces = { found: false };
  const card = finish(expanded, unresolved, braces) as AdaptiveCardJson;
  if (braces.found) keepBracesLiteral(card);
  if (unresolved.found) {
    const found: string[] = [];
    findUnresolved(expanded, '', found);
    throw new CardRenderError(name, `unresolved template expression at ${found.join('; ')}`);
  }
  if (card.type !== 'AdaptiveCard') throw new CardRenderError(name, 'the template is not an AdaptiveCard');
  checkSize(name, JSON.stringify(card));
  return card;
}
