/**
 * `--format json`: the top-level array tools already read,
 * `[{ file, messages: [{ ruleId, severity, line, column, endLine, endColumn, message }] }]`
 * (schema: `plugins/lint/formatters/schemas/lint-results.schema.json`).
 * Fixes and the summary are in `--format json-report`.
 */
import type { FileResult } from '../lint-message.ts';

export function formatJson(results: readonly FileResult[]): string {
  const plain = results.map((result) => ({
    file: result.file,
    messages: result.messages.map(({ ruleId, severity, line, column, endLine, endColumn, message }) => ({ ruleId, severity, line, column, endLine, endColumn, message })),
  }));
  return `${JSON.stringify(plain, null, 2)}\n`;
}
