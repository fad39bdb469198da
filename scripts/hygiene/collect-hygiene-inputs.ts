/** Gathers what the hygiene checks need: articles, analytics from the warehouse, lint results, release notes. */
import type { KbConfig } from '../../plugins/config/kb-config-schema.ts';
import type { FileResult } from '../../plugins/lint/lint-message.ts';
import { reportStopWords } from '../gaps/report-stop-words.ts';
import { loadArticles, loadTranslatedArticles, type KbArticle } from '../kb-search/load-articles.ts';
import { lintKb } from '../lint/run-lint.ts';
import { countArticleViews } from '../warehouse/count-article-views.ts';
import { countArticleVotes } from '../warehouse/count-article-votes.ts';
import { countEvents } from '../warehouse/count-events.ts';
import { listDownVoteComments } from '../warehouse/list-down-vote-comments.ts';
import type { Warehouse } from '../warehouse/open-warehouse.ts';
import type { HygieneInputs } from './check-hygiene.ts';
import { readReleaseNotes } from './read-release-notes.ts';

const DAY_MS = 86_400_000;

/** Options of {@link collectHygieneInputs}. */
export interface CollectHygieneOptions {
  db: Warehouse;
  contentDir: string;
  config: KbConfig;
  now: Date;
  releases?: string;
  /** Already loaded (the weekly run shares them). */
  articles?: readonly KbArticle[];
  lint?: readonly FileResult[];
}

export async function collectHygieneInputs(options: CollectHygieneOptions): Promise<HygieneInputs> {
  const { db, config, now } = options;
  const h = config.reports.hygiene;
  const unseen = { from: now.getTime() - h.unseen_days * DAY_MS, to: now };
  const window = { from: now.getTime() - h.unhelpful.window_days * DAY_MS, to: now };
  return {
    now,
    config,
    articles: options.articles ?? loadArticles(options.contentDir),
    translations: loadTranslatedArticles(options.contentDir),
    views: countArticleViews(db, unseen),
    votes: countArticleVotes(db, window),
    comments: listDownVoteComments(db, window, h.unhelpful.comments),
    hasAnalytics: countEvents(db, unseen) > 0,
    lint: options.lint ?? (await lintKb([], options.contentDir)),
    releases: options.releases ? { file: options.releases, notes: readReleaseNotes(options.releases) } : null,
    stopWords: reportStopWords(config),
  };
}
