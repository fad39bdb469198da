/**
 * Compiles the `support` configuration into matchers once per config
 * object: phrase lists, category keywords, priority keywords, sentiment
 * words and the inline phrases of every rule, each per language (the
 * every-language list under `support.*` plus the language's own under
 * `support.languages.<code>`, stemmed with that language's stemmer; a
 * language's matchers are built the first time a ticket needs them).
 * Triage of many tickets then only runs the compiled expressions.
 */
import { priorityIds, type PhraseRule, type PriorityId, type SupportSettings } from '../../plugins/config/support-config.ts';
import type { LanguageLists } from '../../plugins/config/support-languages.ts';
import { createLanguageDetector, type LanguageDetector } from '../../plugins/text/detect-language.ts';
import { stemmerFor } from '../../plugins/text/stem-languages.ts';
import { tokenize } from '../../plugins/text/tokenize.ts';
import { compilePhrases, PhraseScanner, type PhraseMatcher, type Scan } from './phrase-matcher.ts';

/** A ticket's words stemmed for one language. */
export interface TextForm {
  language: string;
  stems: readonly string[];
  /** The language scanner's hits, made on first use. */
  scan?: Scan;
}

/** What triage reads from a ticket's text: its language and the stemmed forms phrases are matched in. */
export interface ReadText {
  /** Detected language (ISO 639-1). */
  language: string;
  reliable: boolean;
  /** Other configured languages the ticket also uses (mixed tickets). */
  also: readonly string[];
  /**
   * One form per language whose lists apply: the ticket's language (or the
   * default one when it has no lists), the other languages of a mixed
   * ticket, and every configured language when the text is too short to
   * tell.
   */
  forms: readonly TextForm[];
}

/** A phrase list in every configured language. */
export interface TextMatcher {
  find(read: ReadText): string[];
  test(read: ReadText): boolean;
}

/** The sentiment word lists of a configuration. */
export interface SentimentMatchers {
  angry: TextMatcher;
  frustrated: TextMatcher;
  positive: TextMatcher;
  /** A positive word next to a negation ("not happy", "nicht zufrieden"). */
  negatedPositive: TextMatcher;
}

/** The matchers of one configuration. */
export interface CompiledSupport {
  support: SupportSettings;
  /** Configured languages, the default first. */
  languages: readonly string[];
  detector: LanguageDetector;
  /** Detects the language of a text and stems it for matching. */
  read(text: string): ReadText;
  /** Named phrase lists (`support.phrases` and each language's `phrases`). */
  phrases: ReadonlyMap<string, TextMatcher>;
  /** Category keywords, in configured order. */
  categories: ReadonlyArray<{ id: string; matcher: TextMatcher }>;
  /** Priority keywords, most urgent first. */
  priorities: ReadonlyArray<{ priority: PriorityId; matcher: TextMatcher }>;
  /** Competitor names (`support.churn.competitors`) and `competitor` phrases together. */
  competitors: TextMatcher;
  sentiment: SentimentMatchers;
  /** The compiled `text_any` list of a rule condition. */
  inline(rules: readonly PhraseRule[]): TextMatcher;
}

const cache = new WeakMap<SupportSettings, CompiledSupport>();

/**
 * One scanner per language and configuration: every list of that language
 * registers its phrases in it, and all of them are compiled before the
 * first text of the language is scanned, so one pass serves every list.
 */
interface Shared {
  scanners: Map<string, PhraseScanner>;
  /** Compiles a list for a language (each list adds one). */
  warmers: Array<(language: string) => void>;
}

/** Compiles every list of a language once, so its scanner holds them all. */
function warm(shared: Shared, language: string): void {
  if (shared.scanners.has(language)) return;
  shared.scanners.set(language, new PhraseScanner());
  for (const w of shared.warmers) w(language);
}

