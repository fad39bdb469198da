/**
 * Cache policy of the built site. Astro's `/_astro/` files and Pagefind's
 * index chunks and fragments carry a content hash in their names, so they
 * can be cached for a year; everything else (HTML, `pagefind.js`,
 * `pagefind-entry.json`, which point at the hashed files) must be
 * revalidated, or a deploy would leave browsers on a stale index.
 */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

// Pagefind writes hashed files under index/ and fragment/ and as *.pf_meta / *.pf_index / *.pf_fragment.
const HASHED_PAGEFIND = /^\/pagefind\/(?:index\/|fragment\/|.*\.pf_(?:meta|index|fragment|filter)$)/;

export function cacheControlFor(requestPath: string): string {
  if (requestPath.startsWith('/_astro/')) return IMMUTABLE;
  if (HASHED_PAGEFIND.test(requestPath)) return IMMUTABLE;
  return REVALIDATE;
}
