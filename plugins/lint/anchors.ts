/**
 * The `#anchor` targets of an article, as the published page has them:
 * heading ids made by github-slugger (what the site generates), `{#id}`
 * heading ids in Markdown, and explicit `id` (or `<a name>`) attributes on
 * raw HTML and JSX elements, like `<a id="billing-faq"></a>`.
 */
import GithubSlugger from 'github-slugger';
import type { Heading } from 'mdast';
import type { ArticleModel } from './article-model.ts';
import { allElements } from './html-elements.ts';
import { jsxString } from './jsx.ts';
import { explicitHeadingId, headingText } from './sections.ts';
import { toString } from 'mdast-util-to-string';

/** The anchor ids of headings (in document order), as the site generates them. */
export function anchorsOfHeadings(headings: Iterable<Heading>): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  for (const heading of headings) {
    const explicit = explicitHeadingId(toString(heading));
    anchors.add(explicit ?? slugger.slug(headingText(heading)));
  }
  return anchors;
}

/** Every anchor of an article: headings, then explicit ids. */
export function anchorsOfTree(model: Pick<ArticleModel, 'nodes' | 'html'>): Set<string> {
  const anchors = anchorsOfHeadings(model.nodes('heading'));
  for (const { elements } of model.html()) {
    for (const element of allElements(elements)) {
      for (const attr of element.attributes) {
        if (attr.name === 'id' || (attr.name === 'name' && element.name === 'a')) if (attr.value) anchors.add(attr.value);
      }
    }
  }
  for (const element of [...model.nodes('mdxJsxFlowElement'), ...model.nodes('mdxJsxTextElement')]) {
    const id = jsxString(element, 'id') ?? (element.name === 'a' ? jsxString(element, 'name') : undefined);
    if (id) anchors.add(id);
  }
  return anchors;
}
