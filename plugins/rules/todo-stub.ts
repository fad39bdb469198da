/**
 * @rule todo-stub
 * No placeholder is left in the article: a paragraph, list item or heading
 * that starts with `TODO` (what `kb lint --fix` writes into a missing
 * required section) is an error until a writer replaces it. It cannot be
 * waived.
 *
 * Why: `--fix` adds the sections the playbook requires so the structure is
 * right, but only a writer can fill them; a placeholder must never reach
 * customers.
 *
 * @example ok
 * ```mdx
 * ## Troubleshooting
 *
 * If the invite does not arrive, check the spam folder.
 * ```
 *
 * @example not-ok
 * ```mdx
 * ## Troubleshooting
 *
 * TODO: write the Troubleshooting section.
 * ```
 * @expect 3:1 Placeholder "TODO: write the Troubleshooting section.": write the content, then remove the TODO
 */
import { defineRule } from '../lint/define-rule.ts';

const placeholder = /^TODO\b/;

export default defineRule(
  'todo-stub',
  (ctx) => {
    for (const type of ['paragraph', 'heading'] as const) {
      for (const node of ctx.nodes(type)) {
        const first = node.children[0];
        if (first?.type !== 'text' || !placeholder.test(first.value)) continue;
        const line = first.value.split(/\r?\n|\r/)[0] ?? '';
        const shown = line.length > 80 ? `${line.slice(0, 77)}…` : line;
        ctx.report(`Placeholder "${shown}": write the content, then remove the TODO`, node);
      }
    }
  },
  { onFallback: true },
);
