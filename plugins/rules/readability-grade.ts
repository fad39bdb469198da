/**
 * @rule readability-grade
 * The Flesch-Kincaid grade of the article's prose is at most
 * `limits.reading_grade` (8). Prose is paragraphs, list items and
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
 * Config: `limits.reading_grade` (default 8), `limits.hardest_sentences`
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

export default defineRule(
  'readability-grade',
  (ctx) => {
    const limit = ctx.config.limits.reading_grade;
    const { total, sentences, grade } = ctx.reading();
    if (total.sentences > 0 && grade > limit) {
      ctx.report(
        `Reading grade ${formatGrade(grade, limit)}, expected ${limit} or below: use shorter sentences and everyday words (the hardest sentences above the limit are marked)`,
        { line: 1, column: 1 },
      );
      const hardest = sentences
        .filter((s) => s.grade > limit)
        .sort((a, b) => b.grade - a.grade)
        .slice(0, ctx.config.limits.hardest_sentences);
      for (const sentence of hardest) {
        ctx.report(`Hard sentence (grade ${formatGrade(sentence.grade)}): split it or use shorter words`, sentence.node, { severity: ctx.severity === 'info' ? 'info' : 'warning' });
      }
    }
    const summary = ctx.frontmatter.raw?.summary;
    if (typeof summary === 'string' && summary.trim() !== '') {
      const summarySentences = (indexNodes(ctx.language.parser.parse(summary)).get('SentenceNode') ?? []) as Sentence[];
      const scored = scoreSentences(summarySentences, ctx.vocabulary.ignoredWords, ctx.language);
      if (scored.total.sentences > 0 && scored.grade > limit) {
        ctx.report(
          `Summary reads at grade ${formatGrade(scored.grade, limit)}, expected ${limit} or below: use shorter words and one short sentence`,
          frontmatterPlace(ctx.frontmatter, ['summary']),
        );
      }
    }
  },
  { onFallback: true },
);
