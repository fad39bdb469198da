/**
 * Human output: one line per message, `file:line:column  severity  message
 * rule-id`, then a summary of counts.
 */
import { countMessages, type FileResult } from '../lint-message.ts';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function formatText(results: readonly FileResult[], options: { maxWarnings?: number } = {}): string {
  const lines: string[] = [];
  for (const result of results) {
    for (const m of result.messages) {
      lines.push(`${result.file}:${m.line}:${m.column}  ${m.severity}  ${m.message}  ${m.ruleId}`);
    }
  }
  const c = countMessages(results);
  if (c.errors + c.warnings + c.infos === 0) {
    lines.push(`✔ ${plural(c.files, 'article')} checked: no problems.`);
  } else {
    const parts = [plural(c.errors, 'error'), plural(c.warnings, 'warning')];
    if (c.infos > 0) parts.push(plural(c.infos, 'note'));
    const mark = c.errors > 0 ? '✖' : '⚠';
    const tail = c.errors > 0 ? ` in ${plural(c.filesWithErrors, 'article')} — fix the errors before publishing.` : '.';
    if (lines.length > 0) lines.push('');
    lines.push(`${mark} ${plural(c.files, 'article')} checked: ${parts.join(', ')}${tail}`);
    if (options.maxWarnings !== undefined && c.warnings > options.maxWarnings) {
      lines.push(`✖ ${plural(c.warnings, 'warning')}, more than --max-warnings ${options.maxWarnings} allows.`);
    }
    if (c.fixable > 0) lines.push(`${plural(c.fixable, 'problem')} can be fixed with kb lint --fix.`);
  }
  return `${lines.join('\n')}\n`;
}
