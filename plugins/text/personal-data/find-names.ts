/**
 * Finds people's names in customer text, fast enough for every ticket of a
 * quarter: no tagger, a pass over the words with the cues support messages
 * carry — greetings ("Hi Marta,"), sign-offs ("Thanks, Kenji Berg",
 * "Best regards,\nMarta Kowalski", "Cheers – Aiko"), introductions ("my name
 * is", "this is", "Aiko here"), titles ("Mr. Jones"), relations ("my
 * colleague Chidi Okafor") — plus the name lexicon (a known given name,
 * then its family name) and pairs of capitalized words that are neither
 * English nor known product words ("Priya Natarajan"). compromise's tagger
 * adds what this misses where text is quoted or stored (see
 * `scrub-personal-data.ts`).
 */
import { isEnglishWord, nameLexicon, type NameLexicon } from './name-lexicon.ts';

/** A name found at [start, end) of the text. */
export interface NameSpan {
  start: number;
  end: number;
}

interface Token {
  start: number;
  end: number;
  lower: string;
  /** Starts with an uppercase letter. */
  cap: boolean;
  /** Only the gap before it: punctuation and spaces since the previous word. */
  gap: string;
  sentenceStart: boolean;
  lineStart: boolean;
}

const WORD = /[\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*/gu;
const GREETINGS = new Set(['hi', 'hello', 'hey', 'hiya', 'dear', 'greetings', 'howdy', 'hallo', 'hola', 'bonjour', 'ciao', 'salut', 'moin', 'servus', 'hej', 'hei', 'morning', 'evening', 'afternoon']);
const SIGN_OFFS = [
  'thanks', 'thank you', 'thanks again', 'thanks so much', 'thank you so much', 'thanks a lot', 'many thanks', 'thx', 'ty', 'cheers',
  'regards', 'kind regards', 'best regards', 'warm regards', 'warmest regards', 'kindest regards', 'with regards', 'best wishes',
  'all the best', 'best', 'sincerely', 'yours sincerely', 'yours truly', 'yours', 'cordially', 'respectfully', 'br', 'kr', 'talk soon',
  'take care', 'greetings', 'love', 'danke', 'grüße', 'gruss', 'gracias', 'merci', 'saludos', 'cumprimentos', 'pozdrawiam',
].map((phrase) => phrase.split(' '));
const STRICT_INTROS = [['i', 'am'], ["i'm"], ['im'], ['this', 'is'], ["it's"], ['it', 'is'], ['signed']];
const LOOSE_INTROS = [['my', 'name', 'is'], ["my", "name's"], ['name'], ['names']];
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'herr', 'frau', 'mme', 'mlle', 'sr', 'sra', 'srta', 'señor', 'señora']);
const POSSESSIVES = new Set(['my', 'our', 'his', 'her', 'their', 'your']);
const RELATIONS = new Set([
  'colleague', 'colleagues', 'coworker', 'co-worker', 'manager', 'boss', 'employee', 'supervisor', 'assistant', 'admin',
  'administrator', 'teammate', 'owner', 'accountant', 'friend', 'husband', 'wife', 'partner', 'son', 'daughter', 'mother',
  'father', 'client', 'director', 'lead', 'intern', 'contractor', 'worker', 'nurse', 'driver', 'cashier', 'member',
]);

/** Options of {@link findNames}. */
export interface FindNamesOptions {
  /** Words never taken for a name (product and plan names), lowercase. */
  keep?: ReadonlySet<string>;
}

