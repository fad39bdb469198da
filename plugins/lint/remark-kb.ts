/**
 * The linter as a remark preset, for editors (`.remarkrc.mjs`, read by the
 * remark language server and `remark` on the command line). It calls the
 * same lint core as `kb lint` and the build, so the messages are the same:
 * ids, positions, texts and severities, frontmatter YAML and MDX parse
 * errors included, with quick fixes (`expected`) where a fix replaces
 * exactly the flagged text.
 *
 * It applies only to articles — files under `<KB>/articles` of the KB found
 * by walking up to kb.config.yaml — and leaves every other Markdown file
 * (README, templates) alone. It never reformats: "Format Document" and
 * `remark --output` write the file back exactly as it was.
 */
import path from 'node:path';
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { pathToFileURL } from 'node:url';
import type { KbConfig } from '../config/kb-config-schema.ts';
import { articleExtension } from './article-syntax.ts';
import { editorSetup, findContentDir } from './editor-session.ts';
import { ARTICLES_DIR } from './kb-index.ts';
import { lintDocument } from './lint-core.ts';
import type { LintMessage } from './lint-message.ts';
import { parseArticle, type ParsedArticle } from './parse-article.ts';

export interface RemarkKbOptions {
  /** KB root holding `kb.config.yaml` and `articles/`; found from the file when omitted. */
  contentDir?: string;
  config?: KbConfig;
}

declare module 'vfile' {
  interface DataMap {
    kbParsed: ParsedArticle;
  }
}

const readme = pathToFileURL(path.resolve(new URL('../../README.md', import.meta.url).pathname)).href;

function articleRoot(file: VFile, options: RemarkKbOptions): string | undefined {
  if (!file.path || !articleExtension.test(file.path)) return undefined;
  const contentDir = options.contentDir ? path.resolve(options.contentDir) : findContentDir(file.path);
  if (!contentDir) return undefined;
  const relative = path.relative(path.join(contentDir, ARTICLES_DIR), path.resolve(file.path));
  return relative.startsWith('..') || path.isAbsolute(relative) ? undefined : contentDir;
}

function report(file: VFile, message: LintMessage, docsUrl: string): void {
  const vmessage = file.message(message.message, {
    place: { start: { line: message.line, column: message.column }, end: { line: message.endLine, column: message.endColumn } },
    ruleId: message.ruleId,
    source: 'kb',
  });
  vmessage.fatal = message.severity === 'error' ? true : message.severity === 'warning' ? false : undefined;
  vmessage.url = `${docsUrl}#${message.ruleId}`;
  const edit = message.fix?.edits.length === 1 ? message.fix.edits[0] : undefined;
  // The language server's quick fix replaces the diagnostic's range with `expected`.
  if (edit && edit.line === message.line && edit.column === message.column && edit.endLine === message.endLine && edit.endColumn === message.endColumn) {
    vmessage.expected = [edit.text];
  }
}

export const remarkKb: Plugin<[RemarkKbOptions?], Root> = function (options = {}) {
  // MDX for .mdx, CommonMark + GFM for .md, never throwing: a parse failure becomes a message with its position.
  this.parser = (document, file) => {
    const parsed = parseArticle(document, file.path ?? 'document.md');
    file.data.kbParsed = parsed;
    return parsed.tree;
  };
  // A linter, not a formatter: the text goes back out as it came in.
  this.compiler = (_tree, file) => String(file.value);
  return function (_tree, file) {
    const contentDir = articleRoot(file, options);
    if (!contentDir || !file.path) return;
    const setup = editorSetup(contentDir, options.config);
    const docsUrl = setup.config.lint.docs_url?.replace(/#.*$/, '') ?? readme;
    const { messages } = lintDocument(setup, path.resolve(file.path), { text: String(file.value) }, file.data.kbParsed);
    for (const message of messages) report(file, message, docsUrl);
  };
};

export default remarkKb;
