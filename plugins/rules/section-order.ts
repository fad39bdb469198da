/**
 * @rule section-order
 * `##` sections follow the order of the type's profile, appear once, and
 * are all known to the profile; the body has no `#` heading (the title comes
 * from frontmatter). Fixable when unambiguous: when every section is known
 * and appears once, `kb lint --fix` moves whole sections (heading and
 * content) into the profile's order.
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
import { defineRule, type FixInput, type RuleContext } from '../lint/define-rule.ts';
import { lineEndingOf } from '../lint/line-ending.ts';
import { listNames, profileOf } from '../lint/type-profile.ts';

export default defineRule('section-order', (ctx) => {
  const profile = profileOf(ctx);
  const names = listNames(profile.map((p) => p.name));
  let hasTitleHeading = false;
  for (const node of ctx.tree.children) {
    if (node.type === 'heading' && node.depth === 1) {
      hasTitleHeading = true;
      ctx.report('Unexpected "#" heading: the page title comes from the frontmatter "title", so start sections at "##"', node);
    }
  }
  const ranks = ctx.sections.map((s) => profile.findIndex((p) => p.key === s.key));
  const unambiguous = !hasTitleHeading && ranks.every((r) => r >= 0) && new Set(ranks).size === ranks.length;
  let fix: FixInput | undefined;
  if (unambiguous && ranks.some((r, i) => i > 0 && r < (ranks[i - 1] ?? -1))) fix = reorderFix(ctx, ranks);
  const seen = new Set<string>();
  let lastRank = -1;
  let lastTitle = '';
  for (const [i, section] of ctx.sections.entries()) {
    const rank = ranks[i] ?? -1;
    if (rank < 0) {
      ctx.report(`Unknown section "${section.title}": use one of the ${ctx.type} sections (${names}), or make it a "###" heading inside one`, section.heading);
      continue;
    }
    if (seen.has(section.key)) {
      ctx.report(`Section "${section.title}" appears twice: merge the two into one`, section.heading);
      continue;
    }
    seen.add(section.key);
    if (rank < lastRank) {
      ctx.report(`Section "${section.title}" is out of order: move it before "${lastTitle}" (${ctx.type} order: ${names})`, section.heading, { fix });
      fix = undefined; // One fix reorders them all; the other messages point at it.
      continue;
    }
    lastRank = rank;
    lastTitle = section.title;
  }
});

/** Moves every section (heading to the next section) into profile order, keeping each one's text as written. */
function reorderFix(ctx: RuleContext, ranks: number[]): FixInput | undefined {
  const starts = ctx.sections.map((s) => s.heading.position?.start.offset);
  if (starts.some((s) => s === undefined)) return undefined;
  const begin = starts[0] as number;
  const eol = lineEndingOf(ctx.source);
  const blocks = ctx.sections.map((_, i) => {
    const from = starts[i] as number;
    const to = i + 1 < starts.length ? (starts[i + 1] as number) : ctx.source.length;
    const text = ctx.source.slice(from, to).replace(/(?:\r?\n|\r)+$/, '');
    return { rank: ranks[i] ?? 0, text };
  });
  const ordered = [...blocks].sort((a, b) => a.rank - b.rank).map((b) => b.text);
  const tail = /(?:\r?\n|\r)*$/.exec(ctx.source)?.[0] ?? '';
  return {
    description: 'Move the sections into the order of the article type',
    edits: [{ offset: begin, endOffset: ctx.source.length, text: `${ordered.join(`${eol}${eol}`)}${tail || eol}` }],
  };
}
