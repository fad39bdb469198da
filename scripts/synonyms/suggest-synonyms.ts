/**
 * Synonyms suggested by what customers did: a session that searched X,
 * found nothing, and opened article Y within minutes is evidence that X
 * means Y. Suggestions need at least two sessions of evidence (one
 * customer's detour proves little) and name the group to accept into
 * `search.synonyms`: X with the article's first keyword (its customer
 * word), or added to the group that keyword is already in. Searches whose
 * words the article or the config already has are left out: accepting
 * them would change nothing.
 */
import { synonymKey } from '../../plugins/config/search-config.ts';
import { stopWordsFor } from '../../plugins/text/stop-words.ts';
import { tokenize } from '../../plugins/text/tokenize.ts';
import type { ZeroResultFollowUp } from '../warehouse/list-zero-result-follow-ups.ts';

/** Sessions of evidence a suggestion needs. */
export const MIN_SESSIONS = 2;
/** How soon after the search the article must be opened. */
export const FOLLOW_UP_MINUTES = 10;

export interface SuggestionArticle {
  slug: string;
  title: string;
  keywords: readonly string[];
}

export interface SynonymSuggestion {
  /** The search, folded (lower case, single spaces). */
  query: string;
  /** The words of the search that name something (its filler dropped): what would join the group. */
  phrase: string;
  article: string;
  title: string;
  /** Sessions that searched it and then opened the article. */
  sessions: number;
  /** Zero-result searches of it in those sessions. */
  searches: number;
  /** The group to put in `search.synonyms`. */
  group: string[];
  /** Index of the existing group the phrase joins, when the article's word is already in one. */
  joins?: number;
}

export interface SuggestOptions {
  articles: readonly SuggestionArticle[];
  /** `search.synonyms` as configured. */
  synonyms: ReadonlyArray<readonly string[]>;
  language?: string;
  minSessions?: number;
}

/** Suggestions from `followUps`, most sessions first (then most searches, then query). */
export function suggestSynonyms(followUps: readonly ZeroResultFollowUp[], options: SuggestOptions): SynonymSuggestion[] {
  const stops = stopWordsFor(options.language ?? 'en');
  const bySlug = new Map(options.articles.map((a) => [a.slug, a]));
  const groupOf = new Map<string, number>();
  options.synonyms.forEach((group, i) => group.forEach((phrase) => groupOf.set(synonymKey(phrase), i)));
  const evidence = new Map<string, { query: string; article: string; sessions: Set<string>; searches: number }>();
  for (const followUp of followUps) {
    const query = followUp.query.toLowerCase().replace(/\s+/g, ' ').trim();
    if (query === '' || !bySlug.has(followUp.article)) continue;
    const key = `${query}\u0000${followUp.article}`;
    const entry = evidence.get(key) ?? { query, article: followUp.article, sessions: new Set<string>(), searches: 0 };
    entry.sessions.add(followUp.session);
    entry.searches += 1;
    evidence.set(key, entry);
  }
  const suggestions: SynonymSuggestion[] = [];
  for (const entry of evidence.values()) {
    if (entry.sessions.size < (options.minSessions ?? MIN_SESSIONS)) continue;
    const article = bySlug.get(entry.article) as SuggestionArticle;
    const words = tokenize(entry.query).filter((word) => !stops.has(word));
    const phrase = words.join(' ');
    if (phrase === '' || groupOf.has(phrase) || article.keywords.some((k) => synonymKey(k) === phrase)) continue;
    const anchor = article.keywords[0] ?? article.title.toLowerCase();
    const joins = groupOf.get(synonymKey(anchor));
    const group = joins === undefined ? [phrase, anchor] : [...(options.synonyms[joins] ?? []), phrase];
    suggestions.push({
      query: entry.query,
      phrase,
      article: entry.article,
      title: article.title,
      sessions: entry.sessions.size,
      searches: entry.searches,
      group,
      ...(joins === undefined ? {} : { joins }),
    });
  }
  return suggestions.sort((a, b) => b.sessions - a.sessions || b.searches - a.searches || (a.query < b.query ? -1 : a.query > b.query ? 1 : a.article < b.article ? -1 : 1));
}

/** One suggestion as a line of text: what to accept into the config and the evidence behind it. */
export function describeSuggestion(s: SynonymSuggestion): string {
  const where = s.joins === undefined ? 'add to search.synonyms' : `add "${s.phrase}" to search.synonyms[${s.joins}]`;
  return `"${s.query}" → ${s.title} (${s.article}): ${s.sessions} sessions, ${s.searches} searches; ${where}: [${s.group.join(', ')}]`;
}