/** The names in `text`, in order, not overlapping. */
export function findNames(text: string, options: FindNamesOptions = {}): NameSpan[] {
  const lexicon = nameLexicon();
  const keep = options.keep;
  const tokens = tokenize(text);
  const spans: NameSpan[] = [];
  const english = (t: Token) => isEnglishWord(lexicon, t.lower) || keep?.has(t.lower) === true;
  const stop = (t: Token) => lexicon.stop.has(t.lower) || keep?.has(t.lower) === true;
  const given = (t: Token) => lexicon.given.has(t.lower) && keep?.has(t.lower) !== true;
  const family = (t: Token) => lexicon.family.has(t.lower) && keep?.has(t.lower) !== true;
  // A word one would call a name: a known given name that is no English word, or a capitalized word that is neither.
  const nameLike = (t: Token) => !stop(t) && ((given(t) && !english(t)) || (t.cap && !english(t)));

  /** The name starting at token i, `first` deciding its first word; its last token index, or -1. */
  const nameAt = (i: number, first: (t: Token) => boolean, loose: boolean): number => {
    const head = tokens[i];
    if (!head || stop(head) || !first(head)) return -1;
    let last = i;
    for (let j = i + 1; j < tokens.length && j <= i + 2; j++) {
      const t = tokens[j]!;
      if (!/^\.?[ \t\u00a0]{1,3}$/.test(t.gap) || stop(t)) break;
      const lineEnds = isLineEnd(tokens, j);
      if (!(t.cap || family(t) || given(t) || (loose && lineEnds && !english(t)))) break;
      last = j;
    }
    return last;
  };
  const add = (from: number, to: number) => {
    const start = tokens[from]!.start;
    const end = tokens[to]!.end;
    const previous = spans[spans.length - 1];
    if (previous && start < previous.end) previous.end = Math.max(previous.end, end);
    else spans.push({ start, end });
  };
  const cueFirst = (t: Token) => given(t) || (t.cap && !english(t)) || (t.cap && family(t));

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Greeting at the start of a line: "Hi Marta," "Dear Mr. Smith".
    if (t.lineStart && GREETINGS.has(t.lower)) {
      let k = i + 1;
      if (tokens[k] && TITLES.has(tokens[k]!.lower) && sameLine(tokens[k]!)) k++;
      if (tokens[k] && sameLine(tokens[k]!) && /^[ \t,]*$/.test(tokens[k]!.gap.replace('.', ''))) {
        const end = nameAt(k, (h) => cueFirst(h) || (isLineEnd(tokens, k) && !english(h) && !stop(h)) || (TITLES.has(tokens[k - 1]!.lower) && h.cap), true);
        if (end >= 0) add(k > i + 1 ? i + 1 : k, end);
      }
    }
    // Sign-off, then the name on the same line or the next: "Thanks, Kenji Berg", "Best regards,\nMarta Kowalski".
    const signOff = matchPhrase(tokens, i, SIGN_OFFS);
    if (signOff > 0) {
      const k = i + signOff;
      const next = tokens[k];
      if (next && /^[ \t]*[,.!:;–—-]*[ \t]*(?:\r?\n[ \t]*)?[-–—]?[ \t]*$/.test(next.gap)) {
        const end = nameAt(k, (h) => cueFirst(h) || (isLineEnd(tokens, k) && !english(h)) || (isLineEnd(tokens, k + 1) && given(h)), true);
        if (end >= 0 && isLineEnd(tokens, end, true)) add(k, end);
      }
    }
    // Introductions: "my name is Aiko Tanaka", "this is Anna Freeman", "I'm Kenji".
    const loose = matchPhrase(tokens, i, LOOSE_INTROS);
    if (loose > 0 && tokens[i + loose] && /^[ \t:,-]*$/.test(tokens[i + loose]!.gap)) {
      const end = nameAt(i + loose, (h) => cueFirst(h) || !english(h), true);
      if (end >= 0) add(i + loose, end);
    }
    const strict = matchPhrase(tokens, i, STRICT_INTROS);
    if (strict > 0 && tokens[i + strict] && /^[ \t,]*$/.test(tokens[i + strict]!.gap)) {
      const end = nameAt(i + strict, (h) => h.cap && (given(h) || !english(h)), false);
      if (end >= 0) add(i + strict, end);
    }
    // Titles: "Mr. Jones", "Dr Aiko Tanaka".
    if (TITLES.has(t.lower) && t.cap && tokens[i + 1] && /^\.?[ \t]{1,2}$/.test(tokens[i + 1]!.gap)) {
      const end = nameAt(i + 1, (h) => h.cap, false);
      if (end >= 0) add(i, end);
    }
    // Relations: "my colleague Chidi Okafor", "our manager, Priya".
    if (POSSESSIVES.has(t.lower) && tokens[i + 1] && RELATIONS.has(tokens[i + 1]!.lower)) {
      let k = i + 2;
      if (tokens[k] && (tokens[k]!.lower === 'named' || tokens[k]!.lower === 'called')) k++;
      if (tokens[k] && /^[ \t,]*$/.test(tokens[k]!.gap)) {
        const end = nameAt(k, (h) => h.cap && (given(h) || family(h) || !english(h)), false);
        if (end >= 0) add(k, end);
      }
    }
    // "Aiko here," at the start of a line.
    if (t.lineStart) {
      const end = nameAt(i, (h) => h.cap && (given(h) || !english(h)), false);
      const here = tokens[end + 1];
      if (end >= 0 && here && here.lower === 'here' && /^[ \t]+$/.test(here.gap)) add(i, end);
    }
    // The lexicon: a known given name, then its family name.
    if (t.cap && given(t) && !stop(t)) {
      const next = tokens[i + 1];
      const followed = next !== undefined && /^[ \t]{1,2}$/.test(next.gap) && next.cap && !stop(next) && (family(next) || !english(next));
      if (!english(t) || followed || !t.sentenceStart) {
        const end = nameAt(i, () => true, false);
        if (end >= 0) add(i, end);
      }
    }
    // Two capitalized words that are neither English nor known words: "Priya Natarajan", "Chidi Okafor".
    const next = tokens[i + 1];
    if (next && t.cap && next.cap && /^[ \t]{1,2}$/.test(next.gap) && !stop(t) && !stop(next)) {
      const firstOk = nameLike(t) || (given(t) && !t.sentenceStart);
      const secondOk = family(next) || (!english(next) && !isAllCaps(text, next));
      if (firstOk && secondOk && !isAllCaps(text, t)) add(i, i + 1);
    }
  }
  return spans;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    // Placeholders left by earlier passes ("[email]") are not words of the text.
    if (text[start - 1] === '[' && text[end] === ']') {
      previousEnd = end + 1;
      continue;
    }
    const gap = text.slice(previousEnd, start);
    const first = match[0][0]!;
    tokens.push({
      start,
      end,
      lower: match[0].toLowerCase().replace(/’/g, "'"),
      cap: first !== first.toLowerCase(),
      gap,
      sentenceStart: tokens.length === 0 || /[.!?\n:;]/.test(gap),
      lineStart: tokens.length === 0 || gap.includes('\n'),
    });
    previousEnd = end;
  }
  return tokens;
}

