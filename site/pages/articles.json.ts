/** articles.json: the slugs with a page and their aliases, for the analytics service (see `lib/article-manifest.ts`). */
import type { APIRoute } from 'astro';
import { articleManifest } from '../lib/article-manifest.ts';
import { loadArticles } from '../lib/load-articles.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(articleManifest(await loadArticles()), null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
