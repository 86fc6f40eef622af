/**
 * Rich text for the templates: a paragraph is a list of TextRuns. Data (names, domains, reasons)
 * always sits in a TextRun of its own, which Teams does not read as markdown.
 */
import { format, formatParts, text, type Locale, type Params, type StringKey } from './strings';

export interface Run {
  text: string;
  weight: 'Default' | 'Bolder';
}

/** A template paragraph: `{ runs }`, rendered as one RichTextBlock. */
export interface Paragraph {
  runs: Run[];
}

export function run(value: string, bold = false): Run {
  return { text: value, weight: bold ? 'Bolder' : 'Default' };
}

/** The string `key` as runs; the values of the placeholders named in `bold` are bold. */
export function runs(
  locale: Locale,
  key: StringKey,
  params: Params = {},
  bold: readonly string[] = [],
): Run[] {
  return formatParts(locale, key, params).map((part) =>
    run(part.text, part.param !== undefined && bold.includes(part.param)),
  );
}

export function paragraph(...items: Run[][]): Paragraph {
  const joined: Run[] = [];
  for (const [index, item] of items.entries()) {
    if (index > 0 && item.length > 0) joined.push(run(' '));
    joined.push(...item);
  }
  return { runs: joined };
}

/** "Client:" in English, "Client :" (narrow no-break space) in French: a label before its value. */
export function labelled(locale: Locale, label: string): string {
  return format(locale, 'common.label', { label });
}

/** "Label: value" with the label in bold; the value is data or a formatted word. */
export function fact(locale: Locale, label: StringKey, value: string): Paragraph {
  return { runs: [run(`${labelled(locale, text(locale, label))} `, true), run(value === '' ? '—' : value)] };
}
