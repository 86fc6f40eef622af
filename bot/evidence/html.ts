/**
 * HTML built safely: the `html` tagged template escapes every interpolated value (& < > " ') unless it
 * is itself `html` output, so a customer named `<script>` is shown as text, in element content and in
 * attribute values alike. Arrays are joined; null, undefined and false render as nothing.
 */

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

function render(value: unknown): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(typeof value === 'string' ? value : JSON.stringify(value));
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return new Html(out);
}

/** The styles of the bot's own pages: readable on screen, on one column when printed, no asset fetched. */
export const PAGE_STYLE = `
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b; margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h3 { font-size: 1rem; margin: 1rem 0 .4rem; }
h2 { font-size: 1.15rem; margin: 1.75rem 0 .5rem; border-bottom: 1px solid #ccc; padding-bottom: .2rem; }
dl { display: grid; grid-template-columns: minmax(10rem, max-content) 1fr; gap: .2rem 1rem; margin: 0; }
dt { font-weight: 600; }
dd { margin: 0; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border: 1px solid #ccc; padding: .3rem .45rem; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
.id, .hash, .iso { font-family: ui-monospace, Consolas, monospace; font-size: .8rem; word-break: break-all; }
.muted, .iso { color: #595959; }
.ok { color: #0b6a0b; } .broken { color: #a4262c; font-weight: 600; }
blockquote { margin: .5rem 0; padding: .5rem 1rem; border-left: 3px solid #999; background: #fafafa; }
@media print {
  body { font-size: 11pt; } main { max-width: none; padding: 0; } .screen { display: none; }
  h2 { break-after: avoid; } tr, dl { break-inside: avoid; }
}
@page { margin: 15mm; }
`;

/**
 * A whole page in `locale`: the head every page of the signed links has (no referrer, not indexed,
 * the one inline style) and `main` as its content.
 */
export function htmlPage(locale: string, title: string, main: Html): string {
  return `<!doctype html>\n${
    html`<html lang="${locale}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <meta name="robots" content="noindex" />
        <title>${title}</title>
        <style>
          ${new Html(PAGE_STYLE)}
        </style>
      </head>
      <body>
        <main>${main}</main>
      </body>
    </html>`.value
  }\n`;
}
