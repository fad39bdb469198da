/**
 * @rule no-jargon
 * Words the vocabulary rules out, in prose, headings and table cells: terms
 * from the `jargon` list (each with the customer word to use instead),
 * terms from `vocabulary.reject`, and accepted terms written in another
 * mixed case ("Github" for "GitHub"). Nothing inside an accepted term is
 * flagged. Fixable: `kb lint --fix` writes the configured word.
 *
 * Why: customers search and think in their own words; internal terms make
 * an article harder to find and to follow.
 *
 * Config: `jargon` (a list of `{ term, use }`), `vocabulary.accept`,
 * `vocabulary.reject`.
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
 *
 * @example not-ok
 * ```mdx
 * - Open the admin panel and
 *   turn on SSO for everyone.
 * ```
 * @expect 2:11 Internal term "SSO": say "single sign-on" instead
 */
import { defineRule } from '../lint/define-rule.ts';
import { atSentenceStart, capitalize } from '../lint/sentence-start.ts';
import { findVocabulary, type VocabularyHit } from '../lint/vocabulary.ts';

function messageOf(hit: VocabularyHit): string {
  if (hit.kind === 'jargon') return `Internal term "${hit.found}": say "${hit.use}" instead`;
  if (hit.kind === 'case') return `Write "${hit.expected}", not "${hit.found}": that is how the vocabulary spells it`;
  return `Rejected term "${hit.found}": the vocabulary rules it out, so reword the sentence`;
}

function replacementOf(hit: VocabularyHit, source: string, offset: number): string | undefined {
  if (hit.kind === 'case') return hit.expected;
  if (hit.kind !== 'jargon') return undefined;
  const startsUpper = /^\p{Lu}/u.test(hit.found);
  const acronym = hit.found === hit.found.toUpperCase();
  return startsUpper && (!acronym || atSentenceStart(source, offset)) ? capitalize(hit.use) : hit.use;
}

export default defineRule(
  'no-jargon',
  (ctx) => {
    const { vocabulary } = ctx;
    if (vocabulary.jargon.length === 0 && vocabulary.reject.length === 0 && vocabulary.accept.length === 0) return;
    for (const node of ctx.nodes('text')) {
      const hits = findVocabulary(node.value, vocabulary);
      if (hits.length === 0) continue;
      const at = ctx.offsets(node);
      // The jargon list and its replacements are written in the default language: translations get the spelling rules only.
      const translated = ctx.locale !== ctx.config.site.language.slice(0, 2);
      for (const hit of hits) {
        if (translated && hit.kind === 'jargon') continue;
        const offset = at(hit.index);
        const endOffset = at(hit.index + hit.found.length);
        const text = replacementOf(hit, ctx.source, offset);
        // Only a term written plainly in the source (no escapes or entities inside) is replaced.
        const fix = text !== undefined && ctx.source.slice(offset, endOffset) === hit.found ? { description: `Replace "${hit.found}" with "${text}"`, edits: [{ offset, endOffset, text }] } : undefined;
        ctx.report(messageOf(hit), { offset, endOffset }, { fix });
      }
    }
  },
  { onFallback: true },
);
