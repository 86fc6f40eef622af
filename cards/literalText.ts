/**
 * Adaptive Cards renderers replace `{{DATE(…)}}` and `{{TIME(…)}}` in the text they show (TextBlock,
 * TextRun, facts, input labels and error messages, choice titles) by a formatted date. Data is never
 * evaluated (cards/README.md): a WORD JOINER (U+2060, invisible, no width) between the two braces keeps
 * such text literal. Applied once, to the finished card, by cards/cardTemplate.ts.
 */
const BRACES = /\{(?=\{)/g;
const WORD_JOINER = '\u2060';

/** The properties whose text renderers format; a fact's `value` is shown too, an input's is not. */
const SHOWN = new Set(['text', 'title', 'label', 'errorMessage', 'placeholder', 'fallbackText']);

export function showLiterally(text: string): string {
  return text.includes('{{') ? text.replace(BRACES, `{${WORD_JOINER}`) : text;
}

/** Breaks `{{` in every shown string of `card`, in place (action data and input values stay as they are). */
export function keepBracesLiteral(card: unknown, inFacts = false): void {
  if (Array.isArray(card)) {
    for (const item of card) keepBracesLiteral(item, inFacts);
    return;
  }
  if (!card || typeof card !== 'object') return;
  const node = card as Record<string, unknown>;
  for (const [key, value] of Object.entries(node)) {
    if (typeof value === 'string') {
      if (SHOWN.has(key) || (inFacts && key === 'value')) node[key] = showLiterally(value);
    } else if (key !== 'data') keepBracesLiteral(value, key === 'facts');
  }
}
