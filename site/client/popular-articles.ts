/** The short list offered when a search finds nothing, in the page's locale (built at /search/popular.json, /de/search/popular.json). */
import { pagesBase } from './site-base.ts';

export interface PopularArticle {
  slug: string;
  title: string;
  url: string;
}

let cached: Promise<PopularArticle[]> | undefined;

export function popularArticles(): Promise<PopularArticle[]> {
  cached ??= fetch(`${pagesBase()}search/popular.json`)
    .then((r) => (r.ok ? (r.json() as Promise<PopularArticle[]>) : []))
    .catch(() => []);
  return cached;
}
