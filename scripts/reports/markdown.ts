/** Small Markdown writers for reports: tables and inline text that survive any content. */
import { escapeMarkdown } from '../../plugins/text/escape-markdown.ts';

/** Text safe inside a table cell or a list item: literal words, no markup, mentions or line breaks (see `escape-markdown.ts`). */
export function mdText(text: string): string {
  return escapeMarkdown(text);
}

/** A GitHub-flavoured Markdown table. */
export function mdTable(headers: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>, align?: ReadonlyArray<'left' | 'right'>): string {
  const line = (cells: ReadonlyArray<string | number>) => `| ${cells.map((c) => (typeof c === 'number' ? String(c) : c)).join(' | ')} |`;
  const rule = headers.map((_, i) => (align?.[i] === 'right' ? '---:' : '---'));
  return [line(headers), `| ${rule.join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** `0.423` → `42%`. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** `0.423` → `42%`; null → `—`. */
export function mdPercent(share: number | null): string {
  return share === null ? '—' : percent(share);
}

/** A number or `—`. */
export function mdNumber(value: number | null): string {
  return value === null ? '—' : String(value);
}
