/**
 * Cache policy of the built site. Astro's `/_astro/` files, the brand's
 * `/brand/` files and Pagefind's index chunks and fragments carry a content
 * hash in their names, so they can be cached for a year; everything else
 * (HTML, `pagefind.js`, `pagefind-entry.json`, which point at the hashed
 * files) must be revalidated, or a deploy would leave browsers on a stale
 * index. The same prefixes go into the `_headers` file for static hosts.
 */
import { IMMUTABLE, IMMUTABLE_PREFIXES } from '../../site/lib/static-host-files.ts';

const REVALIDATE = 'no-cache';

// Pagefind's meta file sits beside pagefind.js with its hash in the name.
const HASHED_META = /^\/pagefind\/[^/]+\.pf_meta$/;

export function cacheControlFor(requestPath: string): string {
  if (IMMUTABLE_PREFIXES.some((prefix) => requestPath.startsWith(`/${prefix}`))) return IMMUTABLE;
  if (HASHED_META.test(requestPath)) return IMMUTABLE;
  return REVALIDATE;
}
