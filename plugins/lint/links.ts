/**
 * Every link and image an article points to, wherever it is written:
 * Markdown links, images and reference definitions, raw HTML `<a href>` and
 * `<img src>`, and JSX `<a href>` / `<img src>`. Each carries its place and
 * the `##` section it sits in, so the cross-file rules can run from these
 * facts alone (from the cache, without the tree).
 */
import type { ArticleModel } from './article-model.ts';
import { allElements, attribute } from './html-elements.ts';
import { jsxAttribute, jsxString } from './jsx.ts';
import { sectionKey } from './sections.ts';
import { rangeOf, type SourceRange } from './source-range.ts';

export interface LinkFact {
  url: string;
  kind: 'link' | 'image';
  /** How it was written. */
  syntax: 'markdown' | 'definition' | 'html' | 'jsx';
  /** The normalized name of the `##` section it is in. */
  section?: string;
  range: SourceRange;
}

/** The `##` section (by normalized name) at each offset. */
function sectionAt(model: Pick<ArticleModel, 'tree' | 'sections'>): (offset: number | undefined) => string | undefined {
  const starts: Array<[number, string | undefined]> = [];
  // The sections carry the configured name's key in every locale ("Verwandte Artikel" is "related articles").
  const keys = new Map(model.sections.map((s) => [s.heading, s.key]));
  for (const node of model.tree.children) {
    if (node.type === 'heading' && node.depth <= 2 && node.position?.start.offset !== undefined) {
      starts.push([node.position.start.offset, node.depth === 2 ? (keys.get(node) ?? sectionKey(headingPlain(node))) : undefined]);
    }
  }
  return (offset) => {
    if (offset === undefined) return undefined;
    let key: string | undefined;
    for (const [start, name] of starts) {
      if (start > offset) break;
      key = name;
    }
    return key;
  };
}

function headingPlain(node: { children: unknown[] }): string {
  let text = '';
  const walk = (n: { type?: string; value?: unknown; children?: unknown[] }) => {
    if ((n.type === 'text' || n.type === 'inlineCode') && typeof n.value === 'string') text += n.value;
    for (const c of n.children ?? []) walk(c as typeof n);
  };
  walk(node as never);
  return text;
}

/** Collects the links of an article, in document order. */
export function collectLinks(model: ArticleModel): LinkFact[] {
  const section = sectionAt(model);
  const links: LinkFact[] = [];
  const add = (url: string, kind: LinkFact['kind'], syntax: LinkFact['syntax'], range: SourceRange) => {
    links.push({ url, kind, syntax, section: section(range.offset), range });
  };
  for (const node of model.nodes('link')) add(node.url, 'link', 'markdown', rangeOf(node));
  for (const node of model.nodes('image')) add(node.url, 'image', 'markdown', rangeOf(node));
  for (const node of model.nodes('definition')) add(node.url, 'link', 'definition', rangeOf(node));
  for (const { elements } of model.html()) {
    for (const element of allElements(elements)) {
      const attr = element.name === 'a' ? attribute(element, 'href') : element.name === 'img' ? attribute(element, 'src') : undefined;
      if (attr?.value) add(attr.value.trim(), element.name === 'img' ? 'image' : 'link', 'html', rangeOf({ offset: element.start, endOffset: element.end }, model.toPoint));
    }
  }
  for (const element of [...model.nodes('mdxJsxFlowElement'), ...model.nodes('mdxJsxTextElement')]) {
    const name = element.name === 'a' ? 'href' : element.name === 'img' ? 'src' : undefined;
    if (!name) continue;
    const value = jsxString(element, name);
    if (value) add(value.trim(), element.name === 'img' ? 'image' : 'link', 'jsx', rangeOf(jsxAttribute(element, name)?.node ?? element));
  }
  return links.sort((a, b) => (a.range.offset ?? 0) - (b.range.offset ?? 0));
}
