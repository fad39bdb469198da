/** Unseen: published articles nobody viewed in the window (PLAYBOOK §1.3, monthly). */
import type { KbArticle } from '../kb-search/load-articles.ts';
import { findingOf } from './finding-of.ts';
import type { HygieneFinding } from './hygiene-report.ts';

export function findUnseen(articles: readonly KbArticle[], views: ReadonlyMap<string, number>, days: number): HygieneFinding[] {
  return articles
    .filter((article) => (views.get(article.slug) ?? 0) === 0 && !article.aliases.some((alias) => (views.get(alias) ?? 0) > 0))
    .map((article) =>
      findingOf('unseen', article, `0 views in the last ${days} days`, 'update it (title and keywords customers use), redirect it to a better article, or archive it'),
    );
}
