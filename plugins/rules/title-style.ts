/**
 * @rule title-style
 * The title is a question ("How do I reset my password?") or an action
 * phrase ("Reset your password"), never a label ("Password reset"), does not
 * end with a period, colon or semicolon, and uses no jargon-list or rejected
 * term and no accepted term in another case. Fixable: `kb lint --fix` removes the final punctuation and writes
 * the configured word for a jargon term.
 *
 * Why: customers search with questions and tasks; a label title does not
 * match what they type and does not promise an answer.
 *
 * Config: `title.action_verbs` (verbs a title may start with, added to the
 * ones the English tagger knows), `jargon`, `vocabulary`.
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
import type { KbConfig } from '../config/kb-config-schema.ts';
import { defineRule, type FixInput } from '../lint/define-rule.ts';
import { frontmatterPlace, frontmatterValueRange } from '../lint/frontmatter-place.ts';
import { findVocabulary } from '../lint/vocabulary.ts';

const verbSets = new WeakMap<KbConfig, Set<string>>();

function verbsOf(config: KbConfig): Set<string> {
  let verbs = verbSets.get(config);
  if (!verbs) {
    verbs = new Set(config.title.action_verbs.map((v) => v.toLowerCase()));
    verbSets.set(config, verbs);
  }
  return verbs;
}

export default defineRule(
  'title-style',
  (ctx) => {
    const title = ctx.frontmatter.raw?.title;
    if (typeof title !== 'string' || title.trim() === '') return;
    // Positions need the YAML read again with the `yaml` package: only when there is something to report.
    const place = () => frontmatterPlace(ctx.frontmatter, ['title']);
    let valueRange: ReturnType<typeof frontmatterValueRange> | null = null;
    const valueOf = () => (valueRange ??= frontmatterValueRange(ctx.frontmatter, 'title'));
    // A fix edits the title inside its YAML value, where it is written literally.
    const fixIn = (from: string, to: string, description: string): FixInput | undefined => {
      const value = valueOf();
      const at = value?.text.lastIndexOf(from) ?? -1;
      if (!value || at < 0 || value.text.indexOf(from) !== at) return undefined;
      return { description, edits: [{ offset: value.offset + at, endOffset: value.offset + at + from.length, text: to }] };
    };
    // Without a tagger for the language only punctuation and vocabulary are checked (the run says so once).
    const isActionPhrase = ctx.language.isActionPhrase;
    if (isActionPhrase && !ctx.language.isQuestion(title) && !isActionPhrase(title, verbsOf(ctx.config))) {
      ctx.report(`Title "${title}" reads as a label: write it as a question ("How do I …?") or start it with an action verb ("Reset your …")`, place());
    } else if (/[.:;]$/.test(title.trim())) {
      const last = title.trim().slice(-1);
      const value = valueOf();
      const fix = value && value.text.trimEnd().replace(/["']$/, '').endsWith(last) ? fixIn(`${title.trim()}`, title.trim().slice(0, -1), `Remove the final "${last}"`) : undefined;
      ctx.report(`Title "${title}" ends with punctuation: remove the final "${last}"`, place(), { fix });
    }
    for (const hit of findVocabulary(title, ctx.vocabulary)) {
      if (hit.kind === 'reject') {
        ctx.report(`Title uses the rejected term "${hit.found}": the vocabulary rules it out, so reword the title`, place());
        continue;
      }
      const use = hit.kind === 'case' ? (hit.expected ?? hit.use) : /^\p{Lu}/u.test(hit.found) && hit.index === 0 ? hit.use.charAt(0).toUpperCase() + hit.use.slice(1) : hit.use;
      const message = hit.kind === 'case' ? `Title writes "${hit.found}": write "${use}", as the vocabulary spells it` : `Title uses the internal term "${hit.found}": say "${hit.use}" instead`;
      ctx.report(message, place(), { fix: fixIn(hit.found, use, `Replace "${hit.found}" with "${use}" in the title`) });
    }
  },
  { onFallback: true },
);
