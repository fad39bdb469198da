/** A locale's /<code>/search/popular.json: the same list, as that locale's pages. */
import type { APIRoute } from 'astro';
import { siteLocales } from '../../../lib/page-locale.ts';
import { popularResponse } from '../../../lib/popular-response.ts';

export function getStaticPaths() {
  return siteLocales().all.slice(1).map((l) => ({ params: { locale: l.code } }));
}

export const GET: APIRoute = ({ params }) => popularResponse(params.locale ?? siteLocales().defaultCode);
