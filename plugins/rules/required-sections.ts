/**
 * @rule required-sections
 * Every required `##` section of the article's type is present, and the
 * "Steps" section holds a numbered procedure (a numbered list at any depth,
 * an HTML `<ol>`, or a `<Steps>` component). Fixable: `kb lint --fix` adds a
 * missing section in its place with a `TODO` placeholder, which stays an
 * error (`todo-stub`) until a writer fills it.
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
 * @example ok
 * ```mdx
 * ## Quick answer
 * Open the schedule and pick a shift.
 * ## Steps
 * <Steps>
 *   <Step title="Open the schedule">Tap **Schedule**.</Step>
 *   <Step title="Publish">Tap **Publish**.</Step>
 * </Steps>
 * ## Troubleshooting
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
import type { RootContent } from 'mdast';
import { defineRule, type FixInput } from '../lint/define-rule.ts';
import { lineEndingOf } from '../lint/line-ending.ts';
import { findSection, SECTION, sectionKey, type Section } from '../lint/sections.ts';
import { listNames, profileOf } from '../lint/type-profile.ts';

const placeholders: Record<string, string> = {
  [sectionKey(SECTION.quickAnswer)]: 'TODO: answer the title in one or two sentences.',
  [sectionKey(SECTION.steps)]: 'TODO: write the steps as a numbered list, one action each.',
  [sectionKey(SECTION.related)]: 'TODO: link 3 to 5 related articles.',
};

/** The offset where a section ends: the next `#`/`##` heading, else the end of the file. */
function sectionEnd(section: Section, children: readonly RootContent[], length: number): number {
  const at = children.indexOf(section.heading);
  for (let i = at + 1; i < children.length; i++) {
    const node = children[i];
    if (node?.type === 'heading' && node.depth <= 2) return node.position?.start.offset ?? length;
  }
  return length;
}

export default defineRule('required-sections', (ctx) => {
  const profile = profileOf(ctx);
  const present = new Set(ctx.sections.map((s) => s.key));
  const required = profile.filter((s) => !s.optional);
  let eolCache: string | undefined;
  const eol = () => (eolCache ??= lineEndingOf(ctx.source));
  const find = (p: { key: string }) => ctx.sections.find((s) => s.key === p.key);
  let group: string[] = [];
  let groupFix: FixInput | undefined;
  profile.forEach((expected, i) => {
    if (present.has(expected.key)) {
      group = [];
      return;
    }
    if (expected.optional) return;
    // Point at the next present section that should follow it, else the end of the file.
    const after = profile.slice(i + 1).map(find).find(Boolean);
    const before = profile.slice(0, i).map(find).filter(Boolean).at(-1);
    const where = after ? ` before "${after.title}"` : before ? ` after "${before.title}"` : '';
    const place = after ? after.heading : ctx.tree.position?.end;
    const n = eol();
    const stub = `## ${expected.name}${n}${n}${placeholders[expected.key] ?? `TODO: write the ${expected.name} section.`}${n}${n}`;
    let fix: FixInput | undefined;
    if (group.length === 0) {
      // Consecutive missing sections are added together by the first one's fix, in profile order.
      const offset = after?.heading.position?.start.offset ?? (before ? sectionEnd(before, ctx.tree.children, ctx.source.length) : ctx.source.length);
      const lead = offset === ctx.source.length ? (ctx.source.endsWith(`${n}${n}`) || ctx.source === '' ? '' : ctx.source.endsWith(n) ? n : `${n}${n}`) : '';
      groupFix = fix = { description: `Add the missing "${expected.name}" section with a TODO placeholder`, edits: [{ offset, endOffset: offset, text: `${lead}${stub}` }] };
    } else if (groupFix?.edits[0]) {
      groupFix.edits[0].text += stub;
      groupFix.description = `Add the missing ${listNames([...group, expected.name].map((n) => `"${n}"`))} sections with TODO placeholders`;
    }
    group.push(expected.name);
    ctx.report(
      `Missing section "${expected.name}": add a "## ${expected.name}" section${where} (${ctx.type} articles need ${listNames(required.map((r) => r.name))})`,
      place,
      { fix },
    );
  });
  const steps = findSection(ctx.sections, SECTION.steps);
  if (steps && profile.some((p) => p.key === steps.key)) {
    const start = steps.heading.position?.start.offset ?? 0;
    const end = sectionEnd(steps, ctx.tree.children, ctx.source.length);
    const hasProcedure = ctx.procedures().some((p) => (p.range.offset ?? -1) >= start && (p.range.offset ?? -1) < end);
    if (!hasProcedure) ctx.report(`Section "${steps.title}" has no numbered list: write the procedure as "1." "2." "3." steps, one action each`, steps.heading);
  }
});
