/**
 * @rule heading-case
 * A `##` section heading the type's profile knows is written exactly as the
 * profile names it: "Quick answer", not "Quick Answer" or "quick answer";
 * "Still stuck?", not "Still stuck". Sections match either way; this only
 * keeps the wording the same on every page. Fixable: `kb lint --fix` writes
 * the profile's name.
 *
 * Why: customers skim for the same words on every page, and search shows
 * headings as written.
 *
 * Config: `article_types.<type>.sections`.
 *
 * @example ok
 * ```mdx
 * ## Quick answer
 * ## Still stuck?
 * ```
 *
 * @example not-ok
 * ```mdx
 * ## Quick Answer
 * ## Still stuck
 * ```
 * @expect 1:4 Section heading "Quick Answer" is written differently from its name: write "Quick answer"
 * @expect 2:4 Section heading "Still stuck" is written differently from its name: write "Still stuck?"
 */
import { defineRule } from '../lint/define-rule.ts';
import { profileOf } from '../lint/type-profile.ts';

export default defineRule('heading-case', (ctx) => {
  const profile = profileOf(ctx);
  for (const section of ctx.sections) {
    const expected = profile.find((p) => p.key === section.key);
    if (!expected || section.title.trim() === expected.name) continue;
    const only = section.heading.children.length === 1 ? section.heading.children[0] : undefined;
    const text = only?.type === 'text' ? only : undefined;
    const start = text?.position?.start.offset;
    const end = text?.position?.end.offset;
    // The heading's text as one plain run (no emphasis or code inside) can be rewritten safely.
    const trimmed = text?.value.replace(/\s*\{#[\w.:-]+\}\s*$/, '').trimEnd();
    const fix =
      text && trimmed !== undefined && start !== undefined && end !== undefined && ctx.source.slice(start, start + trimmed.length) === trimmed
        ? { description: `Write "${expected.name}"`, edits: [{ offset: start, endOffset: start + trimmed.length, text: expected.name }] }
        : undefined;
    const place = fix ? { offset: start as number, endOffset: (start as number) + (trimmed?.length ?? 0) } : section.heading;
    ctx.report(`Section heading "${section.title.trim()}" is written differently from its name: write "${expected.name}"`, place, { fix });
  }
});
