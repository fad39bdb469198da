/**
 * The Sätteri mdast plugin every article is rendered with (Astro 7 renders
 * MDX with Sätteri, which runs no remark plugins). It rewrites links to site
 * addresses, makes tables keyboard-scrollable, turns GitHub-style alerts
 * (`> [!TIP]`, `> [!NOTE]`, `> [!WARNING]`) into the callouts MDX articles
 * write as `<Tip>`, gives a Markdown heading written `## Title {#id}` the
 * id `id` (without the braces in its text), and lifts two sections out of
 * the body for the page layout:
 * "Related articles" becomes cards (so the body's list is removed) and the
 * "Quick answer" text feeds the FAQ structured data.
 *
 * It never fails a build: the lint gate has already checked every article
 * before Astro starts, so here a missing section simply yields nothing.
 */
import { fileURLToPath } from 'node:url';
import type { Parents, Root, RootContent } from 'mdast';
import type { MdastPluginEntry, MdastVisitorContext } from 'satteri';
import { slugOf } from '../../../plugins/article/slug.ts';
import { resolveLink } from '../../../plugins/lint/resolve-link.ts';
import { SECTION, sectionKey } from '../../../plugins/lint/sections.ts';
import type { SitePaths } from '../site-paths.ts';
import { rewriteArticleLink } from './article-links.ts';

/** What the plugin adds to an article's frontmatter (`remarkPluginFrontmatter` in Astro). */
export interface ArticleExtras {
  /** Slugs of the articles linked under "Related articles", in order, without repeats. */
  kbRelated: string[];
  /** Plain text of the "Quick answer" section. */
  kbQuickAnswer: string;
}

export interface KbMdastPluginOptions {
  paths: SitePaths;
  /** Only files under this folder are articles; anything else is left alone. */
  articlesDir: string;
  /** A translation's addresses and section headings (configured name → heading); the default locale's when undefined. */
  localeOf?: (file: string) => { paths: SitePaths; sections: ReadonlyMap<string, string> } | undefined;
}

function linksIn(node: RootContent | Parents, into: string[]): void {
  if (node.type === 'link') into.push(node.url);
  if ('children' in node) for (const child of node.children) linksIn(child as RootContent, into);
}

/** Splits the root's children into `##` sections keyed by normalized heading text. */
function sectionsOf(root: Readonly<Root>, ctx: MdastVisitorContext): Map<string, RootContent[]> {
  const sections = new Map<string, RootContent[]>();
  let current: RootContent[] | undefined;
  for (const node of root.children) {
    if (node.type === 'heading' && node.depth <= 2) {
      current = node.depth === 2 ? [node] : undefined;
      if (current) sections.set(sectionKey(ctx.textContent(node)), current);
      continue;
    }
    current?.push(node);
  }
  return sections;
}

/** GitHub alert markers and the callout each becomes (IMPORTANT reads as a note, CAUTION as a warning). */
const ALERTS: Record<string, { kind: 'tip' | 'note' | 'warning'; title: string }> = {
  TIP: { kind: 'tip', title: 'Tip' },
  NOTE: { kind: 'note', title: 'Note' },
  IMPORTANT: { kind: 'note', title: 'Note' },
  WARNING: { kind: 'warning', title: 'Warning' },
  CAUTION: { kind: 'warning', title: 'Warning' },
};
const alertMarker = /^\[!(TIP|NOTE|IMPORTANT|WARNING|CAUTION)\][ \t]*\n?/i;

/** Creates the plugin; Sätteri calls the returned factory once per document. */
export function kbMdastPlugin(options: KbMdastPluginOptions): MdastPluginEntry {
  const articlesDir = options.articlesDir.endsWith('/') ? options.articlesDir : `${options.articlesDir}/`;
  return (document) => {
    if (!document.fileURL) return null;
    const file = fileURLToPath(document.fileURL);
    if (!file.startsWith(articlesDir)) return null;
    const locale = options.localeOf?.(file);
    const paths = locale?.paths ?? options.paths;
    const heading = (name: string) => sectionKey(locale?.sections.get(name) ?? name);
    return {
      name: 'kb-article',
      before(root, ctx) {
        const sections = sectionsOf(root, ctx);
        const relatedSection = sections.get(heading(SECTION.related)) ?? [];
        const related: string[] = [];
        for (const node of relatedSection) {
          const urls: string[] = [];
          linksIn(node, urls);
          for (const url of urls) {
            const target = resolveLink(url, file);
            if (target.kind === 'file' && target.isArticle) {
              const slug = slugOf(target.file);
              if (!related.includes(slug)) related.push(slug);
            }
          }
        }
        // The list becomes cards in the layout; keep the section when it links nothing we can show.
        if (related.length > 0) for (const node of relatedSection) ctx.removeNode(node);
        const quick = (sections.get(heading(SECTION.quickAnswer)) ?? [])
          .slice(1)
          .filter((node) => node.type === 'paragraph')
          .map((node) => ctx.textContent(node).trim())
          .join(' ');
        const astro = ctx.data.astro as { frontmatter?: Record<string, unknown> } | undefined;
        if (astro?.frontmatter) {
          const extras: ArticleExtras = { kbRelated: related, kbQuickAnswer: quick };
          Object.assign(astro.frontmatter, extras);
        }
      },
      link(node, ctx) {
        const url = rewriteArticleLink(node.url, file, paths);
        if (url !== node.url) ctx.setProperty(node, 'url', url);
      },
      blockquote(node, ctx) {
        const first = node.children[0];
        const text = first?.type === 'paragraph' ? first.children[0] : undefined;
        const match = text?.type === 'text' ? alertMarker.exec(text.value) : null;
        if (!first || !text || text.type !== 'text' || !match) return;
        const alert = ALERTS[(match[1] ?? '').toUpperCase()] as (typeof ALERTS)[string];
        ctx.setProperty(node, 'data', { ...node.data, hName: 'div', hProperties: { className: ['callout', `callout-${alert.kind}`], role: 'note' } });
        ctx.insertBefore(first, { type: 'paragraph', data: { hProperties: { className: ['callout-title'] } }, children: [{ type: 'text', value: alert.title }] });
        const rest = text.value.slice(match[0].length);
        if (rest === '' && first.type === 'paragraph' && first.children.length === 1) ctx.removeNode(first);
        else ctx.setProperty(text, 'value', rest);
      },
      heading(node, ctx) {
        const last = node.children.at(-1);
        const match = last?.type === 'text' ? /\s*\{#([\w.:-]+)\}\s*$/.exec(last.value) : null;
        if (!last || last.type !== 'text' || !match) return;
        ctx.setProperty(last, 'value', last.value.slice(0, match.index));
        ctx.setProperty(node, 'data', { ...node.data, hProperties: { ...((node.data as { hProperties?: Record<string, unknown> } | undefined)?.hProperties ?? {}), id: match[1] } });
      },
      // A wide table scrolls sideways on small screens; keyboard users must be able to focus it to scroll.
      table(node, ctx) {
        ctx.setProperty(node, 'data', { ...node.data, hProperties: { tabIndex: 0 } });
      },
    };
  };
}
