/**
 * `--format json-report`: `{ version: 1, tool, summary, files }` — every
 * message with its `fix` when it has one, per-file counts, and (with
 * `--metrics`) each article's metrics. Schema:
 * `plugins/lint/formatters/schemas/lint-report.schema.json`.
 */
import type { ArticleMetrics } from '../article-metrics.ts';
import { countMessages, type FileResult, type LintCounts, type LintMessage } from '../lint-message.ts';

export interface ReportFile extends FileResult {
  metrics?: ArticleMetrics;
}

export interface JsonReport {
  version: 1;
  tool: { name: string; version: string };
  summary: LintCounts & { maxWarnings: number | null; passed: boolean };
  files: Array<{ file: string; errors: number; warnings: number; infos: number; messages: LintMessage[]; metrics?: ArticleMetrics }>;
}

export function formatJsonReport(results: readonly ReportFile[], options: { version: string; maxWarnings?: number; withMetrics?: boolean }): string {
  const counts = countMessages(results);
  const maxWarnings = options.maxWarnings ?? null;
  const report: JsonReport = {
    version: 1,
    tool: { name: 'kb lint', version: options.version },
    summary: {
      ...counts,
      maxWarnings,
      passed: counts.errors === 0 && (maxWarnings === null || counts.warnings <= maxWarnings),
    },
    files: results.map((result) => {
      const own = countMessages([result]);
      return {
        file: result.file,
        errors: own.errors,
        warnings: own.warnings,
        infos: own.infos,
        messages: result.messages,
        ...(options.withMetrics && result.metrics ? { metrics: result.metrics } : {}),
      };
    }),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
