/**
 * Matches configured phrases against ticket text on stems: the text and
 * every phrase go through the same tokenizer and stemmer (`plugins/text/`),
 * so "hacked" finds "hacking" and "abgebucht" finds "abbuchen". Whole words
 * only, any case, curly apostrophes read as straight ones. The phrases of a
 * list are compiled into a trie of stems, so a list costs one walk over the
 * ticket's words however many phrases it holds; at each word the longest
 * phrase wins and the next match starts after it. Matches are reported as
 * the phrases were configured.
 */
import type { PhraseRule } from '../../plugins/config/support-config.ts';
import type { Stemmer } from '../../plugins/text/stem-languages.ts';
import { tokenize } from '../../plugins/text/tokenize.ts';

/** Lower-cases text, straightens quotes and collapses whitespace (for amounts and quotes, not for phrases). */
export function normalizeText(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'").replace(/\s+/g, ' ');
}

/** The stems of a text's words, in order: the form every phrase matcher reads. */
export function stemWords(text: string, stem: Stemmer): string[] {
  const words = tokenize(text);
  for (let i = 0; i < words.length; i++) words[i] = stem(words[i]!);
  return words;
}

/** Finds which phrases of one list occur in a text's stems ({@link stemWords}). */
export interface PhraseMatcher {
  /** Distinct matched phrases (as configured), in order of first appearance in the text; `scan` is the text's scan by the matcher's scanner. */
  find(stems: readonly string[], scan?: Scan): string[];
  /** Whether any phrase matches. */
  test(stems: readonly string[], scan?: Scan): boolean;
}

const keep = (word: string) => word;

interface TrieNode {
  next: Map<string, TrieNode>;
  /** The phrase as configured when a phrase ends here. */
  label: string | null;
}

/** A phrase found at word positions `from` to `to` (inclusive). */
interface Hit {
  label: string;
  from: number;
  to: number;
}

/** A trie of the stemmed phrases; null when no phrase has a word. */
function trieOf(phrases: readonly string[], stem: Stemmer): TrieNode | null {
  const root: TrieNode = { next: new Map(), label: null };
  let any = false;
  for (const phrase of phrases) {
    const words = stemWords(phrase, stem);
    if (words.length === 0) continue;
    let node = root;
    for (const word of words) {
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = { next: new Map(), label: null }));
      node = child;
    }
    // The first phrase with these stems names them.
    node.label ??= phrase.trim();
    any = true;
  }
  return any ? root : null;
}

/** The longest phrase starting at word `i`, as [label, last word], or null. */
function longestAt(root: TrieNode, stems: readonly string[], i: number, masked: Uint8Array | null): Hit | null {
  let node: TrieNode | undefined = root;
  let best: Hit | null = null;
  for (let j = i; j < stems.length; j++) {
    if (masked !== null && masked[j] === 1) break;
    node = node.next.get(stems[j]!);
    if (node === undefined) break;
    if (node.label !== null) best = { label: node.label, from: i, to: j };
  }
  return best;
}

const none: readonly Hit[] = Object.freeze([]);
const noLabels: readonly string[] = Object.freeze([]);

/** Every non-overlapping match, left to right, longest first at each word (most texts match nothing: no array then). */
function hits(root: TrieNode, stems: readonly string[], masked: Uint8Array | null = null, firstOnly = false): readonly Hit[] {
  let out: Hit[] | null = null;
  for (let i = 0; i < stems.length; i++) {
    if (!root.next.has(stems[i]!)) continue;
    const hit = longestAt(root, stems, i, masked);
    if (hit === null) continue;
    (out ??= []).push(hit);
    if (firstOnly) break;
    i = hit.to;
  }
  return out ?? none;
}

/** The hits of every phrase set of a scanner in one text, by the set's id (only sets with hits). */
export interface Scan {
  /** Sets registered when the text was scanned; later ones read the text themselves. */
  readonly sets: number;
  readonly hits: ReadonlyMap<number, readonly Hit[]>;
}

const emptyHits: ReadonlyMap<number, readonly Hit[]> = new Map();

/**
 * Scans a text once for the phrase sets of every list of one language
 * (categories, priorities, phrase lists, sentiment): each word looks up
 * only the sets with a phrase starting there, instead of every list
 * walking every word. Each set's hits are what {@link hits} gives.
 */
export class PhraseScanner {
  private readonly starts = new Map<string, Array<{ id: number; node: TrieNode }>>();
  private sets = 0;
  /** Per set, the first word its next match may start at; reset after each scan (kept to spare an allocation per ticket). */
  private free = new Int32Array(0);

  /** Adds a phrase set; returns its id. */
  register(root: TrieNode): number {
    const id = this.sets++;
    for (const [word, node] of root.next) {
      let list = this.starts.get(word);
      if (!list) this.starts.set(word, (list = []));
      list.push({ id, node });
    }
    return id;
  }

