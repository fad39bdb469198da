/**
 * Stop words of any language (ISO 639-1 code) for reports, triage and
 * clustering: the `stopword` package's list (it keys lists by ISO 639-3,
 * "eng", "deu") plus the support chatter of the language — English from
 * `stop-words.ts` (what the site's search drops too), others from
 * `stop-words-support.ts`. Words are folded like `tokenize` folds them
 * ("für" → "fur", "don't" → "dont"). Node only: the browser's search reads
 * English alone, through `stop-words.ts`.
 */
import * as stopword from 'stopword';
import { foldText } from './fold-text.ts';
import { stopWordsFor } from './stop-words.ts';
import { supportStopWords } from './stop-words-support.ts';

const iso3: Record<string, string> = {
  af: 'afr', ar: 'ara', bg: 'bul', ca: 'cat', cs: 'ces', da: 'dan', de: 'deu', el: 'ell', en: 'eng', es: 'spa', et: 'est',
  eu: 'eus', fa: 'fas', fi: 'fin', fr: 'fra', ga: 'gle', gl: 'glg', he: 'heb', hi: 'hin', hr: 'hrv', hu: 'hun', hy: 'hye',
  id: 'ind', it: 'ita', ja: 'jpn', ko: 'kor', la: 'lat', lt: 'lit', lv: 'lav', mr: 'mar', ms: 'msa', nb: 'nob', nl: 'nld',
  no: 'nob', pl: 'pol', pt: 'por', ro: 'ron', ru: 'rus', sk: 'slk', sl: 'slv', so: 'som', sv: 'swe', sw: 'swa', th: 'tha',
  tl: 'tgl', tr: 'tur', uk: 'ukr', ur: 'urd', vi: 'vie', yo: 'yor', zh: 'zho', zu: 'zul',
};

const lists = stopword as unknown as Record<string, readonly string[] | undefined>;
const fold = (word: string) => foldText(word).replaceAll("'", '');
const cache = new Map<string, ReadonlySet<string>>();
const standardCache = new Map<string, ReadonlySet<string>>();

/** The `stopword` package's list of a language alone (function words, no support chatter), folded. */
export function standardStopWords(language: string): ReadonlySet<string> {
  let words = standardCache.get(language);
  if (!words) {
    const key = iso3[language];
    words = new Set(((key && lists[key]) || []).map(fold));
    standardCache.set(language, words);
  }
  return words;
}

/** The stop words of a language, folded: function words and support chatter together; empty for a language without a list. */
export function languageStopWords(language: string): ReadonlySet<string> {
  let words = cache.get(language);
  if (!words) {
    if (language === 'en') words = stopWordsFor('en');
    else words = new Set([...standardStopWords(language), ...(supportStopWords[language] ?? []).map(fold)]);
    cache.set(language, words);
  }
  return words;
}
