/**
 * Reads the KB's articles for reports and search: raw frontmatter (not
 * validated, so hygiene can report missing tags instead of failing) and the
 * body as plain text without the boilerplate sections every article
 * shares ("Related articles", "Still stuck?"), which would make all
 * articles look alike to search and duplicate detection.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isoDay } from '../../plugins/article/article-schema.ts';
import { slugOf } from '../../plugins/article/slug.ts';
import { ARTICLES_DIR, listArticleFiles } from '../../plugins/lint/article-index.ts';
import type { KbConfig } from '../../plugins/config/kb-config-schema.ts';
import { loadConfig } from '../../plugins/config/load-config.ts';
import { articlePlace, defaultLocaleCode } from '../../plugins/locale/locales.ts';

/** One article as reports see it. Fields missing from the frontmatter are null or empty. */
export interface KbArticle {
  slug: string;
  /** Path relative to the content folder, with forward slashes. */
  file: string;
  title: string;
  summary: string;
  category: string | null;
  product_area: string | null;
  difficulty: string | null;
  owner: string | null;
  /** `YYYY-MM-DD`, or null when missing or not a date. */
  last_updated: string | null;
  status: string;
  keywords: string[];
  aliases: string[];
  /** Prose of the article without markup and without boilerplate sections. */
  body: string;
  /** The article's locale (ISO 639-1): the default locale's, or its translation's folder. */
  locale: string;
}

/** Sections every article ends with; they say nothing about the article's topic. */
const boilerplate = /^(related articles|still stuck\??)$/i;

const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const markdownParser = unified().use(remarkParse).use(remarkGfm);

/** Every article file with its locale and whether it is a translation; the configuration says which folders are locales. */
function articleFiles(root: string): Array<{ file: string; locale: string; translation: boolean }> {
  const articlesDir = path.join(root, ARTICLES_DIR);
  let config: KbConfig | undefined;
  try {
    config = loadConfig(root);
  } catch {
    // Reports also read KBs whose configuration the linter rejects: every article then counts as the default locale's.
  }
  return listArticleFiles(articlesDir).map((file) => {
    if (!config) return { file, locale: 'en', translation: false };
    const place = articlePlace(config, articlesDir, file);
    return { file, locale: place.locale ?? place.folder ?? defaultLocaleCode(config), translation: place.folder !== undefined };
  });
}

/**
 * Loads every `.mdx` article of the default locale under
 * `<contentDir>/articles`, sorted by file. Translations share their
 * source's slug; reports count a topic once, by its source.
 */
export function loadArticles(contentDir: string): KbArticle[] {
  const root = path.resolve(contentDir);
  return articleFiles(root).filter((f) => !f.translation).map((f) => loadArticle(f.file, root, f.locale));
}

/** The translations (articles under `articles/<code>/`), sorted by file. */
export function loadTranslatedArticles(contentDir: string): KbArticle[] {
  const root = path.resolve(contentDir);
  return articleFiles(root).filter((f) => f.translation).map((f) => loadArticle(f.file, root, f.locale));
}

/** Loads one article file. Unreadable frontmatter leaves the fields empty rather than failing. */
export function loadArticle(file: string, contentDir: string, locale = 'en'): KbArticle {
  const source = readFileSync(file, 'utf8');
  let data: Record<string, unknown> = {};
  let content = source;
  try {
    const parsed = matter(source);
    data = parsed.data as Record<string, unknown>;
    content = parsed.content;
  } catch {
    // The linter reports broken frontmatter; here the article just has no fields.
  }
  return {
    slug: slugOf(file),
    file: path.relative(contentDir, file).split(path.sep).join('/'),
    title: text(data.title) ?? '',
    summary: text(data.summary) ?? '',
    category: text(data.category),
    product_area: text(data.product_area),
    difficulty: text(data.difficulty),
    owner: text(data.owner),
    last_updated: day(data.last_updated),
    status: text(data.status) ?? 'published',
    keywords: list(data.keywords),
    aliases: list(data.aliases),
    body: bodyText(content),
    locale,
  };
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  return null;
}

function list(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim()) : [];
}

function day(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return isoDay(value);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim())) return value.trim();
  return null;
}

function bodyText(content: string): string {
  let tree: Root;
  try {
    tree = mdxParser.parse(content);
  } catch {
    tree = markdownParser.parse(content);
  }
  const kept: RootContent[] = [];
  let skipping = false;
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 2) skipping = boilerplate.test(toString(node).trim());
    if (!skipping && node.type !== 'yaml' && node.type !== 'mdxjsEsm') kept.push(node);
  }
  return kept.map((node) => toString(node)).join('\n').trim();
}
