/** What the weekly report says about lint: totals, the rules that fire most, the files with most errors. */
import path from 'node:path';
import { countMessages, type FileResult, type LintCounts } from '../../plugins/lint/lint-message.ts';

/** Lint at a glance. */
export interface LintSummary extends LintCounts {
  rules: Array<{ rule: string; errors: number; warnings: number }>;
  worst_files: Array<{ file: string; errors: number; warnings: number }>;
}

export function summarizeLint(results: readonly FileResult[], contentDir: string, top = 10): LintSummary {
  const rules = new Map<string, { rule: string; errors: number; warnings: number }>();
  const files = results.map((result) => {
    let errors = 0;
    let warnings = 0;
    for (const m of result.messages) {
      const entry = rules.get(m.ruleId) ?? { rule: m.ruleId, errors: 0, warnings: 0 };
      if (m.severity === 'error') {
        errors++;
        entry.errors++;
      } else if (m.severity === 'warning') {
        warnings++;
        entry.warnings++;
      }
      rules.set(m.ruleId, entry);
    }
    const file = path.relative(contentDir, path.resolve(result.file)).split(path.sep).join('/');
    return { file, errors, warnings };
  });
  return {
    ...countMessages(results),
    rules: [...rules.values()].filter((r) => r.errors + r.warnings > 0).sort((a, b) => b.errors - a.errors || b.warnings - a.warnings || (a.rule < b.rule ? -1 : 1)),
    worst_files: files
      .filter((f) => f.errors + f.warnings > 0)
      .sort((a, b) => b.errors - a.errors || b.warnings - a.warnings || (a.file < b.file ? -1 : 1))
      .slice(0, top),
  };
}
