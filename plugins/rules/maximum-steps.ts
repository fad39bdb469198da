/**
 * @rule maximum-steps
 * Every numbered procedure in the article — under "Steps" or anywhere else,
 * nested ones included — has at most `limits.max_steps` steps (7). A
 * procedure split by a code block, a screenshot, a callout or a comment, or
 * picked up again with `5.` after a paragraph, counts as one; HTML `<ol>`
 * lists and `<Steps>` components with `<Step>` children count too.
 *
 * Why: long procedures lose customers halfway; split them into linked
 * articles that each finish one task.
 *
 * Config: `limits.max_steps` (default 7).
 *
 * @example ok
 * ```mdx
 * 1. Open **Schedule**.
 * 2. Pick a shift.
 * 3. Click **Publish**.
 * ```
 *
 * @example not-ok
 * ```mdx
 * 1. One
 * 2. Two
 * 3. Three
 * 4. Four
 * 5. Five
 * 6. Six
 * 7. Seven
 * 8. Eight
 * ```
 * @expect 1:1 Unexpected 8 steps, expected at most 7: split the procedure into linked articles
 *
 * @example not-ok
 * ```mdx
 * 1. One
 * 2. Two
 * 3. Three
 * 4. Four
 *
 * ~~~sh
 * tidyshift sync
 * ~~~
 *
 * 5. Five
 * 6. Six
 * 7. Seven
 * 8. Eight
 * ```
 * @expect 1:1 Unexpected 8 steps, expected at most 7: split the procedure into linked articles
 */
import { defineRule } from '../lint/define-rule.ts';

export default defineRule('maximum-steps', (ctx) => {
  const max = ctx.config.limits.max_steps;
  for (const procedure of ctx.procedures()) {
    if (procedure.steps > max) {
      ctx.report(`Unexpected ${procedure.steps} steps, expected at most ${max}: split the procedure into linked articles`, procedure.range);
    }
  }
});
