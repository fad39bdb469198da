/**
 * What `kb lint` does, as a function the CLI and the build gate share:
 * lint, print in the chosen format, return the exit code.
 */
import { readFileSync } from 'node:fs';
import { ArticleIndex } from '../../plugins/lint/article-index.ts';
import { formatJson } from '../../plugins/lint/formatters/json.ts';
import { formatSarif } from '../../plugins/lint/formatters/sarif.ts';
import { formatText } from '../../plugins/lint/formatters/text.ts';
import { lintFiles } from '../../plugins/lint/lint-files.ts';
import { countMessages, type FileResult } from '../../plugins/lint/lint-message.ts';
import { loadKbConfig } from '../lib/load-kb-config.ts';
import { resolveTargets } from '../lib/resolve-targets.ts';

export interface RunLintOptions {
  paths: readonly string[];
  contentDir: string;
  format: 'text' | 'json' | 'sarif';
  quiet?: boolean;
  write?: (text: string) => void;
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

/** Lints the KB (or the given paths); returns every file's result. Throws UserError on bad config or paths. */
export async function lintKb(paths: readonly string[], contentDir: string): Promise<FileResult[]> {
  const config = loadKbConfig(contentDir);
  const index = new ArticleIndex(contentDir);
  const files = resolveTargets(paths, index.articlesDir);
  return lintFiles(files, { contentDir, config, index });
}

/** Runs `kb lint` and returns its exit code. */
export async function runLint(options: RunLintOptions): Promise<number> {
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  const results = await lintKb(options.paths, options.contentDir);
  const shown = options.quiet
    ? results.map((r) => ({ ...r, messages: r.messages.filter((m) => m.severity === 'error') }))
    : results;
  if (options.format === 'json') write(formatJson(shown));
  else if (options.format === 'sarif') write(formatSarif(shown, packageVersion()));
  else write(formatText(shown));
  return countMessages(results).errors > 0 ? 1 : 0;
}
