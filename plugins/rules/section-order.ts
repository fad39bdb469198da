/**
 * @rule section-order
 * `##` sections follow the order of the type's profile, appear once, and
 * are all known to the profile; the body has no `#` heading (the title comes
 * from frontmatter).
 *
 * Why: the same order in every article lets customers skim straight to
 * "Steps" or "Still stuck?".
 *
 * Config: `article_types.<type>.sections`.
 *
 * @example ok
 * ```mdx
 * ## Quick answer
 * ## Steps
 * ## Troubleshooting
 * ```
 *
 * @example not-ok
 * ```mdx
 * ## Steps
 * ## Quick answer
 * ## Background
 * ```
 * @expect 2:1 Section "Quick answer" is out of order: move it before "Steps" (how-to order: Quick answer, Before you start, Steps, Tips, Troubleshooting, Related articles and Still stuck?)
 * @expect 3:1 Unknown section "Background": use one of the how-to sections (Quick answer, Before you start, Steps, Tips, Troubleshooting, Related articles and Still stuck?), or make it a "###" heading inside one
 */
import { defineRule } from '../lint/define-rule.ts';
import { listNames, profileOf } from '../lint/type-profile.ts';

export default defineRule('section-order', (tree, ctx) => {
  const profile = profileOf(ctx);
  const names = listNames(profile.map((p) => p.name));
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 1) {
      ctx.report('Unexpected "#" heading: the page title comes from the frontmatter "title", so start sections at "##"', node);
    }
  }
  const seen = new Set<string>();
  let lastRank = -1;
  let lastTitle = '';
  for (const section of ctx.sections) {
    const rank = profile.findIndex((p) => p.key === section.key);
    if (rank < 0) {
      ctx.report(
        `Unknown section "${section.title}": use one of the ${ctx.type} sections (${names}), or make it a "###" heading inside one`,
        section.heading,
      );
      continue;
    }
    if (seen.has(section.key)) {
      ctx.report(`Section "${section.title}" appears twice: merge the two into one`, section.heading);
      continue;
    }
    seen.add(section.key);
    if (rank < lastRank) {
      ctx.report(`Section "${section.title}" is out of order: move it before "${lastTitle}" (${ctx.type} order: ${names})`, section.heading);
      continue;
    }
    lastRank = rank;
    lastTitle = section.title;
  }
});
