/**
 * The shape of lint results outside unified: what the CLI formats, the build
 * gate prints, the editor preset turns into diagnostics and tests assert on.
 * No `ancestors`, no AST nodes — results stay small enough to write as JSON
 * for thousands of files and to keep in the cache.
 */
export type MessageSeverity = 'error' | 'warning' | 'info';

/** One text replacement: the source range (1-based line/column, 0-based offsets) and the text to put there. */
export interface LintEdit {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  offset: number;
  endOffset: number;
  text: string;
}

/** A mechanical fix for a message (`kb lint --fix`, the editor's quick fix, SARIF `fixes`). */
export interface LintFix {
  /** What the fix does, in the writer's words: `Replace "SSO" with "single sign-on"`. */
  description: string;
  /** Non-overlapping edits, in document order. */
  edits: LintEdit[];
}

export interface LintMessage {
  ruleId: string;
  severity: MessageSeverity;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  fix?: LintFix;
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
  /** Messages that carry a fix. */
  fixable: number;
}

/** Totals over a lint run, for summaries and exit codes. */
export function countMessages(results: readonly FileResult[]): LintCounts {
  const counts: LintCounts = { files: results.length, errors: 0, warnings: 0, infos: 0, filesWithErrors: 0, fixable: 0 };
  for (const result of results) {
    let hasError = false;
    for (const m of result.messages) {
      if (m.severity === 'error') {
        counts.errors++;
        hasError = true;
      } else if (m.severity === 'warning') counts.warnings++;
      else counts.infos++;
      if (m.fix) counts.fixable++;
    }
    if (hasError) counts.filesWithErrors++;
  }
  return counts;
}

/** Orders messages by position, then rule and text, so output is deterministic. */
export function byPosition(a: LintMessage, b: LintMessage): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message);
}
