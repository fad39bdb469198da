/**
 * @rule title-style
 * The title is a question ("How do I reset my password?") or an action
 * phrase ("Reset your password"), never a label ("Password reset"), and
 * uses none of the jargon-list terms.
 *
 * Why: customers search with questions and tasks; a label title does not
 * match what they type and does not promise an answer.
 *
 * Config: `title.action_verbs` (verbs a title may start with, added to the
 * ones the English tagger knows), `jargon`.
 *
 * @example ok
 * ```mdx
 * ---
 * title: Reset your password
 * ---
 * ```
 *
 * @example ok
 * ```mdx
 * ---
 * title: Why was I charged twice?
 * ---
 * ```
 *
 * @example not-ok
 * ```mdx
 * ---
 * title: Password reset
 * ---
 * ```
 * @expect 2:1 Title "Password reset" reads as a label: write it as a question ("How do I …?") or start it with an action verb ("Reset your …")
 *
 * @example not-ok
 * ```mdx
 * ---
 * title: Set up SSO for your team
 * ---
 * ```
 * @expect 2:1 Title uses the internal term "SSO": say "single sign-on" instead
 */
import nlp from 'compromise';
import { defineRule } from '../lint/define-rule.ts';
import { frontmatterPlace } from '../lint/frontmatter-place.ts';
import { findTerms } from '../lint/find-terms.ts';

const questionStart = /^(how|what|why|when|where|which|who|whom|whose|can|could|do|does|did|is|are|was|were|will|would|should|may|might|have|has)\b/i;

/** True when the title asks a question. */
export function isQuestion(title: string): boolean {
  return title.trim().endsWith('?') && (questionStart.test(title.trim()) || title.trim().split(/\s+/).length >= 3);
}

/** True when the title starts with an action verb (configured list or the tagger). */
export function isActionPhrase(title: string, verbs: ReadonlySet<string>): boolean {
  const first = title.trim().split(/\s+/)[0]?.toLowerCase().replace(/[^a-z-]/g, '') ?? '';
  if (verbs.has(first)) return true;
  const term = nlp(title).terms().json()[0]?.terms?.[0] as { tags?: string[] } | undefined;
  const tags = new Set(term?.tags ?? []);
  return tags.has('Imperative') || (tags.has('Infinitive') && !tags.has('Noun'));
}

const verbSets = new WeakMap<readonly string[], Set<string>>();

export default defineRule('title-style', (_tree, ctx) => {
  const title = ctx.rawFrontmatter?.title;
  if (typeof title !== 'string' || title.trim() === '') return;
  const place = frontmatterPlace(ctx, ['title']);
  let verbs = verbSets.get(ctx.config.title.action_verbs);
  if (!verbs) {
    verbs = new Set(ctx.config.title.action_verbs.map((v) => v.toLowerCase()));
    verbSets.set(ctx.config.title.action_verbs, verbs);
  }
  if (!isQuestion(title) && !isActionPhrase(title, verbs)) {
    ctx.report(
      `Title "${title}" reads as a label: write it as a question ("How do I …?") or start it with an action verb ("Reset your …")`,
      place,
    );
  } else if (/[.:;]$/.test(title.trim())) {
    ctx.report(`Title "${title}" ends with punctuation: remove the final "${title.trim().slice(-1)}"`, place);
  }
  for (const hit of findTerms(title, ctx.config.jargon)) {
    ctx.report(`Title uses the internal term "${hit.found}": say "${hit.use}" instead`, place);
  }
});
