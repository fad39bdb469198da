/** The short list offered when a search finds nothing (built at /search/popular.json). */
import { siteBase } from './site-base.ts';

export interface PopularArticle {
  slug: string;
  title: string;
  url: string;
}

let cached: Promise<PopularArticle[]> | undefined;

export function popularArticles(): Promise<PopularArticle[]> {
  cached ??= fetch(`${siteBase()}search/popular.json`)
    .then((r) => (r.ok ? (r.json() as Promise<PopularArticle[]>) : []))
    .catch(() => []);
  return cached;
}
