/** Stale: `last_updated` older than the audit window (PLAYBOOK §1.3, quarterly). */
import type { KbArticle } from '../kb-search/load-articles.ts';
import { findingOf } from './finding-of.ts';
import type { HygieneFinding } from './hygiene-report.ts';

const DAY_MS = 86_400_000;

export function findStale(articles: readonly KbArticle[], today: Date, days: number): HygieneFinding[] {
  const findings: HygieneFinding[] = [];
  for (const article of articles) {
    if (!article.last_updated) continue;
    const age = Math.floor((today.getTime() - Date.parse(`${article.last_updated}T00:00:00Z`)) / DAY_MS);
    if (age <= days) continue;
    findings.push(findingOf('stale', article, `last updated ${article.last_updated}, ${age} days ago (audit after ${days})`, 'verify it is still accurate, then update last_updated'));
  }
  return findings;
}
