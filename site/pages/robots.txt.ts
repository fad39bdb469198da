/** robots.txt: everything may be crawled; the sitemap lists the pages worth indexing. */
import type { APIRoute } from 'astro';
import { sitePaths } from '../lib/site-paths.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(sitePaths(import.meta.env.BASE_URL).asset('sitemap.xml'), site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain' } });
};
