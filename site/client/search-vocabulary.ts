/**
 * The words of the search index (`search/vocabulary.json`, written at build
 * time by `scripts/build/search-vocabulary.ts`), loaded when search opens.
 * It answers three questions about a word of a query: does the KB use it
 * (or a form of it: "invoices" for "invoice"), which KB word is it a typo
 * of, and does it begin a KB word (for the word being typed).
 *
 * Typos are corrected by the rule of `plugins/text/typo-rule.ts` to a KB
 * word or to a common English word that is a form of one ("invitaion" →
 * "invitation", a form of "invite"); among equally close words the one
 * most pages use wins, KB words before forms; a strictly closer English
 * word the KB does not use wins over both (see `nearest`). A word that is itself
 * a dictionary word ("passport", near "password") is never corrected: the
 * build lists the dictionary words near the KB's words (`realWords`).
 */
import { isShardWord, shardOf } from '../../plugins/text/dictionary-shard.ts';
import { frontDecode } from '../../plugins/text/front-coding.ts';
import { stem } from '../../plugins/text/stem.ts';
import { stopWordsFor } from '../../plugins/text/stop-words.ts';
import { typoEdits } from '../../plugins/text/typo-rule.ts';
import { siteBase } from './site-base.ts';

/** What `search/vocabulary.json` holds. */
export interface VocabularyData {
  version: 1;
  language: string;
  pages: number;
  /** Distinct words, most pages first. */
  words: string[];
  /** Action words (`title.action_verbs`), folded. */
  actions?: string[];
  /** Dictionary words a typo away from a KB word: spelled right, so never corrected. */
  realWords?: string[];
  /** Keyword and synonym phrases holding a stop word ("sign up"), folded. */
  phrases?: string[];
  /** Another dialect's spelling of a KB word ("greyed" → "grayed"). */
  variants?: Record<string, string>;
  /** Common English words by commonness band, most common first, each front-coded (`plugins/text/front-coding.ts`). */
  common?: string[];
  /** Pagefind ids of the troubleshooting articles' pages. */
  troubleshooting?: string[];
  /** The rarer dictionary words that are forms of KB words ("encrypted" of "encrypt"), front-coded. */
  forms?: string;
  /** Keys of the rarer dictionary words' shards (`search-dictionary.ts`): a word whose shard is not listed is in none. */
  dictionary?: string[];
  /** Words on nearly every page: search leaves them out of a query that has other words. */
  everywhere?: string[];
}

export class Vocabulary {
  readonly pages: number;
  readonly language: string;
  private readonly words: readonly string[];
  private readonly known: ReadonlySet<string>;
  private readonly stems: ReadonlySet<string>;
  private readonly realWords: ReadonlySet<string>;
  private readonly actions: ReadonlySet<string>;
  /** Phrases holding a stop word, folded ("sign up"). */
  readonly phrases: readonly string[];
  private readonly variants: ReadonlyMap<string, string>;
  /** Pagefind ids of the troubleshooting articles' pages. */
  readonly troubleshooting: ReadonlySet<string>;
  private readonly bands: Map<string, number>;
  /** The band of the rarer dictionary words: the one after the common bands. */
  readonly dictionaryBand: number;
  private readonly shards: ReadonlySet<string>;
  private readonly everywhere: ReadonlySet<string>;
  private readonly shardsRead = new Set<string>();
  /** The rarer dictionary words that are forms of KB words ("encrypted" of "encrypt"), for correcting typos of them. */
  private readonly rarerForms: readonly string[];

  constructor(data: VocabularyData) {
    this.pages = data.pages;
    this.language = data.language;
    this.words = data.words;
    this.known = new Set(data.words);
    this.stems = new Set(data.words.map((word) => stem(word, data.language)));
    this.realWords = new Set(data.realWords ?? []);
    this.actions = new Set((data.actions ?? []).map((word) => stem(word, data.language)));
    this.phrases = data.phrases ?? [];
    this.variants = new Map(Object.entries(data.variants ?? {}));
    this.troubleshooting = new Set(data.troubleshooting ?? []);
    const bands = new Map<string, number>();
    (data.common ?? []).forEach((band, i) => {
      for (const word of frontDecode(band)) bands.set(word, i);
    });
    this.bands = bands;
    this.dictionaryBand = (data.common ?? []).length;
    this.shards = new Set(data.dictionary ?? []);
    this.everywhere = new Set(data.everywhere ?? []);
    this.rarerForms = frontDecode(data.forms ?? '');
  }

  /** The dictionary shards (not yet read) that may hold `words`, the words of a query the vocabulary cannot place. */
  shardsFor(words: readonly string[]): string[] {
    const stops = stopWordsFor(this.language);
    const keys = words.filter((word) => isShardWord(word) && !stops.has(word) && !this.known.has(word) && !this.bands.has(word) && !this.realWords.has(word)).map(shardOf);
    return [...new Set(keys)].filter((key) => this.shards.has(key) && !this.shardsRead.has(key));
  }

