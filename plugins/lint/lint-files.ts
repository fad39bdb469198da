/**
 * Runs the linter over files or text. One malformed file never stops the
 * others: a parse failure becomes a `parse-error` message for that file.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { KbConfig } from '../config/kb-config-schema.ts';
import { loadConfig } from '../config/load-config.ts';
import { explainParseError } from '../rules/parse-error.ts';
import { ArticleIndex } from './article-index.ts';
import { addMessage } from './define-rule.ts';
import type { FileResult, LintMessage, MessageSeverity } from './lint-message.ts';
import { remarkKb } from './remark-kb.ts';

export interface LintOptions {
  /** KB root with `kb.config.yaml` and `articles/`. */
  contentDir: string;
  config?: KbConfig;
  index?: ArticleIndex;
  /** How paths appear in results; defaults to relative to the working directory. */
  displayPath?: (file: string) => string;
}

export interface Linter {
  config: KbConfig;
  index: ArticleIndex;
  /** Lints text as if it were the file at `file` (which need not exist). */
  lintText(text: string, file: string): Promise<FileResult>;
  /** Reads and lints a file. */
  lintFile(file: string): Promise<FileResult>;
}

function severityOf(message: VFileMessage): MessageSeverity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info';
}

/** Strips a vfile message to the public shape (no ancestors, no nodes). */
export function toLintMessage(message: VFileMessage): LintMessage {
  const start = message.place && 'start' in message.place ? message.place.start : message.place;
  const end = message.place && 'end' in message.place ? message.place.end : start;
  return {
    ruleId: message.ruleId ?? 'unknown',
    severity: severityOf(message),
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    endLine: end?.line ?? start?.line ?? 1,
    endColumn: end?.column ?? start?.column ?? 1,
    message: message.reason,
  };
}

function byPosition(a: LintMessage, b: LintMessage): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message);
}

/** Creates a linter for one KB; config and index are loaded once and shared by every file. */
export function createLinter(options: LintOptions): Linter {
  const config = options.config ?? loadConfig(options.contentDir);
  const index = options.index ?? new ArticleIndex(options.contentDir);
  const display = options.displayPath ?? ((file: string) => path.relative(process.cwd(), file) || file);
  const processor = unified().use(remarkParse).use(remarkKb, { config, index }).freeze();

  async function lintText(text: string, file: string): Promise<FileResult> {
    const vfile = new VFile({ path: path.resolve(file), value: text });
    const severity = config.rules['parse-error'];
    try {
      const tree = processor.parse(vfile);
      await processor.run(tree, vfile);
    } catch (error) {
      vfile.messages.length = 0;
      if (severity !== 'off') {
        const { reason, line, column } = explainParseError(error);
        addMessage(vfile, 'parse-error', severity, reason, { line, column });
      }
    }
    const problems = vfile.data.frontmatterProblems;
    if (problems && severity !== 'off') {
      for (const yamlError of problems.yamlErrors) {
        const reason = `Frontmatter YAML does not parse: ${yamlError.message}. Check indentation, and quote values that contain ":" or "#"`;
        addMessage(vfile, 'parse-error', severity, reason, { line: yamlError.line, column: yamlError.column });
      }
    }
    return { file: display(vfile.path), messages: vfile.messages.map(toLintMessage).sort(byPosition) };
  }

  return {
    config,
    index,
    lintText,
    async lintFile(file: string) {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message;
        return {
          file: display(path.resolve(file)),
          messages: [{ ruleId: 'parse-error', severity: 'error', line: 1, column: 1, endLine: 1, endColumn: 1, message: `Cannot read this file: ${reason}` }],
        };
      }
      return lintText(text, file);
    },
  };
}

/** Lints many files in order; results come back in the same order. */
export async function lintFiles(files: readonly string[], options: LintOptions): Promise<FileResult[]> {
  const linter = createLinter(options);
  const results: FileResult[] = [];
  for (const file of files) results.push(await linter.lintFile(file));
  return results;
}
