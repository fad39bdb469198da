/**
 * @rule required-sections
 * Every required `##` section of the article's type is present, and the
 * "Steps" section holds a numbered list.
 *
 * Why: customers learn where answers sit; a missing "Steps" or "Still
 * stuck?" leaves them without the next move.
 *
 * Config: `article_types.<type>.sections` (sections marked `optional: true`
 * may be left out).
 *
 * @example ok
 * ```mdx
 * ---
 * type: faq
 * ---
 * ## Quick answer
 * Yes. You can use Tidyshift on any phone.
 * ## Related articles
 * ## Still stuck?
 * ```
 *
 * @example not-ok
 * ```mdx
 * ---
 * type: faq
 * ---
 * ## Quick answer
 * Yes. You can use Tidyshift on any phone.
 * ## Still stuck?
 * ```
 * @expect 6:1 Missing section "Related articles": add a "## Related articles" section before "Still stuck?" (faq articles need Quick answer, Related articles and Still stuck?)
 *
 * @example not-ok
 * ```mdx
 * ## Quick answer
 * Open the schedule and pick a shift.
 * ## Steps
 * Open the schedule and pick a shift.
 * ## Troubleshooting
 * ## Related articles
 * ## Still stuck?
 * ```
 * @expect 3:1 Section "Steps" has no numbered list: write the procedure as "1." "2." "3." steps, one action each
 */
import { defineRule } from '../lint/define-rule.ts';
import { findSection, SECTION } from '../lint/sections.ts';
import { listNames, profileOf } from '../lint/type-profile.ts';

export default defineRule('required-sections', (tree, ctx) => {
  const profile = profileOf(ctx);
  const present = new Set(ctx.sections.map((s) => s.key));
  const required = profile.filter((s) => !s.optional);
  profile.forEach((expected, i) => {
    if (expected.optional || present.has(expected.key)) return;
    // Point at the next present section that should follow it, else the end of the file.
    const find = (p: { key: string }) => ctx.sections.find((s) => s.key === p.key);
    const after = profile.slice(i + 1).map(find).find(Boolean);
    const before = profile.slice(0, i).map(find).filter(Boolean).at(-1);
    const where = after ? ` before "${after.title}"` : before ? ` after "${before.title}"` : '';
    const place = after ? after.heading : tree.position?.end;
    ctx.report(
      `Missing section "${expected.name}": add a "## ${expected.name}" section${where} (${ctx.type} articles need ${listNames(required.map((r) => r.name))})`,
      place,
    );
  });
  const steps = findSection(ctx.sections, SECTION.steps);
  if (steps && profile.some((p) => p.key === steps.key) && !steps.children.some((n) => n.type === 'list' && n.ordered)) {
    ctx.report(`Section "${steps.title}" has no numbered list: write the procedure as "1." "2." "3." steps, one action each`, steps.heading);
  }
});
