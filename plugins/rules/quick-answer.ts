/**
 * @rule quick-answer
 * "Quick answer" is the first section, nothing but prose precedes it, and it
 * answers in 1 to 3 sentences.
 *
 * Why: many customers read only the first lines. The answer must be there,
 * short enough to read at a glance.
 *
 * Config: `limits.quick_answer_sentences` (default `{ min: 1, max: 3 }`).
 *
 * @example ok
 * ```mdx
 * ## Quick answer
 * Go to **Settings** and choose **Billing**. Your invoices are listed there.
 * ## Steps
 * ```
 *
 * @example not-ok
 * ```mdx
 * Welcome to this guide.
 * ## Quick answer
 * Go to **Settings**. Choose **Billing**. Pick an invoice. Click **Download**.
 * ```
 * @expect 1:1 Unexpected text before "Quick answer": start the article with the "## Quick answer" section and move this text into it or below
 * @expect 3:1 Unexpected 4 sentences in "Quick answer", expected 1 to 3: keep only the answer here and move the details to later sections
 */
import { defineRule } from '../lint/define-rule.ts';
import { sectionKey, SECTION } from '../lint/sections.ts';

const notContent = new Set(['yaml', 'mdxjsEsm', 'mdxFlowExpression']);
const comment = /^\s*<!--[\s\S]*-->\s*$/;

export default defineRule('quick-answer', (ctx) => {
  const key = sectionKey(SECTION.quickAnswer);
  const index = ctx.sections.findIndex((s) => s.key === key);
  if (index < 0) return; // required-sections reports the missing section.
  const section = ctx.sections[index];
  if (!section) return;
  if (index > 0) {
    ctx.report(`"${section.title}" is not the first section: move it to the top, right after the frontmatter`, section.heading);
  }
  const before = ctx.tree.children.find((n) => !notContent.has(n.type) && !(n.type === 'html' && comment.test(n.value)));
  if (before && !(before.type === 'heading' && before.depth <= 2)) {
    ctx.report(`Unexpected text before "${section.title}": start the article with the "## ${SECTION.quickAnswer}" section and move this text into it or below`, before);
  }
  const first = section.children[0]?.position?.start.offset;
  const last = section.children[section.children.length - 1]?.position?.end.offset;
  const count = first !== undefined && last !== undefined ? ctx.sentences().filter((s) => (s.position?.start.offset ?? -1) >= first && (s.position?.start.offset ?? -1) <= last).length : 0;
  const { min, max } = ctx.config.limits.quick_answer_sentences;
  if (count < min || count > max) {
    const got = count === 0 ? 'no sentences' : `${count} sentence${count === 1 ? '' : 's'}`;
    ctx.report(
      count < min
        ? `Unexpected ${got} in "${section.title}", expected ${min} to ${max}: answer the title in a sentence or two`
        : `Unexpected ${got} in "${section.title}", expected ${min} to ${max}: keep only the answer here and move the details to later sections`,
      section.children[0] ?? section.heading,
    );
  }
});
