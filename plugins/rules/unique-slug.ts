/**
 * @rule unique-slug
 * The slug (file name without `.mdx`) is unique across the KB, and no
 * `aliases` entry claims another article's slug or another article's alias.
 *
 * Why: the slug is the article's URL and its id in analytics; two articles
 * with one slug, or an alias that shadows a live article, break links and
 * mix up statistics.
 *
 * @example ok
 * ```mdx
 * ---
 * aliases: [old-billing-page]
 * ---
 * ```
 *
 * @example not-ok
 * ```mdx
 * ---
 * aliases: [update-payment-method]
 * ---
 * ```
 * @expect 2:11 Alias "update-payment-method" is the slug of articles/billing-and-account/update-payment-method.mdx: remove the alias, or merge that article into this one first
 */
import path from 'node:path';
import { slugOf } from '../article/slug.ts';
import { defineRule } from '../lint/define-rule.ts';
import { frontmatterPlace } from '../lint/frontmatter-place.ts';

export default defineRule('unique-slug', (_tree, ctx) => {
  const file = ctx.file.path ? path.resolve(ctx.file.path) : undefined;
  if (!file) return;
  const shown = (other: string) => path.relative(ctx.index.contentDir, other);
  const slug = slugOf(file);
  const others = ctx.index.filesWithSlug(slug).filter((f) => f !== file);
  if (others.length > 0) {
    ctx.report(
      `Slug "${slug}" is also used by ${others.map(shown).join(', ')}: rename one file, because the file name is the article's URL`,
      { line: 1, column: 1 },
    );
  }
  const aliases = ctx.rawFrontmatter?.aliases;
  if (!Array.isArray(aliases)) return;
  aliases.forEach((alias, i) => {
    if (typeof alias !== 'string') return;
    const place = frontmatterPlace(ctx, ['aliases', i]);
    const owner = ctx.index.filesWithSlug(alias).find((f) => f !== file);
    if (alias === slug) {
      ctx.report(`Alias "${alias}" is this article's own slug: remove it`, place);
    } else if (owner) {
      ctx.report(`Alias "${alias}" is the slug of ${shown(owner)}: remove the alias, or merge that article into this one first`, place);
    } else {
      const claimed = (ctx.index.aliasOwners().get(alias) ?? []).filter((f) => f !== file);
      if (claimed.length > 0) {
        ctx.report(`Alias "${alias}" is also an alias of ${claimed.map(shown).join(', ')}: keep it on one article only`, place);
      }
    }
  });
});
