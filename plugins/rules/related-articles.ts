/**
 * @rule related-articles
 * "Related articles" links 3 to 5 articles of this help center, each one
 * existing, published and none of them this article.
 *
 * Why: a customer whose question was close but not quite this one needs a
 * next step; related links also feed the site's article cards.
 *
 * Config: `limits.related_articles` (default `{ min: 3, max: 5 }`).
 *
 * @example ok
 * ```mdx
 * ## Related articles
 * - [Update your payment method](../billing-and-account/update-payment-method.mdx)
 * - [Invite teammates](./invite-teammates.mdx)
 * - [Export timesheets](./export-timesheets.mdx)
 * ```
 *
 * @example not-ok
 * ```mdx
 * ## Related articles
 * - [Update your payment method](../billing-and-account/update-payment-method.mdx)
 * - [Old page](./old-page.mdx)
 * ```
 * @expect 3:3 Related article "./old-page.mdx" does not exist: link an existing article, by its relative .mdx path
 * @expect 1:1 Unexpected 1 related article, expected 3 to 5: link 2 more articles a customer might need next
 */
import { defineKbRule } from '../lint/define-rule.ts';
import { resolveLink } from '../lint/resolve-link.ts';
import { SECTION, sectionKey } from '../lint/sections.ts';

const relatedKey = sectionKey(SECTION.related);

export default defineKbRule('related-articles', (ctx) => {
  const { facts, index } = ctx;
  if (!facts.related) return; // required-sections reports a missing section.
  const seen = new Set<string>();
  let valid = 0;
  for (const link of facts.links) {
    if (link.kind !== 'link' || link.section !== relatedKey) continue;
    const target = resolveLink(link.url, facts.file);
    if (target.kind === 'file') target.file = index.linkTarget(target.file, facts.file);
    if (target.kind !== 'file' || !target.isArticle) {
      ctx.report(`Related link "${link.url}" is not an article: link articles of this help center by their relative .mdx path`, link.range);
      continue;
    }
    if (!index.isArticle(target.file)) {
      ctx.report(`Related article "${link.url}" does not exist: link an existing article, by its relative .mdx path`, link.range);
      continue;
    }
    const status = index.statusOf(target.file);
    if (status !== 'published') {
      ctx.report(`Related article "${link.url}" is ${status === 'draft' ? 'a draft' : 'archived'}: link a published article`, link.range);
      continue;
    }
    if (target.file === facts.file) {
      ctx.report('Related articles link this article itself: link a different article', link.range);
      continue;
    }
    if (seen.has(target.file)) {
      ctx.report(`Related article "${link.url}" is listed twice: keep one`, link.range);
      continue;
    }
    seen.add(target.file);
    valid++;
  }
  const { min, max } = ctx.config.limits.related_articles;
  if (valid < min) {
    const more = min - valid;
    ctx.report(
      `Unexpected ${valid} related article${valid === 1 ? '' : 's'}, expected ${min} to ${max}: link ${more} more article${more === 1 ? '' : 's'} a customer might need next`,
      facts.related,
    );
  } else if (valid > max) {
    ctx.report(`Unexpected ${valid} related articles, expected ${min} to ${max}: keep the ${max} most useful`, facts.related);
  }
});
