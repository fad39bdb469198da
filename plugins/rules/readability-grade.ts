/**
 * @rule readability-grade
 * The Flesch-Kincaid grade of the article's prose is at most
 * `limits.reading_grade` (8); in other languages the formula and limit of
 * `limits.reading.<code>` apply (German: Wiener Sachtextformel at most 8;
 * Spanish: Fernández-Huerta at least 70; French: Kandel-Moles at least
 * 60), with syllables from that language's hyphenation patterns. Prose is paragraphs, list items and
 * blockquotes; code, headings, URLs, UI labels in `**bold**` or `<kbd>`,
 * link-only lists (like "Related articles") and the configured product
 * names and accepted terms are left out. When the grade is too high, the
 * hardest sentences are named as warnings at their own lines. The
 * frontmatter `summary` is checked on its own.
 *
 * Why: customers read help articles while stuck and in a hurry; grade 8
 * reads easily for nearly everyone, including readers of English as a
 * second language.
 *
 * Config: `limits.reading_grade` (default 8), `limits.reading.<code>`
 * (`{ formula, max }` or `{ formula, min }`), `limits.hardest_sentences`
 * (default 3), `readability.product_names`, `readability.ui_words`,
 * `vocabulary.accept`.
 *
 * @example ok
 * ```mdx
 * Open the app. Tap your name. Pick a new shift and save it.
 *
 * ## Related articles
 *
 * - [Troubleshoot synchronization](./sync.mdx)
 * - [Administrative notifications](./notes.mdx)
 * ```
 *
 * @example not-ok
 * ```mdx
 * Configuring organizational notification preferences necessitates administrative authorization.
 *
 * Tap **Save**.
 * ```
 * @expect 1:1 Reading grade 36.1, expected 8 or below: use shorter sentences and everyday words (the hardest sentences above the limit are marked)
 * @expect 1:1 Hard sentence (grade 42.8): split it or use shorter words
 */
import type { Sentence } from 'nlcst';
import { defineRule } from '../lint/define-rule.ts';
import { frontmatterPlace } from '../lint/frontmatter-place.ts';
import { indexNodes } from '../lint/node-index.ts';
import { formatGrade, scoreSentences } from '../lint/readability.ts';
import { readingLimitFor } from '../lint/language/languages.ts';

/** "8 or below" / "70 or above", and whether a score fails it. */
function limitOf(direction: 'max' | 'min', value: number) {
  return direction === 'max'
    ? { words: `${value} or below`, fails: (score: number) => score > value, harder: (a: number, b: number) => b - a }
    : { words: `${value} or above`, fails: (score: number) => score < value, harder: (a: number, b: number) => a - b };
}

export default defineRule(
  'readability-grade',
  (ctx) => {
    const formula = ctx.language.grade;
    const { direction, value } = readingLimitFor(ctx.locale, ctx.config);
    const limit = limitOf(direction, value);
    // A reading ease fails below its limit: round the negated score so 69.96 never shows as "70.0".
    const negated = (text: string) => (text.startsWith('-') ? text.slice(1) : `-${text}`);
    const shown = (score: number) => (direction === 'max' ? formatGrade(score, value) : negated(formatGrade(-score, -value)));
    // English keeps its grade wording; every other formula is named, with where its syllables come from.
    const isGrade = formula.id === 'flesch-kincaid';
    const { total, sentences, grade } = ctx.reading();
    if (total.sentences > 0 && limit.fails(grade)) {
      ctx.report(
        isGrade
          ? `Reading grade ${shown(grade)}, expected ${limit.words}: use shorter sentences and everyday words (the hardest sentences above the limit are marked)`
          : `${formula.name} ${shown(grade)}, expected ${limit.words} (limits.reading.${ctx.locale}; syllables from ${ctx.language.syllableSource}): use shorter sentences and everyday words (the hardest sentences are marked)`,
        { line: 1, column: 1 },
      );
      const hardest = sentences
        .filter((s) => limit.fails(s.grade))
        .sort((a, b) => limit.harder(a.grade, b.grade))
        .slice(0, ctx.config.limits.hardest_sentences);
      for (const sentence of hardest) {
        const what = isGrade ? `grade ${formatGrade(sentence.grade)}` : `${formula.name} ${formatGrade(sentence.grade)}`;
        ctx.report(`Hard sentence (${what}): split it or use shorter words`, sentence.node, { severity: ctx.severity === 'info' ? 'info' : 'warning' });
      }
    }
    const summary = ctx.frontmatter.raw?.summary;
    if (typeof summary === 'string' && summary.trim() !== '') {
      const summarySentences = (indexNodes(ctx.language.parser.parse(summary)).get('SentenceNode') ?? []) as Sentence[];
      const scored = scoreSentences(summarySentences, ctx.vocabulary.ignoredWords, ctx.language);
      if (scored.total.sentences > 0 && limit.fails(scored.grade)) {
        ctx.report(
          isGrade
            ? `Summary reads at grade ${shown(scored.grade)}, expected ${limit.words}: use shorter words and one short sentence`
            : `Summary scores ${shown(scored.grade)} (${formula.name}), expected ${limit.words}: use shorter words and one short sentence`,
          frontmatterPlace(ctx.frontmatter, ['summary']),
        );
      }
    }
  },
  { onFallback: true },
);
