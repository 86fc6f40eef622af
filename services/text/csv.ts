/**
 * CSV as RFC 4180 writes it (comma-separated, CRLF line ends, a field quoted when it holds a comma, a
 * double quote, CR or LF, quotes doubled inside), with spreadsheet formula injection neutralised: a
 * cell that starts with = + - @, a tab or a carriage return gets a leading apostrophe, so Excel, Calc
 * and Sheets show it as text instead of evaluating it. Starts with a UTF-8 byte order mark so that
 * Excel reads accents (Hungarian, Polish, French names) correctly.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell: neutralised, then quoted if needed. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole document: the header row, then one row per record. */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const line = (cells: readonly unknown[]) =>
    cells.map((cell) => csvCell(cell as string | number | boolean | null | undefined)).join(',');
  return `\ufeff${[line(header), ...rows.map(line)].join('\r\n')}\r\n`;
}
