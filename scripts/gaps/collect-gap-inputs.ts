/** Gathers what the gap analysis needs from the warehouse and the KB. */
import type { KbConfig } from '../../plugins/config/kb-config-schema.ts';
import { createArticleSearch, type ArticleSearch } from '../kb-search/article-search.ts';
import { countArticleViews } from '../warehouse/count-article-views.ts';
import { countArticleVotes } from '../warehouse/count-article-votes.ts';
import { countEvents } from '../warehouse/count-events.ts';
import { listTickets } from '../warehouse/list-tickets.ts';
import { listZeroResultSearches } from '../warehouse/list-zero-result-searches.ts';
import type { Warehouse } from '../warehouse/open-warehouse.ts';
import type { ReportPeriod } from '../reports/report-period.ts';
import type { GapInputs } from './find-gaps.ts';
import { supportSettings } from '../../plugins/config/support-config.ts';
import { teamLanguages } from './cluster-by-language.ts';
import { reportStopWords } from './report-stop-words.ts';

const DAY_MS = 86_400_000;

/** Options of {@link collectGapInputs}. */
export interface CollectOptions {
  db: Warehouse;
  contentDir: string;
  config: KbConfig;
  period: ReportPeriod;
  /** A search built already (the weekly run shares one). */
  search?: ArticleSearch;
}

export function collectGapInputs(options: CollectOptions): GapInputs {
  const { db, config, period } = options;
  const stopWords = reportStopWords(config);
  const window = { from: period.to.getTime() - config.reports.hygiene.unhelpful.window_days * DAY_MS, to: period.to };
  return {
    period,
    tickets: listTickets(db, period),
    search: options.search ?? createArticleSearch(options.contentDir, { stopWords }),
    views: countArticleViews(db, period),
    votes: countArticleVotes(db, window),
    zeroResults: listZeroResultSearches(db, period),
    hasAnalytics: countEvents(db, period) > 0,
    config: config.reports,
    stopWords,
    languages: teamLanguages(supportSettings(config)),
  };
}
