/**
 * The few articles the search "no results" state offers, loaded only when a
 * search comes back empty, so no page carries the list in its HTML.
 */
import type { APIRoute } from 'astro';
import { siteLocales } from '../../lib/page-locale.ts';
import { popularResponse } from '../../lib/popular-response.ts';

export const GET: APIRoute = () => popularResponse(siteLocales().defaultCode);
