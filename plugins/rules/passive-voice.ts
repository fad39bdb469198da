/**
 * @rule passive-voice
 * Passive sentences ("Your invoice is sent by email"), found by
 * `retext-passive` in the prose. A warning: sometimes the passive is the
 * clearest choice.
 *
 * Why: active sentences say who does what ("We send your invoice"), which
 * matters when a customer must act.
 *
 * @example ok
 * ```mdx
 * We send your invoice by email on the first day of each month.
 * ```
 *
 * @example not-ok
 * ```mdx
 * Your invoice is sent by email on the first day of each month.
 * ```
 * @expect 1:17 Passive voice "is sent": say who does it, like "We send…" or "You send…"
 */
import nlp from 'compromise';
import type { Root } from 'nlcst';
import { toString } from 'nlcst-to-string';
import retextPassive from 'retext-passive';
import { VFile } from 'vfile';
import { defineRule } from '../lint/define-rule.ts';

const findPassive = retextPassive();
const beVerbs = new Set(['am', 'are', 'were', 'being', 'is', 'been', 'was', 'be']);

export default defineRule('passive-voice', (_tree, ctx) => {
  // The passive needs a form of "to be"; searching only those sentences keeps the phrase search cheap.
  const candidates = ctx
    .sentences()
    .filter((s) => s.children.some((c) => c.type === 'WordNode' && beVerbs.has(toString(c).toLowerCase())));
  if (candidates.length === 0) return;
  const root: Root = { type: 'RootNode', children: [{ type: 'ParagraphNode', children: candidates }] };
  const scratch = new VFile();
  findPassive(root, scratch);
  const source = String(ctx.file.value);
  for (const found of scratch.messages) {
    const participle = found.actual ?? '';
    const offset = found.place && 'start' in found.place ? found.place.start.offset : undefined;
    // retext-passive reports the participle; show the "is/was/been" before it too.
    const verb = offset === undefined ? undefined : /(\p{L}+)\s+$/u.exec(source.slice(Math.max(0, offset - 20), offset))?.[1];
    const phrase = verb ? `${verb} ${participle}` : participle;
    const base = infinitive(participle);
    const hint = base ? `like "We ${base}…" or "You ${base}…"` : 'starting with "We" or "You"';
    ctx.report(`Passive voice "${phrase}": say who does it, ${hint}`, found.place);
  }
});

/** "sent" → "send", for a message that shows the active form. */
function infinitive(participle: string): string | undefined {
  const base = nlp(`they have ${participle.toLowerCase()}`).verbs().toInfinitive().text().split(/\s+/).pop();
  return base && base !== participle.toLowerCase() ? base : undefined;
}
