/** Release: published articles whose product area a release note names, to update before the feature ships. */
import type { KbArticle } from '../kb-search/load-articles.ts';
import { findingOf } from './finding-of.ts';
import type { HygieneFinding } from './hygiene-report.ts';
import { mentionsArea, type ReleaseNote } from './read-release-notes.ts';

export function findReleaseUpdates(articles: readonly KbArticle[], notes: readonly ReleaseNote[]): HygieneFinding[] {
  const findings: HygieneFinding[] = [];
  for (const article of articles) {
    const area = article.product_area;
    if (!area) continue;
    const matching = notes.filter((note) => mentionsArea(note, area));
    if (matching.length === 0) continue;
    const titles = matching.map((n) => `${n.date ? `${n.date}: ` : ''}${n.title}`);
    findings.push(
      findingOf(
        'release',
        article,
        `${matching.length} release note${matching.length === 1 ? '' : 's'} touch${matching.length === 1 ? 'es' : ''} ${area}: "${matching[0]!.title}"${matching.length > 1 ? ' and more' : ''}`,
        'check it against the release and update it before the feature ships',
        titles,
      ),
    );
  }
  return findings;
}
