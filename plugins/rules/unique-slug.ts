/**
 * @rule unique-slug
 * The slug (file name without `.md` or `.mdx`) is unique in its locale —
 * `a.md` beside `a.mdx` is a conflict too, and so are two translations of
 * one slug in one locale (a translation shares its source's slug) — and no
 * `aliases` entry claims another article's slug or alias in that locale.
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
  // An article under an unconfigured locale's folder has no locale to be unique in: translation-source reports it.
  const locale = facts.locale;
  if (locale === undefined) return;
  const isTranslation = facts.localeFolder !== undefined;
  const shown = (other: string) => path.relative(index.contentDir, other).split(path.sep).join('/');
  const others = index.filesWithSlug(facts.slug, locale).filter((f) => f !== file);
  if (others.length > 0) {
    ctx.report(
      isTranslation
        ? `Two translations of "${facts.slug}" in ${locale}: ${others.map(shown).join(', ')} translates it too; keep one file, the one in the source's category folder`
        : `Slug "${facts.slug}" is also used by ${others.map(shown).join(', ')}: rename one file, because the file name is the article's URL`,
      { line: 1, column: 1 },
    );
  }
  for (const alias of facts.aliases) {
    const owner = index.filesWithSlug(alias.value, locale).find((f) => f !== file);
    if (alias.value === facts.slug) {
      ctx.report(`Alias "${alias.value}" is this article's own slug: remove it`, alias.range);
    } else if (owner) {
      ctx.report(`Alias "${alias.value}" is the slug of ${shown(owner)}: remove the alias, or merge that article into this one first`, alias.range);
    } else {
      const claimed = (index.aliasOwners().get(alias.value) ?? []).filter((f) => f !== file && index.localeOfFile(f) === locale);
      if (claimed.length > 0) ctx.report(`Alias "${alias.value}" is also an alias of ${claimed.map(shown).join(', ')}: keep it on one article only`, alias.range);
    }
  }
});
