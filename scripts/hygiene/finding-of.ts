/** Builds a finding for an article, filling the fields every check shares. */
import type { KbArticle } from '../kb-search/load-articles.ts';
import type { HygieneFinding, HygieneKind } from './hygiene-report.ts';

export function findingOf(kind: HygieneKind, article: KbArticle, evidence: string, action: string, details: string[] = []): HygieneFinding {
  return { kind, article: article.slug, title: article.title || article.slug, owner: article.owner, file: article.file, evidence, action, details };
}
