/**
 * Broken links: internal links, related articles and images that point
 * nowhere. The linter already finds them (`no-broken-links`,
 * `related-articles`); this turns its messages into findings per article.
 */
import path from 'node:path';
import { slugOf } from '../../plugins/article/slug.ts';
import type { FileResult } from '../../plugins/lint/lint-message.ts';
import type { KbArticle } from '../kb-search/load-articles.ts';
import { findingOf } from './finding-of.ts';
import type { HygieneFinding } from './hygiene-report.ts';

const pointsNowhere = /does not exist|is a draft|is archived/;

export function findBrokenLinks(articles: readonly KbArticle[], lint: readonly FileResult[]): HygieneFinding[] {
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const findings: HygieneFinding[] = [];
  for (const result of lint) {
    const article = bySlug.get(slugOf(path.basename(result.file)));
    if (!article) continue;
    const seen = new Set<number>();
    const lines: string[] = [];
    for (const m of result.messages) {
      const broken = m.ruleId === 'no-broken-links' || (m.ruleId === 'related-articles' && pointsNowhere.test(m.message));
      if (!broken || seen.has(m.line)) continue;
      seen.add(m.line);
      lines.push(`line ${m.line}: ${m.message}`);
    }
    if (lines.length === 0) continue;
    findings.push(findingOf('broken-link', article, `${lines.length} link${lines.length === 1 ? '' : 's'} pointing nowhere`, 'fix the links (kb lint shows each one)', lines));
  }
  return findings;
}