  /** The hits of every registered set in `stems`. */
  scan(stems: readonly string[]): Scan {
    let found: Map<number, Hit[]> | null = null;
    if (this.free.length < this.sets) this.free = new Int32Array(this.sets);
    const free = this.free;
    for (let i = 0; i < stems.length; i++) {
      const candidates = this.starts.get(stems[i]!);
      if (candidates === undefined) continue;
      for (const { id, node } of candidates) {
        // Within one set, the next match starts after the previous one.
        if (i < free[id]!) continue;
        let best: Hit | null = node.label === null ? null : { label: node.label, from: i, to: i };
        let current: TrieNode | undefined = node;
        for (let j = i + 1; j < stems.length; j++) {
          current = current.next.get(stems[j]!);
          if (current === undefined) break;
          if (current.label !== null) best = { label: current.label, from: i, to: j };
        }
        if (best === null) continue;
        found ??= new Map();
        const list = found.get(id);
        if (list) list.push(best);
        else found.set(id, [best]);
        free[id] = best.to + 1;
      }
    }
    if (found !== null) for (const id of found.keys()) free[id] = 0;
    return { sets: this.sets, hits: found ?? emptyHits };
  }
}

/** A phrase set, read through a scan when there is one. */
interface PhraseSet {
  root: TrieNode;
  id: number;
}

function setOf(root: TrieNode | null, scanner: PhraseScanner | undefined): PhraseSet | null {
  return root === null ? null : { root, id: scanner ? scanner.register(root) : -1 };
}

/** A set's hits: from the scan when it covers the set, else by walking the text; masked hits dropped. */
function setHits(set: PhraseSet, stems: readonly string[], scan: Scan | undefined, masked: Uint8Array | null = null, firstOnly = false): readonly Hit[] {
  if (scan === undefined || set.id < 0 || set.id >= scan.sets) return hits(set.root, stems, masked, firstOnly);
  const all = scan.hits.get(set.id) ?? none;
  if (masked === null) return all;
  return all.filter((h) => !masked.subarray(h.from, h.to + 1).includes(1));
}

interface CompoundRule {
  any: PhraseSet | null;
  withAny: PhraseSet | null;
  within: number | null;
  unless: PhraseSet | null;
}

/** Words inside an "unless" phrase do not count ("down" in "drop-down" is no outage). */
function maskOf(rule: CompoundRule, stems: readonly string[], scan: Scan | undefined): Uint8Array | null {
  if (!rule.unless) return null;
  const found = setHits(rule.unless, stems, scan);
  if (found.length === 0) return null;
  const masked = new Uint8Array(stems.length);
  for (const h of found) masked.fill(1, h.from, h.to + 1);
  return masked;
}

function matchCompound(rule: CompoundRule, stems: readonly string[], scan: Scan | undefined): string | null {
  if (!rule.any) return null;
  const anyHits = setHits(rule.any, stems, scan);
  if (anyHits.length === 0) return null;
  const masked = maskOf(rule, stems, scan);
  const live = masked === null ? anyHits : setHits(rule.any, stems, scan, masked);
  if (live.length === 0) return null;
  if (rule.withAny === null) return live[0]!.label;
  const withHits = setHits(rule.withAny, stems, scan);
  if (withHits.length === 0) return null;
  if (rule.within === null) return `${live[0]!.label} … ${withHits[0]!.label}`;
  for (const a of live) {
    for (const w of withHits) {
      const gap = w.from > a.to ? w.from - a.to - 1 : a.from > w.to ? a.from - w.to - 1 : -1;
      // Overlapping phrases ("all users" inside "all users can't") are not two pieces of evidence.
      if (gap >= 0 && gap <= rule.within) return `${a.label} … ${w.label}`;
    }
  }
  return null;
}

/**
 * Compiles one phrase list with the stemmer of the language it will read;
 * with a scanner, its phrase sets join that language's one-pass scan.
 */
export function compilePhrases(rules: readonly PhraseRule[], stem: Stemmer = keep, scanner?: PhraseScanner): PhraseMatcher {
  const plain = setOf(trieOf(rules.filter((r): r is string => typeof r === 'string'), stem), scanner);
  const compound: CompoundRule[] = rules
    .filter((r) => typeof r !== 'string')
    .map((r) => ({
      any: setOf(trieOf(r.any, stem), scanner),
      withAny: r.with_any ? setOf(trieOf(r.with_any, stem), scanner) : null,
      within: r.within_words ?? null,
      unless: r.unless_any ? setOf(trieOf(r.unless_any, stem), scanner) : null,
    }));

  return {
    find(stems, scan) {
      let out: string[] | null = null;
      const add = (label: string) => {
        if (out === null) out = [label];
        else if (!out.includes(label)) out.push(label);
      };
      if (plain) for (const hit of setHits(plain, stems, scan)) add(hit.label);
      for (const rule of compound) {
        const hit = matchCompound(rule, stems, scan);
        if (hit !== null) add(hit);
      }
      return (out ?? noLabels) as string[];
    },
    test(stems, scan) {
      if (plain && setHits(plain, stems, scan, null, true).length > 0) return true;
      return compound.some((rule) => matchCompound(rule, stems, scan) !== null);
    },
  };
}
