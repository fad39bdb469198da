/**
 * Creates what a lint run needs for one KB: the configuration, the
 * language, the vocabulary and the index of every article (whose facts are
 * read from the files on first request when this run does not lint them).
 */
import path from 'node:path';
import type { KbConfig } from '../config/kb-config-schema.ts';
import { loadConfig } from '../config/load-config.ts';
import { scanArticleFiles, type SkippedPath } from './article-files.ts';
import { ARTICLES_DIR, KbIndex } from './kb-index.ts';
import { languagesFor } from './language/languages.ts';
import { localesOf } from '../locale/load-locales.ts';
import { articlePlace } from '../locale/locales.ts';
import { factsOfText, frontmatterFacts, type LintSetup } from './lint-core.ts';
import { readFrontmatter } from './frontmatter.ts';
import { readArticle } from './read-article.ts';
import { vocabularyOf } from './vocabulary.ts';

export interface SetupOptions {
  config?: KbConfig;
  /** Every article of the KB; scanned from `<contentDir>/articles` when omitted. */
  files?: readonly string[];
}

/** A lint setup and what the article scan left out. */
export function createSetup(contentDir: string, options: SetupOptions = {}): { setup: LintSetup; skipped: SkippedPath[] } {
  const root = path.resolve(contentDir);
  const config = options.config ?? loadConfig(root);
  const scan = options.files ? { files: [...options.files], skipped: [] } : scanArticleFiles(path.join(root, ARTICLES_DIR), root);
  const languageOf = languagesFor(config);
  const setup: LintSetup = {
    contentDir: root,
    config,
    language: languageOf(config.site.language.slice(0, 2)),
    languageOf,
    locales: localesOf(config, root),
    vocabulary: vocabularyOf(config),
    index: new KbIndex(root, scan.files, {
      facts(file) {
        const read = readArticle(file, file);
        return read.ok ? factsOfText(setup, file, read.text) : undefined;
      },
      frontmatter(file) {
        const read = readArticle(file, file);
        return read.ok ? frontmatterFacts(readFrontmatter(read.text, config)) : undefined;
      },
    }, (file) => articlePlace(config, path.join(root, ARTICLES_DIR), file).locale),
  };
  return { setup, skipped: scan.skipped };
}
