/**
 * Expands an Adaptive Card JSON template with adaptivecards-templating, with two guarantees:
 * - nothing unresolved reaches a user: any `${…}` left by the template is an error (CardRenderError),
 *   while `${…}` inside data (a customer named "${x}") is kept literally and is not an error;
 * - the card stays under the portable size budget (28 KB, see teams-stack.md §3.5).
 *
 * Data strings are never evaluated by the templating engine, and cards place untrusted text in
 * RichTextBlock TextRuns, which hosts do not treat as markdown (see cards/README.md).
 */
import { Template } from 'adaptivecards-templating';

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

function mapStrings(value: unknown, fn: (text: string) => string): unknown {
  if (typeof value === 'string') return fn(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, fn));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, fn)]));
  }
  return value;
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

export function expandCardTemplate(name: string, template: object, data: object): AdaptiveCardJson {
  const maskedData = mapStrings(data, (text) => text.split('${').join(MASK));
  const expanded: unknown = new Template(template).expand({ $root: maskedData });
  const unresolved: string[] = [];
  findUnresolved(expanded, '', unresolved);
  if (unresolved.length > 0)
    throw new CardRenderError(name, `unresolved template expression at ${unresolved.join('; ')}`);
  const card = mapStrings(expanded, (text) => text.split(MASK).join('${')) as AdaptiveCardJson;
  if (card.type !== 'AdaptiveCard') throw new CardRenderError(name, 'the template is not an AdaptiveCard');
  const bytes = Buffer.byteLength(JSON.stringify(card));
  if (bytes > MAX_CARD_BYTES)
    throw new CardRenderError(name, `${bytes} bytes is over the ${MAX_CARD_BYTES}-byte limit`);
  return card;
}
