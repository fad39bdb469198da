/**
 * Matches configured phrases against ticket text on stems: the text and
 * every phrase go through the same tokenizer and stemmer (`plugins/text/`),
 * so "hacked" finds "hacking" and "abgebucht" finds "abbuchen". Whole words
 * only, any case, curly apostrophes read as straight ones. Plain phrases of
 * a list are compiled into one regular expression over the space-joined
 * stems, so a list costs one scan of the text however many phrases it
 * holds. Matches are reported as the phrases were configured.
 */
import type { PhraseRule } from '../../plugins/config/support-config.ts';
import type { Stemmer } from '../../plugins/text/stem.ts';
import { tokenize } from '../../plugins/text/tokenize.ts';

/** Lower-cases text, straightens quotes and collapses whitespace (for amounts and quotes, not for phrases). */
export function normalizeText(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'").replace(/\s+/g, ' ');
}

/** The stems of a text joined by single spaces: the form every phrase matcher reads. */
export function stemText(text: string, stem: Stemmer): string {
  return tokenize(text).map(stem).join(' ');
}

/** Finds which phrases of one list occur in stemmed text ({@link stemText}). */
export interface PhraseMatcher {
  /** Distinct matched phrases (as configured), in order of first appearance in the text. */
  find(stems: string): string[];
  /** Whether any phrase matches. */
  test(stems: string): boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const keep = (word: string) => word;

interface Alternation {
  re: RegExp;
  /** Stemmed phrase → the phrase as configured. */
  labels: Map<string, string>;
}

/** One expression matching any of the phrases, longest first so the fullest phrase names the match. */
function alternation(phrases: readonly string[], stem: Stemmer): Alternation | null {
  const labels = new Map<string, string>();
  for (const phrase of phrases) {
    const stems = stemText(phrase, stem);
    if (stems !== '' && !labels.has(stems)) labels.set(stems, phrase.trim());
  }
  if (labels.size === 0) return null;
  const sorted = [...labels.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return { re: new RegExp(`(?<![^ ])(?:${sorted.map(escape).join('|')})(?![^ ])`, 'g'), labels };
}

interface Hit {
  label: string;
  /** Word positions of the first and last word matched. */
  from: number;
  to: number;
}

function wordIndex(text: string, offset: number): number {
  let n = 0;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 32) n++;
  return n;
}

function hits(a: Alternation, text: string, positions: boolean): Hit[] {
  const out: Hit[] = [];
  a.re.lastIndex = 0;
  for (let m = a.re.exec(text); m !== null; m = a.re.exec(text)) {
    const label = a.labels.get(m[0]) ?? m[0];
    if (!positions) {
      out.push({ label, from: 0, to: 0 });
      continue;
    }
    const from = wordIndex(text, m.index);
    out.push({ label, from, to: from + (m[0].match(/ /g)?.length ?? 0) });
  }
  return out;
}

function first(a: Alternation, text: string): string | null {
  a.re.lastIndex = 0;
  const m = a.re.exec(text);
  return m === null ? null : (a.labels.get(m[0]) ?? m[0]);
}

interface CompoundRule {
  any: Alternation | null;
  withAny: Alternation | null;
  within: number | null;
  unless: Alternation | null;
}

/** Words inside an "unless" phrase do not count ("down" in "drop-down" is no outage); masking keeps word positions. */
function mask(rule: CompoundRule, text: string): string {
  if (!rule.unless) return text;
  rule.unless.re.lastIndex = 0;
  return text.replace(rule.unless.re, (s) => s.replace(/[^ ]/g, '\u0000'));
}

function matchCompound(rule: CompoundRule, text: string): string | null {
  if (!rule.any) return null;
  const scanned = mask(rule, text);
  if (rule.withAny === null) return first(rule.any, scanned);
  if (rule.within === null) {
    const hit = first(rule.any, scanned);
    if (hit === null) return null;
    const context = first(rule.withAny, text);
    return context === null ? null : `${hit} … ${context}`;
  }
  const anyHits = hits(rule.any, scanned, true);
  if (anyHits.length === 0) return null;
  const withHits = hits(rule.withAny, text, true);
  for (const a of anyHits) {
    for (const w of withHits) {
      const gap = w.from > a.to ? w.from - a.to - 1 : a.from > w.to ? a.from - w.to - 1 : -1;
      // Overlapping phrases ("all users" inside "all users can't") are not two pieces of evidence.
      if (gap >= 0 && gap <= rule.within) return `${a.label} … ${w.label}`;
    }
  }
  return null;
}

/** Compiles one phrase list with the stemmer of the language it will read. */
export function compilePhrases(rules: readonly PhraseRule[], stem: Stemmer = keep): PhraseMatcher {
  const plain = alternation(rules.filter((r): r is string => typeof r === 'string'), stem);
  const compound: CompoundRule[] = rules
    .filter((r) => typeof r !== 'string')
    .map((r) => ({
      any: alternation(r.any, stem),
      withAny: r.with_any ? alternation(r.with_any, stem) : null,
      within: r.within_words ?? null,
      unless: r.unless_any ? alternation(r.unless_any, stem) : null,
    }));

  return {
    find(text) {
      const out: string[] = [];
      const seen = new Set<string>();
      const add = (label: string) => {
        if (!seen.has(label)) {
          seen.add(label);
          out.push(label);
        }
      };
      if (plain) for (const hit of hits(plain, text, false)) add(hit.label);
      for (const rule of compound) {
        const hit = matchCompound(rule, text);
        if (hit !== null) add(hit);
      }
      return out;
    },
    test(text) {
      if (plain && first(plain, text) !== null) return true;
      return compound.some((rule) => matchCompound(rule, text) !== null);
    },
  };
}
