/**
 * @rule unique-slug
 * The slug (file name without `.md` or `.mdx`) is unique across the KB —
 * `a.md` beside `a.mdx` is a conflict too — and no `aliases` entry claims
 * another article's slug or another article's alias.
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
import { defineKbRule } from '../lint/define-rule.ts';

export default defineKbRule('unique-slug', (ctx) => {
  const { facts, index } = ctx;
  const file = facts.file;
  const shown = (other: string) => path.relative(index.contentDir, other).split(path.sep).join('/');
  const others = index.filesWithSlug(facts.slug).filter((f) => f !== file);
  if (others.length > 0) {
    ctx.report(
      `Slug "${facts.slug}" is also used by ${others.map(shown).join(', ')}: rename one file, because the file name is the article's URL`,
      { line: 1, column: 1 },
    );
  }
  for (const alias of facts.aliases) {
    const owner = index.filesWithSlug(alias.value).find((f) => f !== file);
    if (alias.value === facts.slug) {
      ctx.report(`Alias "${alias.value}" is this article's own slug: remove it`, alias.range);
    } else if (owner) {
      ctx.report(`Alias "${alias.value}" is the slug of ${shown(owner)}: remove the alias, or merge that article into this one first`, alias.range);
    } else {
      const claimed = (index.aliasOwners().get(alias.value) ?? []).filter((f) => f !== file);
      if (claimed.length > 0) ctx.report(`Alias "${alias.value}" is also an alias of ${claimed.map(shown).join(', ')}: keep it on one article only`, alias.range);
    }
  }
});
