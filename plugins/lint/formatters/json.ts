/** Machine output: `[{ file, messages: [{ ruleId, severity, line, column, endLine, endColumn, message }] }]`. */
import type { FileResult } from '../lint-message.ts';

export function formatJson(results: readonly FileResult[]): string {
  return `${JSON.stringify(results, null, 2)}\n`;
}
