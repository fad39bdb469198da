/**
 * Which configured synonyms an article is indexed under (`search.synonyms`).
 * When an article uses one phrase of a group — in its title, summary or
 * keywords ("strong": the article is about it) or only in its body — the
 * group's other phrases are added to its index entry with the same
 * standing, so a customer's "mfa" finds the writer's "two-step
 * verification". Phrases match on stemmed words ("employees" uses
 * "employee"), ignoring case, accents and punctuation.
 */
import { stem } from '../../plugins/text/stem.ts';
import { tokenize } from '../../plugins/text/tokenize.ts';

/** The longest phrase, in words, that is looked for. */
const MAX_WORDS = 6;

export interface ArticleText {
  title: string;
  summary: string;
  keywords: readonly string[];
  body: string;
}

export interface SynonymExpansion {
  /** Phrases of groups the title, summary or keywords use. */
  strong: string[];
  /** Phrases of groups only the body uses. */
  body: string[];
}

function stems(text: string, language: string): string[] {
  return tokenize(text).map((word) => stem(word, language));
}

/** Every run of 1 to MAX_WORDS stemmed words in `texts`, joined by spaces. */
function phrasesIn(texts: readonly string[], language: string): Set<string> {
  const found = new Set<string>();
  for (const text of texts) {
    const words = stems(text, language);
    for (let i = 0; i < words.length; i++) {
      let phrase = '';
      for (let n = 0; n < MAX_WORDS && i + n < words.length; n++) {
        phrase = n === 0 ? (words[i] as string) : `${phrase} ${words[i + n]}`;
        found.add(phrase);
      }
    }
  }
  return found;
}

/** The synonyms `article` is indexed under, by standing; phrases it already uses are left out. */
export function expandSynonyms(groups: ReadonlyArray<readonly string[]>, article: ArticleText, language = 'en'): SynonymExpansion {
  if (groups.length === 0) return { strong: [], body: [] };
  const strongText = phrasesIn([article.title, article.summary, ...article.keywords], language);
  const bodyText = phrasesIn([article.body], language);
  const strong: string[] = [];
  const body: string[] = [];
  for (const group of groups) {
    const keys = group.map((phrase) => stems(phrase, language).join(' '));
    const inStrong = keys.some((key) => key !== '' && strongText.has(key));
    const inBody = !inStrong && keys.some((key) => key !== '' && bodyText.has(key));
    if (!inStrong && !inBody) continue;
    group.forEach((phrase, i) => {
      const key = keys[i] as string;
      if (inStrong && !strongText.has(key)) strong.push(phrase);
      else if (inBody && !bodyText.has(key)) body.push(phrase);
    });
  }
  return { strong, body };
}
