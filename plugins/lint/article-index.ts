/**
 * What the linter knows about the whole KB beyond the file at hand: which
 * articles exist, their slugs, aliases and heading anchors. Built once per
 * run from the file list; frontmatter and anchors are read lazily, only when
 * a rule asks for them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import matter from 'gray-matter';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { slugOf } from '../article/slug.ts';
import { indexNodes } from './node-index.ts';

export const ARTICLES_DIR = 'articles';

/** Lists every `.mdx` article under a folder, sorted, as absolute paths. */
export function listArticleFiles(articlesDir: string): string[] {
  if (!existsSync(articlesDir)) return [];
  return readdirSync(articlesDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => path.resolve(articlesDir, name))
    .sort();
}

const headingParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** The anchor ids of headings (in document order), as the site generates them. */
export function anchorsOfHeadings(headings: Iterable<Heading>): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  for (const heading of headings) anchors.add(slugger.slug(toString(heading)));
  return anchors;
}

/** The anchor ids of a tree's headings. */
export function anchorsOfTree(tree: Root): Set<string> {
  return anchorsOfHeadings((indexNodes(tree).get('heading') ?? []) as Heading[]);
}

export class ArticleIndex {
  readonly contentDir: string;
  readonly articlesDir: string;
  readonly files: readonly string[];
  private readonly fileSet: Set<string>;
  private readonly slugs = new Map<string, string[]>();
  private readonly anchorCache = new Map<string, Set<string>>();
  private frontmatterCache?: Map<string, { aliases: string[]; status: string }>;

  constructor(contentDir: string, files?: readonly string[]) {
    this.contentDir = path.resolve(contentDir);
    this.articlesDir = path.join(this.contentDir, ARTICLES_DIR);
    this.files = files ?? listArticleFiles(this.articlesDir);
    this.fileSet = new Set(this.files);
    for (const file of this.files) {
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

  /** Every article file with this slug (more than one is a conflict). */
  filesWithSlug(slug: string): readonly string[] {
    return this.slugs.get(slug) ?? [];
  }

  /** Heading anchors of an article, read on first request. */
  anchorsOf(file: string): Set<string> {
    const key = path.resolve(file);
    let anchors = this.anchorCache.get(key);
    if (!anchors) {
      anchors = anchorsOfTree(headingParser.parse(readFileSync(key, 'utf8')));
      this.anchorCache.set(key, anchors);
    }
    return anchors;
  }

  /** Aliases and status of every article, read with gray-matter on first request (rules rarely need them). */
  private frontmatters(): Map<string, { aliases: string[]; status: string }> {
    if (!this.frontmatterCache) {
      const all = new Map<string, { aliases: string[]; status: string }>();
      for (const file of this.files) {
        let data: Record<string, unknown>;
        try {
          data = matter(readFileSync(file, 'utf8')).data;
        } catch {
          continue; // An unparsable file gets its own parse-error; it claims nothing here.
        }
        const aliases = Array.isArray(data.aliases) ? data.aliases.filter((a): a is string => typeof a === 'string') : [];
        all.set(file, { aliases, status: typeof data.status === 'string' ? data.status : 'published' });
      }
      this.frontmatterCache = all;
    }
    return this.frontmatterCache;
  }

  /** An article's `status` (published when unset or unreadable). */
  statusOf(file: string): string {
    return this.frontmatters().get(path.resolve(file))?.status ?? 'published';
  }

  /** Which files claim each alias. */
  aliasOwners(): Map<string, string[]> {
    const owners = new Map<string, string[]>();
    for (const [file, { aliases }] of this.frontmatters()) {
      for (const alias of aliases) {
        const list = owners.get(alias);
        if (list) list.push(file);
        else owners.set(alias, [file]);
      }
    }
    return owners;
  }
}
