/**
 * @rule no-broken-links
 * Relative links to articles, images and `#anchors` resolve: the file
 * exists, the article is published, and the anchor names a heading (or an
 * explicit `id`, like `<a id="faq"></a>` or `{#faq}`) in it — unless the
 * article imports MDX snippets, whose headings the linter cannot see. Markdown links,
 * images and reference definitions, and HTML or JSX `<a href>` and
 * `<img src>`, are all checked.
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
 * @example ok
 * ```md
 * <a id="billing-faq"></a>
 *
 * See [the billing questions](#billing-faq) or [the 100%25 plan](#steps).
 *
 * ## Steps {#steps}
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
import { defineKbRule } from '../lint/define-rule.ts';
import { resolveLink } from '../lint/resolve-link.ts';

function anchorList(anchors: ReadonlySet<string>): string {
  const list = [...anchors].slice(0, 8).map((a) => `#${a}`);
  return list.length > 0 ? `use one of ${list.join(', ')}` : 'that article has no headings to link to';
}

export default defineKbRule('no-broken-links', (ctx) => {
  const { facts, index } = ctx;
  const own = new Set(facts.anchors);
  for (const link of facts.links) {
    const target = resolveLink(link.url, facts.file);
    if (target.kind === 'file') target.file = index.linkTarget(target.file, facts.file);
    const where = link.range;
    if (target.kind === 'anchor') {
      // Without the file's own MDX structure, or with headings from imported snippets, its anchors are not all known.
      if (!facts.fallback && !facts.importsContent && target.anchor !== '' && !own.has(target.anchor)) {
        ctx.report(`Link to "${link.url}" points to a heading that does not exist: ${anchorList(own)}`, where);
      }
      continue;
    }
    if (target.kind !== 'file') continue;
    if (!index.exists(target.file)) {
      ctx.report(
        link.kind === 'image'
          ? `Image "${link.url}" does not exist: fix the path or add the image file`
          : `Link to "${link.url}" points to a file that does not exist: fix the path (links are relative to this file)`,
        where,
      );
      continue;
    }
    if (target.isArticle && !index.isArticle(target.file)) {
      ctx.report(`Link to "${link.url}" points outside the articles folder: link only to articles under ${path.relative(process.cwd(), index.articlesDir) || index.articlesDir}`, where);
      continue;
    }
    if (!target.isArticle) continue;
    const status = index.statusOf(target.file);
    if (status === 'draft') {
      ctx.report(`Link to "${link.url}" points to a draft, which the site does not publish: link a published article, or publish that one first`, where);
      continue;
    }
    if (status === 'archived') ctx.report(`Link to "${link.url}" points to an archived article: link the article that replaced it`, where, { severity: 'warning' });
    if (target.anchor) {
      const other = index.factsOf(target.file);
      const anchors = index.anchorsOf(target.file);
      if (other && !other.fallback && !other.importsContent && !anchors.has(target.anchor)) {
        ctx.report(`Link to "${link.url}" points to a heading that does not exist in that article: ${anchorList(anchors)}`, where);
      }
    }
  }
});
