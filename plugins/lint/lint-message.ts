/**
 * The shape of lint results outside unified: what the CLI formats, the build
 * gate prints and tests assert on. No `ancestors`, no AST nodes — results
 * stay small enough to write as JSON for thousands of files.
 */
export type MessageSeverity = 'error' | 'warning' | 'info';

export interface LintMessage {
  ruleId: string;
  severity: MessageSeverity;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

export interface FileResult {
  /** Path as given or relative to the working directory. */
  file: string;
  messages: LintMessage[];
}

export interface LintCounts {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  filesWithErrors: number;
}

/** Totals over a lint run, for summaries and exit codes. */
export function countMessages(results: readonly FileResult[]): LintCounts {
  const counts: LintCounts = { files: results.length, errors: 0, warnings: 0, infos: 0, filesWithErrors: 0 };
  for (const result of results) {
    let hasError = false;
    for (const m of result.messages) {
      if (m.severity === 'error') {
        counts.errors++;
        hasError = true;
      } else if (m.severity === 'warning') counts.warnings++;
      else counts.infos++;
    }
    if (hasError) counts.filesWithErrors++;
  }
  return counts;
}
