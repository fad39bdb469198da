/**
 * Triage results as a terminal table, CSV (one row per ticket, flags and
 * secondary categories joined by `;`) or JSON. The table strips escape
 * sequences and control characters; CSV cells cannot become formulas.
 */
import { stringify } from 'csv-stringify/sync';
import { markdownTable } from 'markdown-table';
import { csvCell } from '../../plugins/text/csv-cell.ts';
import { terminalText } from '../../plugins/text/terminal-text.ts';
import type { TriageResult } from './triage-tickets.ts';

const columns = ['id', 'language', 'priority', 'category', 'secondary', 'sentiment', 'route', 'first_response_due', 'resolution_due', 'sla_state', 'flags'] as const;

/** A table for people: one row per ticket, then a count per priority and route. */
export function formatTriageTable(results: readonly TriageResult[]): string {
  if (results.length === 0) return 'No tickets to triage.\n';
  // Ticket ids and labels come from exports: nothing in them may drive the terminal or break the table.
  const cell = (text: string) => terminalText(text, { inline: true }).replace(/\|/g, '\\|');
  const rows = results.map((r) =>
    [r.id, r.language, r.priority, r.category, r.secondary.join(', '), r.sentiment, r.route, r.first_response_due.replace('T', ' '), r.resolution_due.replace('T', ' '), r.sla_state, r.flags.join(', ')].map(cell),
  );
  const count = (key: 'priority' | 'route' | 'sla_state' | 'language' | 'sentiment') => {
    const counts = new Map<string, number>();
    for (const r of results) counts.set(r[key], (counts.get(r[key]) ?? 0) + 1);
    return [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, n]) => `${k} ${n}`).join(' · ');
  };
  return (
    `${markdownTable([[...columns], ...rows])}\n\n` +
    `${results.length} ticket${results.length === 1 ? '' : 's'} · priority: ${count('priority')}\n` +
    `route: ${count('route')}\nSLA: ${count('sla_state')}\n` +
    `language: ${count('language')} · sentiment: ${count('sentiment')}\n` +
    'Run with --format json to see the rule behind every field.\n'
  );
}

/** CSV with a header row (and the model's label when a model is used); `reasons` are left to the JSON form. Cells a spreadsheet would run as formulas are neutralised. */
export function formatTriageCsv(results: readonly TriageResult[]): string {
  const predicted = results.some((r) => r.predicted !== undefined);
  return stringify(
    results.map((r) => ({ ...r, secondary: r.secondary.join(';'), flags: r.flags.join(';'), predicted: r.predicted?.label ?? '' })),
    { header: true, columns: predicted ? [...columns, 'predicted'] : [...columns], cast: { string: csvCell } },
  );
}

/** JSON: one object for a single ticket given as an object, else an array. */
export function formatTriageJson(results: readonly TriageResult[], single: boolean): string {
  return `${JSON.stringify(single && results.length === 1 ? results[0] : results, null, 2)}\n`;
}
