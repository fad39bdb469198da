/**
 * `kb triage evaluate` output: a table for the terminal (default), Markdown
 * for a report, or JSON with every figure.
 */
import { markdownTable } from 'markdown-table';
import type { Evaluation } from './evaluate-model.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function sections(e: Evaluation): { summary: string[]; languages: string[][]; labels: string[][]; confusion: string[][] } {
  const source = e.model !== null ? `model ${e.model}` : `${Math.round((e.holdout ?? 0) * 100)}% stratified holdout, seed ${e.seed}`;
  const summary = [
    `Accuracy ${pct(e.accuracy)} on ${e.n_test} tickets (${source}; ${e.n_train} trained on) — the playbook's target ${pct(e.target)} is ${e.meets_target ? 'met' : 'NOT met'}.`,
    `Majority baseline ${pct(e.baseline)} (always "${e.baseline_label}").`,
  ];
  const languages = [['language', 'accuracy', 'baseline', 'tickets'], ...Object.entries(e.by_language).map(([l, x]) => [l, pct(x.accuracy), pct(x.baseline), String(x.n)])];
  const labels = [['label', 'precision', 'recall', 'tickets'], ...Object.entries(e.per_label).map(([l, x]) => [l, pct(x.precision), pct(x.recall), String(x.n)])];
  const columns = [...new Set(Object.values(e.confusion).flatMap((row) => Object.keys(row)))];
  const confusion = [['agents \\ predicted', ...columns], ...Object.entries(e.confusion).map(([actual, row]) => [actual, ...columns.map((c) => String(row[c] ?? 0))])];
  return { summary, languages, labels, confusion };
}

/** The terminal table. */
export function formatEvaluationTable(e: Evaluation): string {
  const s = sections(e);
  return [
    ...s.summary,
    '',
    markdownTable(s.languages),
    '',
    markdownTable(s.labels),
    '',
    'Confusion (rows: the agents\' label, columns: predicted):',
    markdownTable(s.confusion),
    ...e.warnings.map((w) => `Note: ${w}`),
    '',
  ].join('\n');
}

/** Markdown for a report. */
export function formatEvaluationMarkdown(e: Evaluation): string {
  const s = sections(e);
  return [
    `# Auto-tagging accuracy: ${e.label_field}`,
    '',
    ...s.summary.map((line) => `${line}  `),
    '',
    '## By language',
    '',
    markdownTable(s.languages),
    '',
    '## By label',
    '',
    markdownTable(s.labels),
    '',
    '## Confusion matrix',
    '',
    'Rows are the agents\' labels, columns the predictions.',
    '',
    markdownTable(s.confusion),
    ...(e.warnings.length > 0 ? ['', ...e.warnings.map((w) => `- ${w}`)] : []),
    '',
  ].join('\n');
}

/** Every figure as JSON. */
export function formatEvaluationJson(e: Evaluation): string {
  return `${JSON.stringify(e, null, 2)}\n`;
}
