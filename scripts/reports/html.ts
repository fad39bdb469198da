/**
 * Small HTML writers for reports: one self-contained page (inline CSS and
 * SVG charts, no scripts) that opens from disk or as a CI artifact.
 */

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A table; cells are text unless wrapped with {@link raw}. */
export function htmlTable(headers: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | Raw>>, numeric: readonly number[] = []): string {
  const cell = (value: string | number | Raw, tag: 'td' | 'th', index: number) =>
    `<${tag}${numeric.includes(index) ? ' class="num"' : ''}>${isRaw(value) ? value.html : escapeHtml(String(value))}</${tag}>`;
  return `<table>\n<thead><tr>${headers.map((h, i) => cell(h, 'th', i)).join('')}</tr></thead>\n<tbody>\n${rows
    .map((row) => `<tr>${row.map((v, i) => cell(v, 'td', i)).join('')}</tr>`)
    .join('\n')}\n</tbody>\n</table>`;
}

/** HTML that is already safe (a chart, a link built with escaped parts). */
export interface Raw {
  html: string;
}

/** Marks trusted HTML. */
export function raw(html: string): Raw {
  return { html };
}

function isRaw(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && 'html' in value;
}

/** The inline stylesheet of every report page (its hash is in the site's Content-Security-Policy, so a report shows styled in the dashboard's frame). */
export const REPORT_STYLE = `
  body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; max-width: 72rem; margin: 2rem auto; padding: 0 1rem; }
  h1 { font-size: 1.6rem; } h2 { margin-top: 2.2rem; border-bottom: 1px solid #d0d7de; padding-bottom: .3rem; } h3 { margin-top: 1.6rem; }
  table { border-collapse: collapse; width: 100%; margin: .8rem 0; font-size: .92rem; }
  th, td { border: 1px solid #d0d7de; padding: .35rem .55rem; text-align: left; vertical-align: top; }
  th { background: #f6f8fa; } td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
  .tag { display: inline-block; padding: 0 .45rem; border-radius: 1rem; font-size: .8rem; border: 1px solid #d0d7de; }
  .create { background: #ffebe9; } .improve { background: #fff8c5; } .discoverability { background: #ddf4ff; } .covered { background: #dafbe1; }
  .muted { color: #59636e; } figure { margin: 1rem 0; overflow-x: auto; } figcaption { color: #59636e; font-size: .85rem; }
  ul.examples { margin: .2rem 0; }
`;

/** A complete page. */
export function htmlPage(title: string, body: string, language = 'en'): string {
  return `<!doctype html>
<html lang="${escapeHtml(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${REPORT_STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** A chart in a figure with a caption. */
export function htmlFigure(svg: string, caption: string): string {
  return `<figure>${svg}<figcaption>${escapeHtml(caption)}</figcaption></figure>`;
}