  /** Adds a shard's words as the rarer dictionary words (`dictionaryBand`). */
  addShard(key: string, words: readonly string[]): void {
    if (this.shardsRead.has(key)) return;
    this.shardsRead.add(key);
    // KB words keep the weight the common bands give them, whichever shards a session has read.
    for (const word of words) if (!this.bands.has(word) && !this.known.has(word)) this.bands.set(word, this.dictionaryBand);
  }

  /** The KB's spelling of `word` when `word` is another dialect's spelling of a KB word ("greyed" → "grayed"). */
  variantOf(word: string): string | undefined {
    return this.variants.get(word);
  }

  /** How common `word` is in general English, for a word the KB does not use: its band (0 the most common), or undefined for a rare word. */
  commonBand(word: string): number | undefined {
    return this.bands.get(word);
  }

  /** True when `word` is a form of an action word ("approving" of "approve"). */
  isAction(word: string): boolean {
    return this.actions.has(stem(word, this.language));
  }

  /** True when the KB uses `word` or another form of it (same stem). */
  knows(word: string): boolean {
    return this.known.has(word) || (!/\d/.test(word) && this.stems.has(stem(word, this.language)));
  }

  /** True when `word` is on nearly every page (`everywhere`), so it says next to nothing about which page answers. */
  isEverywhere(word: string): boolean {
    return this.everywhere.has(word);
  }

  /** True when the KB uses `word` exactly. */
  hasWord(word: string): boolean {
    return this.known.has(word);
  }

  /** True when `word` is a dictionary word a typo away from a KB word (spelled right, so never corrected by the typo rule). */
  isRealWord(word: string): boolean {
    return this.realWords.has(word);
  }

  /** True when some KB word starts with `prefix` and is longer. */
  completes(prefix: string): boolean {
    return this.words.some((word) => word.length > prefix.length && word.startsWith(prefix));
  }

  private forms: readonly string[] | undefined;

  /** The KB's words, then the common English words that are forms of them ("invitation" of "invite"). */
  private *candidates(): Generator<string> {
    yield* this.words;
    // The rarer forms come from the build as forms already.
    this.forms ??= [...[...this.common()].filter((word) => !this.known.has(word) && this.stems.has(stem(word, this.language))), ...this.rarerForms];
    yield* this.forms;
  }

  /** The common English words (the bands before the dictionary's). */
  private *common(): Generator<string> {
    for (const [word, band] of this.bands) if (band < this.dictionaryBand) yield word;
  }

  /** The KB word (or form of one) `word` is a typo of, by the rule above, or undefined. */
  correct(word: string): string | undefined {
    const nearest = this.nearest(word);
    return nearest?.kb ? nearest.word : undefined;
  }

  /**
   * The word `word` is a typo of: a KB word (or form of one) by the rule
   * above, or else an English word the KB does not use that is strictly
   * closer (a filler word: "thier" is "their"; a common word: "pritning" is
   * "printing", not the KB's "pricing"; only for words of `MIN_OTHER_TYPO`
   * letters or more), so a misspelt word counts as the word it was meant
   * to be, searched or not. Undefined when `word` is spelled right (a
   * dictionary or common word) or near no word.
   */
  nearest(word: string): NearestWord | undefined {
    if (this.realWords.has(word) || this.bands.has(word)) return undefined;
    let best: NearestWord | undefined;
    let bestSteps = Number.POSITIVE_INFINITY;
    for (const candidate of this.candidates()) {
      // Words are ordered by how many pages use them: a later word must be strictly closer to win.
      const steps = typoEdits(word, candidate);
      if (steps !== undefined && steps < bestSteps) {
        best = { word: candidate, kb: true };
        bestSteps = steps;
        if (steps === 1) break;
      }
    }
    // Short words lie one letter from many real words ("helm" from "help"): only longer ones are read as a word the KB does not use.
    if ((bestSteps <= 1 && best) || [...word].length < MIN_OTHER_TYPO) return best;
    for (const [candidate, band] of this.others()) {
      const steps = typoEdits(word, candidate);
      if (steps !== undefined && steps < bestSteps) {
        best = band === undefined ? { word: candidate, kb: false } : { word: candidate, kb: false, band };
        bestSteps = steps;
      }
    }
    return best;
  }

  /** Filler words, then the common English words the KB does not use, with their bands (undefined for filler). */
  private *others(): Generator<[string, number | undefined]> {
    for (const stop of stopWordsFor(this.language)) if (!this.known.has(stop)) yield [stop, undefined];
    for (const [common, band] of this.bands) if (band < this.dictionaryBand && !this.known.has(common)) yield [common, band];
  }
}

/** Shortest misspelt word read as an English word the KB does not use. */
export const MIN_OTHER_TYPO = 5;

/** What a misspelt word was meant to be: a KB word, or an English word the KB does not use (with its commonness band; none for a filler word). */
export type NearestWord = { word: string; kb: true } | { word: string; kb: false; band?: number };

let loading: Promise<Vocabulary> | undefined;

/** Fetches the vocabulary once; a failure is retried on the next call. */
export function loadVocabulary(): Promise<Vocabulary> {
  loading ??= fetch(`${siteBase()}search/vocabulary.json`).then(async (response) => {
    if (!response.ok) throw new Error(`search vocabulary: HTTP ${response.status}`);
    return new Vocabulary((await response.json()) as VocabularyData);
  });
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
