/**
 * `kb lint --metrics`: each article's reading grade, words, sentences,
 * steps and hardest sentences — for passing articles too — as a table, or
 * with `--format json` as an array (schema:
 * `plugins/lint/formatters/schemas/lint-metrics.schema.json`).
 */
import { markdownTable } from 'markdown-table';
import type { ArticleMetrics } from '../article-metrics.ts';
import { countMessages, type FileResult } from '../lint-message.ts';

export interface MeasuredFile extends FileResult {
  metrics: ArticleMetrics;
}

/** The metrics array: one object per article, in lint order. */
export function metricsJson(results: readonly MeasuredFile[]): string {
  const rows = results.map((r) => {
    const counts = countMessages([r]);
    return { file: r.file, passed: counts.errors === 0, errors: counts.errors, warnings: counts.warnings, ...r.metrics };
  });
  return `${JSON.stringify(rows, null, 2)}\n`;
}

/** The metrics table, then each article's hardest sentences. */
export function metricsTable(results: readonly MeasuredFile[]): string {
  const rows = results.map((r) => {
    const m = r.metrics;
    const counts = countMessages([r]);
    return [r.file, m.grade === null ? '—' : m.grade.toFixed(1), String(m.words), String(m.sentences), String(m.steps), String(m.procedures), counts.errors === 0 ? 'yes' : 'no'];
  });
  const table = markdownTable([['article', 'grade', 'words', 'sentences', 'longest procedure', 'procedures', 'passes'], ...rows], { align: ['l', 'r', 'r', 'r', 'r', 'r', 'l'] });
  const hardest: string[] = [];
  for (const r of results) {
    if (r.metrics.hardest.length === 0) continue;
    hardest.push(`${r.file}:`);
    for (const s of r.metrics.hardest) hardest.push(`  ${s.line}:${s.column}  grade ${s.grade.toFixed(1)}  ${s.text}`);
  }
  // A help center in several languages scores each article with its language's formula.
  const formulas = [...new Set(results.map((r) => r.metrics.formula))];
  const named = formulas.length === 0 ? 'Flesch-Kincaid' : formulas.join(' or ');
  const which = formulas.length > 1 ? " (each article's language decides which)" : '';
  return `${table}\n\nGrades are ${named} grades of each article's prose${which}. Hardest sentences:\n${hardest.join('\n') || '  (none)'}\n`;
}
