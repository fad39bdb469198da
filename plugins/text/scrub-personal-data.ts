/**
 * The one personal-data scrubber, for every place customer text is stored
 * or quoted: search queries and vote comments before the analytics service
 * stores them, ticket text before topics are clustered and labelled, and
 * the examples and quotes the reports show.
 *
 * It replaces links with `[link]`, email addresses (however they are
 * disguised) with `[email]`, @handles with `[handle]`, IBANs with
 * `[account]`, card numbers (13-19 digits passing the Luhn check, in any
 * grouping) with `[card]`, other runs of 7-15 digits with `[phone]`,
 * longer ones with `[number]`, and people's names with `[name]`. Names are
 * found by `find-names.ts` (greetings, sign-offs, introductions, titles,
 * the name lexicon) and, unless `tagger: false`, by compromise's person
 * tagger; a name found once is removed wherever else it appears in the
 * text, or in a whole batch with {@link createBatchScrubber}.
 */
import { compromise } from './personal-data/compromise.ts';
import { foldCompatibility, scrubContacts } from './personal-data/contact-patterns.ts';
import { findNames } from './personal-data/find-names.ts';
import { isEnglishWord, nameLexicon } from './personal-data/name-lexicon.ts';

/** Options of {@link scrubPersonalData}. */
export interface ScrubOptions {
  /**
   * Also run compromise's person tagger (about 1 ms per 100 characters).
   * Default true; batch work over thousands of tickets turns it off and
   * relies on the cues and the lexicon.
   */
  tagger?: boolean;
  /** Words of names already found elsewhere (lowercase), removed here too. */
  knownNames?: ReadonlySet<string>;
  /** Words never taken for a name: product and plan names (any case). */
  keep?: readonly string[];
}

/** The placeholders the scrubber writes. */
export const scrubPlaceholders = ['[name]', '[email]', '[phone]', '[card]', '[number]', '[account]', '[link]', '[handle]'] as const;

const WORD = /[\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*/gu;
const REPEATED_NAME = /\[name\](?:[ \t.,-]{0,3}\[name\])+/g;
const CACHE_SIZE = 5000;
const cache = new Map<string, string>();

/** `text` with personal data replaced by placeholders. */
export function scrubPersonalData(text: string, options: ScrubOptions = {}): string {
  const cacheable = options.knownNames === undefined && options.keep === undefined && options.tagger !== false;
  if (cacheable) {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
  }
  const keep = keepSet(options.keep);
  const prepared = prepare(text, keep);
  const names = new Set(options.knownNames);
  for (const name of prepared.names) names.add(name);
  const out = prepared.text;
  // The tagger finds names by their capital letters; lowercase text has none it would find.
  if (options.tagger !== false && /\p{Lu}/u.test(out)) {
    for (const person of compromise()(out).people().out('array') as string[]) {
      for (const word of person.match(WORD) ?? []) if (!keep.has(word.toLowerCase())) names.add(word.toLowerCase());
    }
  }
  const result = removeNames(out, names, keep).replace(REPEATED_NAME, '[name]');
  if (cacheable) {
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(text, result);
  }
  return result;
}

/**
 * Words of the names `findNames` sees in `texts` (lowercase), to scrub a
 * whole batch with: a name signed under one ticket is removed from every
 * other ticket that mentions it.
 */
export function learnNames(texts: Iterable<string>, keep?: readonly string[]): Set<string> {
  const keepWords = keepSet(keep);
  const names = new Set<string>();
  for (const text of texts) for (const name of prepare(text, keepWords).names) names.add(name);
  return names;
}

/**
 * Scrubs a batch in one pass over each text (no tagger): names found by the
 * cues in any text of the batch are removed from all of them. The result is
 * in the order of `texts`. What the reports cluster thousands of tickets on.
 */
export function scrubBatch(texts: readonly string[], keep?: readonly string[]): string[] {
  const keepWords = keepSet(keep);
  const names = new Set<string>();
  const done = new Map<string, Prepared>();
  const prepared = texts.map((text) => {
    let result = done.get(text);
    if (result === undefined) {
      result = prepare(text, keepWords);
      done.set(text, result);
      for (const name of result.names) names.add(name);
    }
    return result;
  });
  const scrubbed = new Map<Prepared, string>();
  return prepared.map((p) => {
    let text = scrubbed.get(p);
    if (text === undefined) {
      text = removeNames(p.text, names, keepWords).replace(REPEATED_NAME, '[name]');
      scrubbed.set(p, text);
    }
    return text;
  });
}

/** A text with its contact details and the names the cues find replaced, and those names' words. */
interface Prepared {
  text: string;
  names: string[];
}

function prepare(text: string, keep: ReadonlySet<string>): Prepared {
  const lexicon = nameLexicon();
  const contacts = scrubContacts(foldCompatibility(text));
  const spans = findNames(contacts, { keep });
  if (spans.length === 0) return { text: contacts, names: [] };
  const names: string[] = [];
  let out = '';
  let at = 0;
  for (const span of spans) {
    for (const word of contacts.slice(span.start, span.end).match(WORD) ?? []) {
      const lower = word.toLowerCase().replace(/’/g, "'");
      if (!lexicon.stop.has(lower) && !keep.has(lower)) names.push(lower);
    }
    out += `${contacts.slice(at, span.start)}[name]`;
    at = span.end;
  }
  return { text: out + contacts.slice(at), names };
}

/** Options of {@link createBatchScrubber}. */
export interface BatchScrubOptions {
  /** Run compromise's tagger on each text (default false: a batch may hold a quarter's tickets). */
  tagger?: boolean;
  keep?: readonly string[];
}

/** A scrubber for the texts of one batch that also removes the names learned from all of them. */
export function createBatchScrubber(texts: Iterable<string>, options: BatchScrubOptions = {}): (text: string) => string {
  const knownNames = learnNames(texts, options.keep);
  const seen = new Map<string, string>();
  return (text) => {
    let scrubbed = seen.get(text);
    if (scrubbed === undefined) {
      scrubbed = scrubPersonalData(text, { knownNames, keep: options.keep ?? [], tagger: options.tagger ?? false });
      seen.set(text, scrubbed);
    }
    return scrubbed;
  };
}

/** Scrubbed text without its placeholders, for clustering: "[name]" must not become a topic word. */
export function withoutPlaceholders(text: string): string {
  return text.replace(/\[(?:name|email|phone|card|number|account|link|handle)\]/g, ' ');
}

function keepSet(words: readonly string[] | undefined): Set<string> {
  return new Set((words ?? []).flatMap((word) => word.toLowerCase().split(/\s+/)));
}

/** Replaces the known name words elsewhere in `text`; a name that is also an English word only where it is capitalized. */
function removeNames(text: string, names: ReadonlySet<string>, keep: ReadonlySet<string>): string {
  if (names.size === 0) return text;
  const lexicon = nameLexicon();
  return text.replace(WORD, (word, offset: number) => {
    const lower = word.toLowerCase().replace(/’/g, "'");
    if (!names.has(lower) || keep.has(lower) || lexicon.stop.has(lower)) return word;
    if (text[offset - 1] === '[' && text[offset + word.length] === ']') return word;
    if (isEnglishWord(lexicon, lower)) {
      const first = word[0]!;
      if (first === first.toLowerCase()) return word;
      if (/[.!?\n]\s*$/.test(text.slice(Math.max(0, offset - 3), offset)) || offset === 0) return word;
    }
    return '[name]';
  });
}
