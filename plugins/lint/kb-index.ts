/**
 * What the linter knows about the whole KB beyond the file at hand: which
 * articles exist, their slugs, aliases, statuses and anchors. Built from
 * the article list; each article's facts come from this run, the cache, or
 * (for an article not linted in this run) a quick read of the file.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { slugOf } from '../article/slug.ts';
import type { ArticleFacts } from './article-facts.ts';

export const ARTICLES_DIR = 'articles';

/** Reads an article's facts; `frontmatter` reads only what its frontmatter says (much cheaper than a parse). */
export interface FactsLoader {
  facts(file: string): ArticleFacts | undefined;
  frontmatter(file: string): Pick<ArticleFacts, 'status' | 'aliases'> | undefined;
}

export class KbIndex {
  readonly contentDir: string;
  readonly articlesDir: string;
  readonly files: readonly string[];
  private readonly fileSet: Set<string>;
  private readonly slugs = new Map<string, string[]>();
  private readonly facts = new Map<string, ArticleFacts | null>();
  private readonly frontmatters = new Map<string, Pick<ArticleFacts, 'status' | 'aliases'> | null>();
  private readonly load: FactsLoader;
  private aliases?: Map<string, string[]>;
  private readonly localeOf: (file: string) => string | undefined;

  /** `localeOf` tells an article's locale from its path (undefined for an unconfigured locale's folder); one locale when left out. */
  constructor(contentDir: string, files: readonly string[], load: FactsLoader, localeOf: (file: string) => string | undefined = () => undefined) {
    this.contentDir = path.resolve(contentDir);
    this.articlesDir = path.join(this.contentDir, ARTICLES_DIR);
    this.files = files;
    this.fileSet = new Set(files);
    this.load = load;
    this.localeOf = localeOf;
    for (const file of files) {
      const slug = slugOf(file);
      const list = this.slugs.get(slug);
      if (list) list.push(file);
      else this.slugs.set(slug, [file]);
    }
  }

  /** True when the absolute path is an article of this KB. */
  isArticle(file: string): boolean {
    return this.fileSet.has(path.resolve(file));
  }

  /** True when any file (article, image…) exists at the absolute path. */
  exists(file: string): boolean {
    if (this.fileSet.has(file)) return true;
    try {
      return statSync(file).isFile();
    } catch {
      return false;
    }
  }

  /** Every article file with this slug, in every locale or in one (more than one in a locale is a conflict). */
  filesWithSlug(slug: string, locale?: string): readonly string[] {
    const all = this.slugs.get(slug) ?? [];
    return locale === undefined ? all : all.filter((file) => this.localeOf(file) === locale);
  }

  /**
   * Where a link from a translation lands: the file itself when it exists,
   * else the same path outside the locale folder (`articles/de/faq/x.mdx` →
   * `articles/faq/x.mdx`), so a translation links its siblings and falls
   * back to the source, and its images, while they are not translated.
   */
  linkTarget(file: string, fromFile: string): string {
    const folder = this.localeFolderOf(fromFile);
    if (folder === undefined || this.exists(file)) return file;
    const inLocale = path.join(this.articlesDir, folder);
    const relative = path.relative(inLocale, file);
    if (relative.startsWith('..') || path.isAbsolute(relative)) return file;
    const source = path.join(this.articlesDir, relative);
    return this.exists(source) ? source : file;
  }

  /** The locale folder a translation sits in ("de"); undefined for the default locale's articles. */
  private localeFolderOf(file: string): string | undefined {
    const absolute = path.resolve(file);
    const locale = this.localeOf(absolute);
    // An article directly under articles/ has the default locale.
    if (locale === undefined || locale === this.localeOf(path.join(this.articlesDir, 'any.mdx'))) return undefined;
    return path.relative(this.articlesDir, absolute).split(path.sep)[0];
  }

  /** The locale of an article of this KB, from its path. */
  localeOfFile(file: string): string | undefined {
    return this.localeOf(path.resolve(file));
  }

  /** Records the facts of an article linted in this run. */
  setFacts(facts: ArticleFacts): void {
    this.facts.set(facts.file, facts);
    this.aliases = undefined;
  }

  /** The facts of an article: recorded, or read on first request. */
  factsOf(file: string): ArticleFacts | undefined {
    const key = path.resolve(file);
    let facts = this.facts.get(key);
    if (facts === undefined) {
      facts = (this.fileSet.has(key) ? this.load.facts(key) : undefined) ?? null;
      this.facts.set(key, facts);
    }
    return facts ?? undefined;
  }

  /** Status and aliases of an article, from its facts when known, else from its frontmatter alone. */
  private frontmatterOf(file: string): Pick<ArticleFacts, 'status' | 'aliases'> | undefined {
    const key = path.resolve(file);
    const known = this.facts.get(key);
    if (known) return known;
    let light = this.frontmatters.get(key);
    if (light === undefined) {
      light = (this.fileSet.has(key) ? this.load.frontmatter(key) : undefined) ?? null;
      this.frontmatters.set(key, light);
    }
    return light ?? undefined;
  }

  /** An article's `status` (published when unset or unreadable). */
  statusOf(file: string): string {
    return this.frontmatterOf(file)?.status ?? 'published';
  }

  /** The anchors of an article. */
  anchorsOf(file: string): ReadonlySet<string> {
    return new Set(this.factsOf(file)?.anchors ?? []);
  }

  /** Which files claim each alias (reads every article's facts once). */
  aliasOwners(): Map<string, string[]> {
    if (!this.aliases) {
      const owners = new Map<string, string[]>();
      for (const file of this.files) {
        for (const alias of this.frontmatterOf(file)?.aliases ?? []) {
          const list = owners.get(alias.value);
          if (list) list.push(file);
          else owners.set(alias.value, [file]);
        }
      }
      this.aliases = owners;
    }
    return this.aliases;
  }
}
