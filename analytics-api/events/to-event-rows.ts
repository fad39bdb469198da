/**
 * Turns validated events into rows: adds the visitor hash, the vote key and
 * server time, stores `unknown` for article slugs the site does not have,
 * and scrubs personal data from the free-text fields.
 */
import { scrubPersonalData } from '../../plugins/text/scrub-personal-data.ts';
import type { EventRow } from '../db/event-row.ts';
import { UNKNOWN_ARTICLE, type ArticleList } from '../site/article-list.ts';
import type { AnalyticsEvent } from './event-schema.ts';

/** What a request adds to its events. */
export interface RowContext {
  visitor: string;
  receivedAt: number;
  /** The vote key for an article (called for votes only). */
  voteKey: (article: string) => string;
  /** The site's articles; without it every slug is stored as posted. */
  articles?: ArticleList | undefined;
}

export function toEventRows(events: readonly AnalyticsEvent[], context: RowContext): EventRow[] {
  const { articles } = context;
  return events.map((event) => {
    const posted = 'article' in event ? (event.article ?? null) : null;
    const article = posted !== null && articles !== undefined ? articles.resolve(posted) : posted;
    const isVote = event.type === 'vote';
    return {
      type: event.type,
      session: event.session,
      visitor: context.visitor,
      ts: event.ts,
      received_at: context.receivedAt,
      article,
      vote: isVote ? event.vote : null,
      reason: isVote ? (event.reason ?? null) : null,
      // A comment on an article the site does not have helps nobody and is only stored space.
      comment: isVote && event.comment !== undefined && article !== UNKNOWN_ARTICLE ? cleanText(event.comment) : null,
      query: 'query' in event ? cleanText(event.query) : null,
      results: event.type === 'search' ? event.results : null,
      position: event.type === 'search_click' ? event.position : null,
      vote_key: isVote && article !== null ? context.voteKey(article) : null,
      event_id: event.event_id ?? null,
      locale: event.locale ?? null,
    };
  });
}

function cleanText(text: string): string {
  return scrubPersonalData(text.trim());
}