function sameLine(t: Token): boolean {
  return !t.gap.includes('\n');
}

/** Whether nothing but punctuation follows token i on its line (`loose`: a comma and more may follow, as in a signature). */
function isLineEnd(tokens: readonly Token[], i: number, loose = false): boolean {
  const next = tokens[i + 1];
  if (!next) return true;
  if (next.gap.includes('\n')) return true;
  return loose && /^[ \t]*[,(|–—-]/.test(next.gap);
}

function isAllCaps(text: string, t: Token): boolean {
  const word = text.slice(t.start, t.end);
  return word.length > 1 && word === word.toUpperCase();
}

/** Phrases grouped by their first word, so each token costs one map lookup. */
const phraseIndex = new WeakMap<ReadonlyArray<readonly string[]>, Map<string, Array<readonly string[]>>>();

function byFirstWord(phrases: ReadonlyArray<readonly string[]>): Map<string, Array<readonly string[]>> {
  let index = phraseIndex.get(phrases);
  if (index === undefined) {
    index = new Map();
    for (const phrase of phrases) {
      const list = index.get(phrase[0]!) ?? [];
      list.push(phrase);
      index.set(phrase[0]!, list);
    }
    phraseIndex.set(phrases, index);
  }
  return index;
}

/** The length of the phrase from `phrases` that starts at token i (longest first), or 0. */
function matchPhrase(tokens: readonly Token[], i: number, phrases: ReadonlyArray<readonly string[]>): number {
  const first = tokens[i];
  const candidates = first === undefined ? undefined : byFirstWord(phrases).get(first.lower);
  if (candidates === undefined) return 0;
  let best = 0;
  for (const phrase of candidates) {
    if (phrase.length <= best) continue;
    let ok = true;
    for (let k = 0; k < phrase.length; k++) {
      const t = tokens[i + k];
      if (!t || t.lower !== phrase[k] || (k > 0 && !/^[ \t]+$/.test(t.gap))) {
        ok = false;
        break;
      }
    }
    if (ok) best = phrase.length;
  }
  return best;
}

export type { NameLexicon };
