/**
 * @rule frontmatter-schema
 * Frontmatter fields, types and values: the fields of PLAYBOOK §1.2, a known
 * category, type and plans, and `last_updated` a real date not in the future.
 *
 * Why: the site, search filters and reports all read these fields; a wrong
 * one hides an article from its category or filter.
 *
 * Config: `categories`, `article_types`, `plans`, `product_areas`.
 *
 * @example ok
 * ```mdx
 * ---
 * title: Update your payment method
 * summary: Change the card we charge for your plan in a few clicks.
 * category: billing-and-account
 * product_area: billing
 * applies_to: [pro, enterprise]
 * difficulty: beginner
 * last_updated: 2026-01-15
 * owner: maria
 * ---
 * ```
 *
 * @example not-ok
 * ```mdx
 * ---
 * title: Update your payment method
 * summary: Change the card we charge for your plan in a few clicks.
 * category: payments
 * product_area: billing
 * applies_to: [pro]
 * difficulty: easy
 * last_updated: 2026-02-30
 * ---
 * ```
 * @expect 4:1 "category" is "payments", not an allowed value: use one of "getting-started", "how-to", "troubleshooting", "api", "billing-and-account", "faq"
 * @expect 7:1 "difficulty" is "easy", not an allowed value: use one of "beginner", "intermediate", "advanced"
 * @expect 8:1 "last_updated" is not a real date: write it as YYYY-MM-DD, like 2026-03-14
 * @expect 1:1 Missing required field "owner": add "owner:" with text
 */
import { describeIssue, valueAt } from '../config/describe-issue.ts';
import { defineRule } from '../lint/define-rule.ts';
import { frontmatterPlace } from '../lint/frontmatter-place.ts';

export default defineRule(
  'frontmatter-schema',
  (ctx) => {
    const { problems, raw, yaml } = ctx.frontmatter;
    if (problems.missing) {
      ctx.report(
        'No frontmatter: start the file with a --- block holding title, summary, category, product_area, applies_to, difficulty, last_updated and owner',
        { line: 1, column: 1 },
      );
      return;
    }
    if (!yaml) return;
    for (const issue of problems.issues) {
      const text = describeIssue(issue, valueAt(raw, issue.path));
      const missing = issue.code === 'invalid_type' && valueAt(raw, issue.path) === undefined;
      const keyPath = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
      // A missing field has no line of its own: point at the opening `---`.
      const place = missing ? { line: yaml.firstLine - 1, column: 1 } : frontmatterPlace(ctx.frontmatter, keyPath);
      ctx.report(`${text.what}: ${text.fix}`, place);
    }
  },
  { onFallback: true },
);
