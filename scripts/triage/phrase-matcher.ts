/**
 * Matches configured phrases against ticket text: whole words only, any
 * case, curly apostrophes read as straight ones. Plain phrases of a list are
 * compiled into one regular expression, so a list costs one scan of the
 * text however many phrases it holds.
 */
import type { PhraseRule } from '../../plugins/config/support-config.ts';

/** Lower-cases text, straightens quotes and collapses whitespace, the form every matcher expects. */
export function normalizeText(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'").replace(/\s+/g, ' ');
}

/** Finds which phrases of one list occur in normalized text. */
export interface PhraseMatcher {
  /** Distinct matched phrases, in order of first appearance in the text. */
  find(text: string): string[];
  /** Whether any phrase matches. */
  test(text: string): boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordChar = /[\p{L}\p{N}]/u;

const before = '(?<![\\p{L}\\p{N}])';
const after = '(?![\\p{L}\\p{N}])';

/**
 * A regular expression matching any of the phrases, longest first so the
 * fullest phrase names the match. Phrases are grouped by whether they start
 * and end with a letter or digit, so each group checks its word boundaries
 * once per position instead of once per phrase.
 */
function alternation(phrases: readonly string[]): RegExp | null {
  if (phrases.length === 0) return null;
  const sorted = [...new Set(phrases.map((p) => normalizeText(p.trim())))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const groups = new Map<string, string[]>();
  for (const p of sorted) {
    const key = `${wordChar.test(p[0] ?? '') ? 1 : 0}${wordChar.test(p[p.length - 1] ?? '') ? 1 : 0}`;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(escape(p).replace(/ /g, '\\s'));
  }
  const parts = [...groups].map(([key, list]) => `${key[0] === '1' ? before : ''}(?:${list.join('|')})${key[1] === '1' ? after : ''}`);
  return new RegExp(parts.join('|'), 'gu');
}

interface CompoundRule {
  any: RegExp;
  withAny: RegExp | null;
  unless: RegExp | null;
  label: (matched: string, context: string | null) => string;
}

function findAll(re: RegExp, text: string, out: string[], seen: Set<string>): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (!seen.has(m[0])) {
      seen.add(m[0]);
      out.push(m[0]);
    }
    if (m[0].length === 0) re.lastIndex++;
  }
}

function first(re: RegExp, text: string): string | null {
  re.lastIndex = 0;
  const m = re.exec(text);
  return m === null ? null : m[0];
}

/** Compiles one phrase list. */
export function compilePhrases(rules: readonly PhraseRule[]): PhraseMatcher {
  const plain = alternation(rules.filter((r): r is string => typeof r === 'string'));
  const compound: CompoundRule[] = rules
    .filter((r) => typeof r !== 'string')
    .map((r) => ({
      any: alternation(r.any)!,
      withAny: r.with_any ? alternation(r.with_any) : null,
      unless: r.unless_any ? alternation(r.unless_any) : null,
      label: (matched, context) => (context === null ? matched : `${matched} … ${context}`),
    }));

  function matchCompound(rule: CompoundRule, text: string): string | null {
    // Words inside an "unless" phrase do not count: "down" in "drop-down" is no outage.
    const scanned = rule.unless ? text.replace(rule.unless, (s) => ' '.repeat(s.length)) : text;
    const hit = first(rule.any, scanned);
    if (hit === null) return null;
    if (rule.withAny === null) return rule.label(hit, null);
    const context = first(rule.withAny, text);
    return context === null ? null : rule.label(hit, context);
  }

  return {
    find(text) {
      const out: string[] = [];
      const seen = new Set<string>();
      if (plain) findAll(plain, text, out, seen);
      for (const rule of compound) {
        const hit = matchCompound(rule, text);
        if (hit !== null && !seen.has(hit)) {
          seen.add(hit);
          out.push(hit);
        }
      }
      return out;
    },
    test(text) {
      if (plain && first(plain, text) !== null) return true;
      return compound.some((rule) => matchCompound(rule, text) !== null);
    },
  };
}
