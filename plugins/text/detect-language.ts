/**
 * Language of a text (ISO 639-1 code) with eld, the Efficient Language
 * Detector (n-gram scores, no model download; the medium database keeps
 * short texts accurate at a few microseconds each).
 *
 * Support tickets are often a handful of words ("Passwort vergessen",
 * "Login broken"), where any detector wavers between related languages.
 * So the languages a team works in come first: a short text, or one eld
 * calls unreliable, goes to the best-scoring of the team's languages when
 * that one scores close to the winner; a long, clear text keeps whatever
 * language it is in. A text with no letters gets the team's first language.
 * A ticket that mixes two of the team's languages (a German message
 * quoting an English error) names both.
 *
 * eld costs most of a triage run, so a ticket whose function words leave
 * no doubt skips it: two or more words that only one team language uses
 * ("the", "would" / "nicht", "und" — words no other common language of the
 * `stopword` lists has) and none of another team language's. Everything
 * else, short, mixed or in another language, goes to eld.
 */
import { eld } from 'eld/medium';
import { languageStopWords, standardStopWords } from './stop-words-languages.ts';
import { countWords, tokenize } from './tokenize.ts';

/** What the detector says about one text. */
export interface LanguageGuess {
  /** ISO 639-1 code of the main language. */
  language: string;
  /** False when the text was too short or too ambiguous to be sure (the team's languages decided). */
  reliable: boolean;
  /** Other team languages the text is also written in (mixed-language tickets), best first. */
  also: string[];
}

/** Options of {@link createLanguageDetector}. */
export interface LanguageDetectorOptions {
  /** The team's languages, the default first. */
  languages: readonly string[];
  /** Texts shorter than this many words prefer the team's languages (default 20). */
  shortWords?: number;
}

/** Detects the language of texts; one per configuration. */
export interface LanguageDetector {
  /** `words` may pass the text's words ({@link tokenize}) when the caller has them already. */
  detect(text: string, words?: readonly string[]): LanguageGuess;
}

/** Detection reads the first few hundred characters: enough to be sure, and triage stays fast on long threads. */
const maxChars = 400;
/** A team language scoring this share of the winner's score wins a short or unclear text. */
const closeShare = 0.8;
const mixedMinWords = 8;
/** Distinctive function words of one team language that settle a ticket without eld. */
const clearWords = 2;
/** Common languages whose function words must not count as a team language's own ("die" is Dutch too, "der" Danish). */
const neighbours = ['en', 'de', 'nl', 'da', 'sv', 'no', 'fr', 'es', 'it', 'pt', 'pl', 'cs', 'ro', 'tr', 'fi', 'hu'];
/** This many function words of another team language ("the", "please" in a German ticket) make its passages worth looking for. */
const mixedFunctionWords = 2;
/** A passage (sentence, quote, line) needs this many words to count as written in a language. */
const passageWords = 4;

/** URLs, e-mail addresses, ids and numbers say nothing about the language (a lighter version of eld's own clean-up). */
const noise = /\S*(?:https?:\/\/|www\.|@)\S*|[\p{L}_-]*\d[\p{L}\d_-]*/gu;

/** Splits text into passages at sentence ends, quotes, colons and line breaks ("Meldung: "Error: payment failed"" has two). */
function passages(text: string): string[] {
  return text.split(/[.!?;:\n\r"“”„«»()]+/).filter((p) => countWords(p) >= passageWords);
}

/** Creates a detector that prefers the given languages. */
export function createLanguageDetector(options: LanguageDetectorOptions): LanguageDetector {
  const team = [...new Set(options.languages)];
  const fallback = team[0] ?? 'en';
  // Passages are told apart among the team's languages only.
  const passageDetector = eld.newInstance();
  if (team.length > 1) passageDetector.setLanguageSubset([...team]);
  const shortWords = options.shortWords ?? 20;
  // Function words and support chatter ("please", "bitte") of one team language only, to spot a second language cheaply.
  const ownWords = new Map<string, ReadonlySet<string>>();
  for (const code of team) {
    const others = team.filter((c) => c !== code).map((c) => languageStopWords(c));
    ownWords.set(code, new Set([...languageStopWords(code)].filter((w) => w.length > 2 && !others.some((o) => o.has(w)))));
  }
  // Stricter: words no other common language uses either, so they can name the language alone.
  const distinctive = new Map<string, ReadonlySet<string>>();
  for (const code of team) {
    const others = [...new Set([...neighbours, ...team])].filter((c) => c !== code).map((c) => standardStopWords(c));
    distinctive.set(code, new Set([...standardStopWords(code)].filter((w) => w.length > 2 && !others.some((o) => o.has(w)))));
  }
  /** The team language the function words name beyond doubt, or null. */
  const clearLanguage = (tokens: readonly string[]): string | null => {
    if (team.length === 0) return null;
    let found: string | null = null;
    let count = 0;
    for (const token of tokens) {
      for (const code of team) {
        if (!distinctive.get(code)!.has(token)) continue;
        if (found !== null && found !== code) return null;
        found = code;
        count++;
      }
    }
    return count >= clearWords ? found : null;
  };
  const bestOfTeam = (scores: Record<string, number>): { code: string; score: number } | null => {
    let best: { code: string; score: number } | null = null;
    for (const code of team) {
      const score = scores[code];
      // Ties go to the earlier (default) language, since team is in preference order.
      if (score !== undefined && (best === null || score > best.score)) best = { code, score };
    }
    return best;
  };
  return {
    detect(text, given) {
      if (given !== undefined && given.length >= mixedMinWords) {
        const clear = clearLanguage(given);
        if (clear !== null) return { language: clear, reliable: true, also: [] };
      }
      const head = text.length > maxChars ? text.slice(0, maxChars) : text;
      const sample = /[\d@]|www\./.test(head) ? head.replace(noise, ' ') : head;
      if (!/\p{L}/u.test(sample)) return { language: fallback, reliable: false, also: [] };
      const result = eld.detect(sample);
      const words = given !== undefined && head === text ? given.length : countWords(sample);
      let language = result.language || fallback;
      let reliable = result.isReliable() && result.language !== '';
      if (!team.includes(language) && (!reliable || words < shortWords)) {
        // Scores are only read here: building them for every ticket would double the cost of detection.
        const scores = result.getScores();
        const top = result.language ? (scores[result.language] ?? 0) : 0;
        const teamBest = bestOfTeam(scores);
        if (teamBest && teamBest.score >= top * closeShare) language = teamBest.code;
        else if (!reliable) language = teamBest?.code ?? fallback;
        reliable = false;
      }
      const also: string[] = [];
      if (words >= mixedMinWords && team.length > 1 && team.includes(language)) {
        const tokens = given ?? tokenize(sample);
        const candidates = team.filter((code) => {
          if (code === language) return false;
          const own = ownWords.get(code)!;
          let n = 0;
          for (const t of tokens) if (own.has(t) && ++n >= mixedFunctionWords) return true;
          return false;
        });
        if (candidates.length > 0) {
          for (const passage of passages(sample)) {
            const found = passageDetector.detect(passage);
            if (candidates.includes(found.language) && found.isReliable() && !also.includes(found.language)) also.push(found.language);
          }
        }
      }
      return { language, reliable: reliable && words >= 3, also };
    },
  };
}
