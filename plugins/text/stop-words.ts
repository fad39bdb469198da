/**
 * Stop words per language (ISO 639-1 code): the `stopword` package's list
 * (it keys lists by ISO 639-3, "eng", "deu") plus the words that fill
 * support messages (`stop-words-support.ts`). A language neither knows has
 * none.
 */
import * as stopword from 'stopword';
import { supportStopWords } from './stop-words-support.ts';

const iso3: Record<string, string> = {
  af: 'afr', ar: 'ara', bg: 'bul', ca: 'cat', cs: 'ces', da: 'dan', de: 'deu', el: 'ell', en: 'eng', es: 'spa', et: 'est',
  eu: 'eus', fa: 'fas', fi: 'fin', fr: 'fra', ga: 'gle', gl: 'glg', he: 'heb', hi: 'hin', hr: 'hrv', hu: 'hun', hy: 'hye',
  id: 'ind', it: 'ita', ja: 'jpn', ko: 'kor', la: 'lat', lt: 'lit', lv: 'lav', mr: 'mar', ms: 'msa', nb: 'nob', nl: 'nld',
  no: 'nob', pl: 'pol', pt: 'por', ro: 'ron', ru: 'rus', sk: 'slk', sl: 'slv', so: 'som', sv: 'swe', sw: 'swa', th: 'tha',
  tl: 'tgl', tr: 'tur', uk: 'ukr', ur: 'urd', vi: 'vie', yo: 'yor', zh: 'zho', zu: 'zul',
};

const lists = stopword as unknown as Record<string, readonly string[] | undefined>;
const cache = new Map<string, ReadonlySet<string>>();
const standardCache = new Map<string, ReadonlySet<string>>();

/** The `stopword` package's list alone (function words, no support chatter), lower-cased. */
export function standardStopWordsFor(language: string): ReadonlySet<string> {
  let words = standardCache.get(language);
  if (!words) {
    const key = iso3[language];
    words = new Set(((key && lists[key]) || []).map((w) => w.toLowerCase()));
    standardCache.set(language, words);
  }
  return words;
}

/** The stop words of a language, lower-cased, general and support chatter together. */
export function stopWordsFor(language: string): ReadonlySet<string> {
  let words = cache.get(language);
  if (!words) {
    const key = iso3[language];
    words = new Set([...((key && lists[key]) || []), ...(supportStopWords[language] ?? [])].map((w) => w.toLowerCase()));
    cache.set(language, words);
  }
  return words;
}
