/**
 * @rule no-jargon
 * Terms from the configured jargon list, in prose and headings, each with
 * the customer word to use instead.
 *
 * Why: customers search and think in their own words; internal terms make
 * an article harder to find and to follow.
 *
 * Config: `jargon` (a list of `{ term, use }`).
 *
 * @example ok
 * ```mdx
 * Turn on single sign-on for your team.
 * ```
 *
 * @example not-ok
 * ```mdx
 * Turn on SSO for your team.
 * ```
 * @expect 1:9 Internal term "SSO": say "single sign-on" instead
 */
import { defineRule } from '../lint/define-rule.ts';
import { findTerms } from '../lint/find-terms.ts';

export default defineRule('no-jargon', (_tree, ctx) => {
  if (ctx.config.jargon.length === 0) return;
  for (const node of ctx.nodes('text')) {
    const start = node.position?.start;
    if (!start) continue;
    for (const hit of findTerms(node.value, ctx.config.jargon)) {
      // Offsets inside one text node stay on its line unless the text wraps; count newlines to follow it.
      const before = node.value.slice(0, hit.index);
      const newlines = before.split('\n').length - 1;
      const column = newlines === 0 ? start.column + hit.index : hit.index - before.lastIndexOf('\n');
      ctx.report(`Internal term "${hit.found}": say "${hit.use}" instead`, { line: start.line + newlines, column });
    }
  }
});
