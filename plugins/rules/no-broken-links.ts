/**
 * @rule no-broken-links
 * Relative links to articles, images and `#anchors` resolve: the file
 * exists, and the heading the anchor names exists in it.
 *
 * Why: a dead link in a help article strands a customer mid-task, and
 * hosted help centers only find them after customers do.
 *
 * @example ok
 * ```mdx
 * ## Steps
 * See [payment methods](../billing-and-account/update-payment-method.mdx#steps) or [the steps](#steps).
 * ```
 *
 * @example not-ok
 * ```mdx
 * ## Steps
 * See [payment methods](../billing/update-card.mdx) and [tips](#tips).
 *
 * ![The schedule](./missing.png)
 * ```
 * @expect 2:5 Link to "../billing/update-card.mdx" points to a file that does not exist: fix the path (links are relative to this file)
 * @expect 2:55 Link to "#tips" points to a heading that does not exist: use one of #steps
 * @expect 4:1 Image "./missing.png" does not exist: fix the path or add the image file
 */
import path from 'node:path';
import type { Image, Link } from 'mdast';
import { anchorsOfHeadings } from '../lint/article-index.ts';
import { defineRule } from '../lint/define-rule.ts';
import { resolveLink } from '../lint/resolve-link.ts';

function anchorList(anchors: ReadonlySet<string>): string {
  const list = [...anchors].slice(0, 8).map((a) => `#${a}`);
  return list.length > 0 ? `use one of ${list.join(', ')}` : 'that article has no headings to link to';
}

export default defineRule('no-broken-links', (_tree, ctx) => {
  const from = ctx.file.path;
  if (!from) return;
  let own: Set<string> | undefined;
  const check = (node: Link | Image) => {
    const target = resolveLink(node.url, from);
    const noun = node.type === 'image' ? 'Image' : 'Link to';
    if (target.kind === 'anchor') {
      own ??= anchorsOfHeadings(ctx.nodes('heading'));
      if (!own.has(target.anchor)) {
        ctx.report(`Link to "${node.url}" points to a heading that does not exist: ${anchorList(own)}`, node);
      }
      return;
    }
    if (target.kind !== 'file') return;
    if (!ctx.index.exists(target.file)) {
      ctx.report(
        node.type === 'image'
          ? `Image "${node.url}" does not exist: fix the path or add the image file`
          : `${noun} "${node.url}" points to a file that does not exist: fix the path (links are relative to this file)`,
        node,
      );
      return;
    }
    if (target.isArticle && !ctx.index.isArticle(target.file)) {
      ctx.report(`Link to "${node.url}" points outside the articles folder: link only to articles under ${path.relative(process.cwd(), ctx.index.articlesDir)}`, node);
      return;
    }
    if (target.isArticle) {
      const status = ctx.index.statusOf(target.file);
      if (status === 'draft') {
        ctx.report(`Link to "${node.url}" points to a draft, which the site does not publish: link a published article, or publish that one first`, node);
        return;
      }
      if (status === 'archived') {
        ctx.report(`Link to "${node.url}" points to an archived article: link the article that replaced it`, node, 'warning');
      }
    }
    if (target.anchor && target.isArticle) {
      const anchors = ctx.index.anchorsOf(target.file);
      if (!anchors.has(target.anchor)) {
        ctx.report(`Link to "${node.url}" points to a heading that does not exist in that article: ${anchorList(anchors)}`, node);
      }
    }
  };
  for (const node of [...ctx.nodes('link'), ...ctx.nodes('image')]) check(node);
});