/** A matcher that compiles `listFor(language)` with that language's stemmer the first time it sees the language. */
function perLanguage(listFor: (language: string) => readonly PhraseRule[], shared: Shared | null): TextMatcher {
  const scanners = shared?.scanners ?? null;
  const compiled = new Map<string, PhraseMatcher>();
  const matcher = (language: string) => {
    let m = compiled.get(language);
    if (!m) {
      if (shared) warm(shared, language);
      m = compiled.get(language) ?? compilePhrases(listFor(language), stemmerFor(language), scanners?.get(language));
      compiled.set(language, m);
    }
    return m;
  };
  shared?.warmers.push((language) => {
    if (!compiled.has(language)) compiled.set(language, compilePhrases(listFor(language), stemmerFor(language), scanners!.get(language)));
  });
  const scanOf = (form: TextForm) => {
    const scanner = scanners?.get(form.language);
    if (!scanner) return undefined;
    return (form.scan ??= scanner.scan(form.stems));
  };
  return {
    find(read) {
      if (read.forms.length === 1) {
        const form = read.forms[0]!;
        const m = matcher(form.language);
        return m.find(form.stems, scanOf(form));
      }
      const out = new Set<string>();
      for (const form of read.forms) {
        const m = matcher(form.language);
        for (const hit of m.find(form.stems, scanOf(form))) out.add(hit);
      }
      return [...out];
    },
    test(read) {
      return read.forms.some((form) => {
        const m = matcher(form.language);
        return m.test(form.stems, scanOf(form));
      });
    },
  };
}

/** The compiled form of a `support` config (cached per object). */
export function compileSupportRules(support: SupportSettings): CompiledSupport {
  const hit = cache.get(support);
  if (hit) return hit;
  const codes = Object.keys(support.languages);
  const languages = [support.default_language, ...codes.filter((c) => c !== support.default_language)];
  const lists = (language: string): LanguageLists => (support.languages[language] ?? support.languages[support.default_language]!) as LanguageLists;
  const both = (shared: readonly PhraseRule[] | undefined, own: readonly PhraseRule[] | undefined) => [...(shared ?? []), ...(own ?? [])];

  const shared: Shared = { scanners: new Map(), warmers: [] };
  const phraseNames = new Set([...Object.keys(support.phrases), ...codes.flatMap((c) => Object.keys(support.languages[c]!.phrases))]);
  const phrases = new Map<string, TextMatcher>();
  for (const name of phraseNames) phrases.set(name, perLanguage((l) => both(support.phrases[name], lists(l).phrases[name]), shared));

  const sentimentList = (key: 'angry' | 'frustrated' | 'positive', phraseName: string) =>
    perLanguage((l) => both(lists(l).sentiment[key], both(support.phrases[phraseName], lists(l).phrases[phraseName])), shared);
  const sentiment: SentimentMatchers = {
    angry: sentimentList('angry', 'angry'),
    frustrated: sentimentList('frustrated', 'negative'),
    positive: sentimentList('positive', 'praise'),
    negatedPositive: perLanguage((l) => {
      const own = lists(l);
      const positive = both(own.sentiment.positive, both(support.phrases.praise, own.phrases.praise)).filter((p): p is string => typeof p === 'string');
      return own.sentiment.negations.length > 0 && positive.length > 0 ? [{ any: own.sentiment.negations, with_any: positive, within_words: 2 }] : [];
    }, shared),
  };

  const detector = createLanguageDetector({ languages });
  const inlineCache = new WeakMap<readonly PhraseRule[], TextMatcher>();
  const compiled: CompiledSupport = {
    support,
    languages,
    detector,
    read(text) {
      const tokens = tokenize(text);
      const guess = detector.detect(text, tokens);
      const main = Object.hasOwn(support.languages, guess.language) ? guess.language : support.default_language;
      const formLanguages = new Set([main, ...guess.also]);
      if (!guess.reliable) for (const code of languages) formLanguages.add(code);
      const forms = [...formLanguages].map((language) => ({ language, stems: tokens.map(stemmerFor(language)) }));
      return { language: guess.language, reliable: guess.reliable, also: guess.also, forms };
    },
    phrases,
    categories: Object.keys(support.ticket_categories.keywords).map((id) => ({
      id,
      matcher: perLanguage((l) => both(support.ticket_categories.keywords[id], lists(l).keywords[id]), shared),
    })),
    priorities: priorityIds
      .filter((p) => support.priorities.keywords[p] !== undefined || codes.some((c) => support.languages[c]!.priority_keywords[p] !== undefined))
      .map((priority) => ({ priority, matcher: perLanguage((l) => both(support.priorities.keywords[priority], lists(l).priority_keywords[priority]), shared) })),
    competitors: perLanguage((l) => [...support.churn.competitors, ...both(support.phrases.competitor, lists(l).phrases.competitor)], shared),
    sentiment,
    inline(rules) {
      let m = inlineCache.get(rules);
      if (!m) {
        // Inline phrases of a rule read the text themselves: they are few, and compiled only when a rule asks.
        m = perLanguage(() => rules, null);
        inlineCache.set(rules, m);
      }
      return m;
    },
  };
  cache.set(support, compiled);
  return compiled;
}
