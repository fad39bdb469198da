/**
 * The home page lists, worked out once per build: the home page and
 * `/search/popular.json` show the same "Popular" list, and the analytics
 * export is read and validated only once.
 */
import { kbContext } from './kb-context.ts';
import { loadArticles } from './load-articles.ts';
import { homeLists, readPopularExport, type HomeLists } from './popular.ts';

let lists: Promise<HomeLists> | undefined;

/** The "Popular" and "Most helpful" lists for the configured KB and analytics export. */
export function loadHomeLists(): Promise<HomeLists> {
  lists ??= loadArticles().then((articles) => {
    const { config, popularFile } = kbContext();
    return homeLists(articles, readPopularExport(popularFile), {
      count: config.site.popular_count,
      minVotes: config.site.helpful_min_votes,
    });
  });
  return lists;
}
