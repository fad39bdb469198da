/**
 * @rule passive-voice
 * Passive sentences ("Your invoice is sent by email", "Old shifts are
 * deleted after a year"): a form of "to be" followed by a past participle —
 * the irregular ones `retext-passive` knows, and regular "-ed" ones. A
 * warning: sometimes the passive is the clearest choice.
 *
 * Why: active sentences say who does what ("We send your invoice"), which
 * matters when a customer must act.
 *
 * Quoted text ("If you see "Access was removed": …") is the product's own
 * message, not the writer's sentence, so it is left alone.
 *
 * @example ok
 * ```mdx
 * We send your invoice by email on the first day of each month. You are signed in.
 *
 * If you see "Access was removed": click **Reconnect**.
 * ```
 *
 * @example not-ok
 * ```mdx
 * Your invoice is sent by email on the first day of each month.
 * ```
 * @expect 1:14 Passive voice "is sent": say who does it, like "We send…" or "You send…"
 *
 * @example not-ok
 * ```mdx
 * Your old shifts are automatically deleted after a year.
 * ```
 * @expect 1:17 Passive voice "are automatically deleted": say who does it, like "We delete…" or "You delete…"
 *
 * @example not-ok
 * ```mdx
 * > Your timesheet goes to your manager, and
 * > it is approved within a day.
 * ```
 * @expect 2:6 Passive voice "is approved": say who does it, like "We approve…" or "You approve…"
 */
import { defineRule } from '../lint/define-rule.ts';

export default defineRule(
  'passive-voice',
  (ctx) => {
    // Without a passive-voice library for the language the run says once that it is not checked.
    if (!ctx.language.passives) return;
    for (const passive of ctx.language.passives(ctx.sentences(), ctx.source)) {
      const hint = passive.active ? `like "We ${passive.active}…" or "You ${passive.active}…"` : 'starting with "We" or "You"';
      ctx.report(`Passive voice "${passive.phrase}": say who does it, ${hint}`, passive.place);
    }
  },
  { onFallback: true },
);
