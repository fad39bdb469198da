/** Tag gaps: missing product area or difficulty, unknown category or area, no owner (PLAYBOOK §1.3). */
import type { KbConfig } from '../../plugins/config/kb-config-schema.ts';
import type { KbArticle } from '../kb-search/load-articles.ts';
import { findingOf } from './finding-of.ts';
import type { HygieneFinding } from './hygiene-report.ts';

const difficulties = ['beginner', 'intermediate', 'advanced'];

export function findTagGaps(articles: readonly KbArticle[], config: Pick<KbConfig, 'categories' | 'product_areas'>): HygieneFinding[] {
  const categories = new Set(config.categories.map((c) => c.id));
  const areas = new Set(config.product_areas);
  const findings: HygieneFinding[] = [];
  for (const article of articles) {
    const gaps: string[] = [];
    if (!article.product_area) gaps.push('no product_area');
    else if (areas.size > 0 && !areas.has(article.product_area)) gaps.push(`product_area "${article.product_area}" is not one of product_areas in kb.config.yaml`);
    if (!article.difficulty) gaps.push('no difficulty');
    else if (!difficulties.includes(article.difficulty)) gaps.push(`difficulty "${article.difficulty}" is not beginner, intermediate or advanced`);
    if (!article.category) gaps.push('no category');
    else if (!categories.has(article.category)) gaps.push(`category "${article.category}" is not one of the configured categories`);
    if (!article.owner) gaps.push('no owner');
    if (gaps.length === 0) continue;
    findings.push(findingOf('tag-gap', article, gaps.join('; '), 'fix the frontmatter tags so filters, gap matching and owners work', gaps));
  }
  return findings;
}
