/**
 * English: parse-english for sentences and words (it knows "Mr." does not
 * end a sentence), the `syllable` package, the Flesch-Kincaid grade,
 * passives from retext-passive's irregular participles plus regular "-ed"
 * ones, and compromise's tagger for action-phrase titles.
 */
import { createRequire } from 'node:module';
import type { Root, Sentence, Word } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { ParseEnglish } from 'parse-english';
import retextPassive from 'retext-passive';
import { syllable } from 'syllable';
import { pointEnd, pointStart } from 'unist-util-position';
import { VFile } from 'vfile';
import { sentenceWords } from '../sentence-words.ts';
import type { LintLanguage, NlcstParser, PassiveMatch } from './lint-language.ts';
import { readingFormulas } from './reading-formulas.ts';

// compromise takes ~0.3 s to load; most runs never need it (titles usually start
// with a configured verb), so it is loaded on first use.
type Compromise = typeof import('compromise').default;
let nlpModule: Compromise | undefined;
function nlp(text: string): ReturnType<Compromise> {
  nlpModule ??= createRequire(import.meta.url)('compromise') as Compromise;
  return nlpModule(text);
}

// Help articles reuse a small vocabulary; remembering counts makes syllable
// counting nearly free after the first few articles.
const syllableCache = new Map<string, number>();
function syllables(word: string): number {
  let count = syllableCache.get(word);
  if (count === undefined) {
    count = Math.max(1, syllable(word));
    if (syllableCache.size < 200_000) syllableCache.set(word, count);
  }
  return count;
}


const beVerbs = new Set(['am', 'are', 'were', 'being', 'is', 'been', 'was', 'be']);
// Regular participles that after "to be" usually describe a state, not an action.
const adjectives = new Set([
  'interested', 'tired', 'excited', 'pleased', 'worried', 'bored', 'surprised', 'concerned', 'detailed',
  'advanced', 'supposed', 'used', 'married', 'experienced', 'skilled', 'qualified', 'ashamed', 'crowded',
  'dedicated', 'complicated', 'determined', 'scared', 'confused', 'satisfied', 'disappointed', 'relieved',
  'signed', 'logged',
]);
const adverb = /^(?:\p{L}+ly|not|also|now|then|still|always|never|only|just|often|usually|already)$/u;
const findIrregular = retextPassive();
const activeCache = new Map<string, string | undefined>();

/** "sent" → "send", for a message that shows the active form; undefined when unsure. */
function activeOf(participle: string): string | undefined {
  if (activeCache.has(participle)) return activeCache.get(participle);
  const doc = nlp(participle);
  doc.tag('Verb');
  const base = doc.verbs().toInfinitive().text().trim().toLowerCase();
  const active = base && base !== participle && !base.includes(' ') ? base : undefined;
  activeCache.set(participle, active);
  return active;
}

/** Regular "-ed" passives: be-verb, optional adverbs, then a participle. */
function regularPassives(sentence: Sentence, into: PassiveMatch[]): void {
  const { nodes: words, words: texts } = sentenceWords(sentence);
  words.forEach((word, i) => {
    if (!beVerbs.has(texts[i] ?? '')) return;
    let j = i + 1;
    while (j < words.length && adverb.test(texts[j] ?? '')) j++;
    const next = words[j];
    const text = next ? (texts[j] ?? '') : '';
    if (!next || !/^\p{L}{3,}ed$/u.test(text) || adjectives.has(text)) return;
    const start = pointStart(word);
    const end = pointEnd(next);
    if (!start || !end) return;
    into.push({ phrase: words.slice(i, j + 1).map((w) => toString(w)).join(' '), active: activeOf(text), place: { start, end } });
  });
}

const irregularWords = new Map<string, boolean>();

/** True when retext-passive lists the word as a participle (asked once per distinct word). */
function isIrregularParticiple(be: Word, word: Word, text: string): boolean {
  let known = irregularWords.get(text);
  if (known === undefined) {
    const root: Root = { type: 'RootNode', children: [{ type: 'ParagraphNode', children: [{ type: 'SentenceNode', children: [be, word] }] }] };
    const scratch = new VFile();
    findIrregular(root, scratch);
    known = scratch.messages.length > 0;
    if (irregularWords.size < 100_000) irregularWords.set(text, known);
  }
  return known;
}

/** Irregular passives ("is sent", "was written"), from retext-passive's list: a listed participle right after a be-verb. */
function irregularPassives(sentences: readonly Sentence[], into: PassiveMatch[]): void {
  for (const sentence of sentences) {
    const { nodes: words, words: texts } = sentenceWords(sentence);
    for (let i = 0; i + 1 < words.length; i++) {
      const be = words[i] as Word;
      const participle = words[i + 1] as Word;
      const text = texts[i + 1] ?? '';
      if (!beVerbs.has(texts[i] ?? '') || !isIrregularParticiple(be, participle, text)) continue;
      const start = pointStart(be);
      const end = pointEnd(participle);
      if (!start || !end) continue;
      into.push({ phrase: `${toString(be)} ${toString(participle)}`, active: activeOf(text), place: { start, end } });
    }
  }
}

/** True when the offset sits inside double quotes: a quoted UI message is the product's words, not the writer's. */
function insideQuotes(source: string, sentence: Sentence, offset: number | undefined): boolean {
  const start = sentence.position?.start.offset;
  if (start === undefined || offset === undefined) return false;
  return (source.slice(start, offset).match(/["“”]/g) ?? []).length % 2 === 1;
}

function passives(sentences: readonly Sentence[], source: string): PassiveMatch[] {
  // The passive needs a form of "to be": look only at those sentences.
  const candidates = sentences.filter((s) => sentenceWords(s).words.some((w) => beVerbs.has(w)));
  if (candidates.length === 0) return [];
  const found: PassiveMatch[] = [];
  irregularPassives(candidates, found);
  for (const sentence of candidates) regularPassives(sentence, found);
  return found.filter((passive) => {
    const offset = passive.place.start.offset ?? -1;
    const sentence = candidates.find((s) => (s.position?.start.offset ?? Infinity) <= offset && offset <= (s.position?.end.offset ?? -1));
    return !sentence || !insideQuotes(source, sentence, offset);
  });
}

const questionStart = /^(how|what|why|when|where|which|who|whom|whose|can|could|do|does|did|is|are|was|were|will|would|should|may|might|have|has)\b/i;

function isQuestion(title: string): boolean {
  const text = title.trim();
  return text.endsWith('?') && (questionStart.test(text) || text.split(/\s+/).length >= 3);
}

function isActionPhrase(title: string, verbs: ReadonlySet<string>): boolean {
  const first = title.trim().split(/\s+/)[0]?.toLowerCase().replace(/[^a-z-]/g, '') ?? '';
  if (verbs.has(first)) return true;
  const term = nlp(title).terms().json()[0]?.terms?.[0] as { tags?: string[] } | undefined;
  const tags = new Set(term?.tags ?? []);
  return tags.has('Imperative') || (tags.has('Infinitive') && !tags.has('Noun'));
}

export const english: LintLanguage = {
  code: 'en',
  parser: new ParseEnglish() as unknown as NlcstParser,
  syllables,
  syllableSource: 'the syllable package',
  grade: readingFormulas['flesch-kincaid'],
  passives,
  isQuestion,
  isActionPhrase,
};
