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
 * @expect 1:17 Passive voice "is sent": say who does it, like "We send…" or "You send…"
 *
 * @example not-ok
 * ```mdx
 * Your old shifts are automatically deleted after a year.
 * ```
 * @expect 1:17 Passive voice "are automatically deleted": say who does it, like "We delete…" or "You delete…"
 */
import nlp from 'compromise';
import type { Root, Sentence, Word } from 'nlcst';
import type { Position } from 'unist';
import { pointEnd, pointStart } from 'unist-util-position';
import { toString } from 'nlcst-to-string';
import retextPassive from 'retext-passive';
import { VFile } from 'vfile';
import { defineRule } from '../lint/define-rule.ts';

const findPassive = retextPassive();
const beVerbs = new Set(['am', 'are', 'were', 'being', 'is', 'been', 'was', 'be']);

// Regular participles that after "to be" usually describe a state, not an action.
const adjectives = new Set([
  'interested', 'tired', 'excited', 'pleased', 'worried', 'bored', 'surprised', 'concerned', 'detailed',
  'advanced', 'supposed', 'used', 'married', 'experienced', 'skilled', 'qualified', 'ashamed', 'crowded',
  'dedicated', 'complicated', 'determined', 'scared', 'confused', 'satisfied', 'disappointed', 'relieved',
  'signed', 'logged',
]);
const adverb = /^(?:\p{L}+ly|not|also|now|then|still|always|never|only|just|often|usually|already)$/u;

interface Passive {
  phrase: string;
  participle: string;
  place: Position;
}

/** Regular "-ed" passives: be-verb, optional adverbs, then a participle. */
function regularPassives(sentence: Sentence): Passive[] {
  const words = sentence.children.filter((c): c is Word => c.type === 'WordNode');
  const found: Passive[] = [];
  words.forEach((word, i) => {
    if (!beVerbs.has(toString(word).toLowerCase())) return;
    let j = i + 1;
    while (j < words.length && adverb.test(toString(words[j] as Word).toLowerCase())) j++;
    const next = words[j];
    const text = next ? toString(next).toLowerCase() : '';
    if (!next || !/^\p{L}{3,}ed$/u.test(text) || adjectives.has(text)) return;
    const start = pointStart(word);
    const end = pointEnd(next);
    if (!start || !end) return;
    found.push({ phrase: words.slice(i, j + 1).map((w) => toString(w)).join(' '), participle: text, place: { start, end } });
  });
  return found;
}

/** Irregular passives ("is sent", "was written"), from retext-passive's list. */
function irregularPassives(sentences: readonly Sentence[], source: string): Passive[] {
  const root: Root = { type: 'RootNode', children: [{ type: 'ParagraphNode', children: [...sentences] }] };
  const scratch = new VFile();
  findPassive(root, scratch);
  return scratch.messages.flatMap((found) => {
    const place = found.place && 'start' in found.place ? found.place : undefined;
    if (!place) return [];
    const participle = (found.actual ?? '').toLowerCase();
    // retext-passive reports the participle; show the "is/was/been" before it too.
    const verb = /(\p{L}+)\s+$/u.exec(source.slice(Math.max(0, (place.start.offset ?? 0) - 20), place.start.offset))?.[1];
    return [{ phrase: verb ? `${verb} ${found.actual ?? ''}` : (found.actual ?? ''), participle, place }];
  });
}

/** True when the offset sits inside double quotes: a quoted UI message is the product's words, not the writer's. */
function insideQuotes(source: string, sentence: Sentence, offset: number | undefined): boolean {
  const start = sentence.position?.start.offset;
  if (start === undefined || offset === undefined) return false;
  return ((source.slice(start, offset).match(/["“”]/g) ?? []).length) % 2 === 1;
}

export default defineRule('passive-voice', (_tree, ctx) => {
  // The passive needs a form of "to be": look only at those sentences.
  const candidates = ctx
    .sentences()
    .filter((s) => s.children.some((c) => c.type === 'WordNode' && beVerbs.has(toString(c).toLowerCase())));
  if (candidates.length === 0) return;
  const source = String(ctx.file.value);
  const found = [...irregularPassives(candidates, source), ...candidates.flatMap(regularPassives)].filter((passive) => {
    const offset = passive.place.start.offset;
    const sentence = candidates.find((s) => (s.position?.start.offset ?? Infinity) <= (offset ?? -1) && (offset ?? -1) <= (s.position?.end.offset ?? -1));
    return !sentence || !insideQuotes(source, sentence, offset);
  });
  for (const passive of found) {
    const base = infinitive(passive.participle);
    const hint = base ? `like "We ${base}…" or "You ${base}…"` : 'starting with "We" or "You"';
    ctx.report(`Passive voice "${passive.phrase}": say who does it, ${hint}`, passive.place);
  }
});

/** "sent" → "send", for a message that shows the active form; undefined when unsure. */
function infinitive(participle: string): string | undefined {
  const doc = nlp(participle);
  doc.tag('Verb');
  const base = doc.verbs().toInfinitive().text().trim().toLowerCase();
  return base && base !== participle && !base.includes(' ') ? base : undefined;
}
