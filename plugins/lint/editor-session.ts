/**
 * The lint setup of a KB for a long-running process (the language server):
 * the article list is scanned again on every check, so a new or renamed
 * article is seen at once; the configuration is reloaded when
 * kb.config.yaml changes; other articles' facts are read again when their
 * file changes (by modification time and size).
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { KbConfig } from '../config/kb-config-schema.ts';
import { CONFIG_FILE, loadConfig } from '../config/load-config.ts';
import type { ArticleFacts } from './article-facts.ts';
import { scanArticleFiles } from './article-files.ts';
import { ARTICLES_DIR, KbIndex } from './kb-index.ts';
import { languagesFor } from './language/languages.ts';
import type { LintLanguage } from './language/lint-language.ts';
import { localesOf } from '../locale/load-locales.ts';
import { articlePlace } from '../locale/locales.ts';
import { factsOfText, frontmatterFacts, type LintSetup } from './lint-core.ts';
import { readFrontmatter } from './frontmatter.ts';
import { readArticle } from './read-article.ts';
import { vocabularyOf } from './vocabulary.ts';

interface Session {
  config: KbConfig;
  languageOf: (code: string) => LintLanguage;
  configStamp: string;
  facts: Map<string, { stamp: string; facts: ArticleFacts | undefined }>;
  frontmatters: Map<string, { stamp: string; facts: Pick<ArticleFacts, 'status' | 'aliases'> | undefined }>;
}

const sessions = new Map<string, Session>();

function stampOf(file: string): string {
  try {
    const stat = statSync(file);
    return `${stat.mtimeMs}:${stat.size}`;
  } catch {
    return 'missing';
  }
}

/** Walks up from a file to the folder that holds `kb.config.yaml` (or a `content/` folder that does). */
export function findContentDir(file: string): string | undefined {
  let dir = path.dirname(path.resolve(file));
  for (;;) {
    if (existsSync(path.join(dir, CONFIG_FILE))) return dir;
    const content = path.join(dir, 'content');
    if (existsSync(path.join(content, CONFIG_FILE))) return content;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** A fresh setup for the KB at `contentDir`, reusing what has not changed since the last check. */
export function editorSetup(contentDir: string, config?: KbConfig): LintSetup {
  const root = path.resolve(contentDir);
  const configFile = path.join(root, CONFIG_FILE);
  const configStamp = stampOf(configFile);
  let session = sessions.get(root);
  if (!session || (!config && session.configStamp !== configStamp) || (config && session.config !== config)) {
    const loaded = config ?? loadConfig(root);
    session = { config: loaded, languageOf: languagesFor(loaded), configStamp, facts: new Map(), frontmatters: new Map() };
    sessions.set(root, session);
  }
  const current = session;
  const { files } = scanArticleFiles(path.join(root, ARTICLES_DIR), root);
  const setup: LintSetup = {
    contentDir: root,
    config: current.config,
    language: current.languageOf(current.config.site.language.slice(0, 2)),
    languageOf: current.languageOf,
    locales: localesOf(current.config, root),
    vocabulary: vocabularyOf(current.config),
    index: new KbIndex(root, files, {
      facts(file) {
        const stamp = stampOf(file);
        const known = current.facts.get(file);
        if (known && known.stamp === stamp) return known.facts;
        const read = readArticle(file, file);
        const facts = read.ok ? factsOfText(setup, file, read.text) : undefined;
        current.facts.set(file, { stamp, facts });
        return facts;
      },
      frontmatter(file) {
        const stamp = stampOf(file);
        const known = current.facts.get(file) ?? current.frontmatters.get(file);
        if (known && known.stamp === stamp) return known.facts;
        const read = readArticle(file, file);
        const facts = read.ok ? frontmatterFacts(readFrontmatter(read.text, current.config)) : undefined;
        current.frontmatters.set(file, { stamp, facts });
        return facts;
      },
    }, (file) => articlePlace(current.config, path.join(root, ARTICLES_DIR), file).locale),
  };
  return setup;
}
