/**
 * What the linter needs to know about the language an article is written
 * in. Everything language-specific — how text splits into sentences and
 * words, how syllables are counted, which reading-grade formula applies,
 * what a passive sentence and an action-phrase title look like — sits
 * behind this interface, so a new language is one more implementation, not
 * a fork of the rules.
 */
import type { Paragraph, Root, Sentence, SentenceContent } from 'nlcst';
import type { Position } from 'unist';
import type { ReadingFormula } from './reading-formulas.ts';

/** Word, sentence and syllable counts of some text. */
export interface TextStats {
  words: number;
  sentences: number;
  syllables: number;
  /** Words of three or more syllables. */
  polysyllables: number;
  /** Words of one syllable. */
  monosyllables: number;
  /** Words longer than six letters. */
  longWords: number;
}

/** The nlcst parser of a language (parse-latin's shape: tokenize plus the plugins that group tokens). */
export interface NlcstParser {
  tokenize(value: string): SentenceContent[];
  tokenizeSentencePlugins: Array<(node: Sentence) => void>;
  tokenizeParagraphPlugins: Array<(node: Paragraph) => void>;
  tokenizeRootPlugins: Array<(node: Root) => void>;
  parse(value: string): Root;
}

/** A passive construction found in a sentence. */
export interface PassiveMatch {
  /** The words as written: "is sent", "are automatically deleted". */
  phrase: string;
  /** The active verb to suggest ("send"), when the language can tell. */
  active?: string;
  place: Position;
}

export interface LintLanguage {
  /** ISO 639-1 code. */
  code: string;
  parser: NlcstParser;
  /** Syllables of one lower-case word (at least 1). */
  syllables(word: string): number;
  /** Where the syllable counts come from, for messages ("the hyphen package's de hyphenation patterns"). */
  syllableSource: string;
  /** The reading-score formula in effect (`limits.reading.<code>` may choose another). */
  grade: ReadingFormula;
  /** Passive constructions in the sentences; `source` is the whole file text the positions point into. Absent when no maintained library knows the language. */
  passives?(sentences: readonly Sentence[], source: string): PassiveMatch[];
  /** True when a title asks a question. */
  isQuestion(title: string): boolean;
  /** True when a title starts with an action verb (`verbs` are extra ones from the configuration). Absent when no maintained library knows the language. */
  isActionPhrase?(title: string, verbs: ReadonlySet<string>): boolean;
}
