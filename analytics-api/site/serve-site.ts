/**
 * Serves the built site (Astro's `dist/`) from the same process as the API,
 * the way a careful static host does: the file a path names and nothing
 * outside the folder (`site-file.ts`: no `..`, no symbolic links),
 * `index.html` for folders, the site's own `404.html` with status 404, the
 * aliases of `_redirects` as 301s, Brotli or gzip by `Accept-Encoding`,
 * `ETag` revalidation, cache headers from `cache-control.ts`, and the
 * Content-Security-Policy and security headers of `site/lib/security-policy.ts`
 * on every answer. Paths under `/api/` never reach the files; the build's
 * files for other hosts (`_redirects`, `_headers`, `_nginx.conf`) are not served.
 */
import path from 'node:path';
import type { Context, Hono } from 'hono';
import { getMimeType } from 'hono/utils/mime';
import { securityHeaders, type PolicyConfig } from '../../site/lib/security-policy.ts';
import type { AppEnv } from '../app-env.ts';
import { cacheControlFor } from './cache-control.ts';
import { chooseEncoding, createCompressionCache, isCompressible } from './compression.ts';
import { watchedRedirects } from './redirect-rules.ts';
import { readSiteFile, siteRoot, type SiteFile } from './site-file.ts';

function isApiPath(requestPath: string): boolean {
  return requestPath === '/api' || requestPath.startsWith('/api/');
}

/** Files the build writes for other hosts. */
const HOST_FILES = new Set(['/_redirects', '/_headers', '/_nginx.conf']);

const TYPES: Record<string, string> = {
  '.pagefind': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

function contentType(file: string): string {
  const ext = path.extname(file).toLowerCase();
  const type = TYPES[ext] ?? getMimeType(file) ?? 'application/octet-stream';
  return (type.startsWith('text/') || type === 'image/svg+xml') && !type.includes('charset') ? `${type}; charset=utf-8` : type;
}

export interface SiteOptions {
  /** The KB's config, for the Content-Security-Policy (analytics endpoint, helpdesk form). */
  config: PolicyConfig;
}

/** Adds the site's files to `app`, after its API routes. */
export function mountSite(app: Hono<AppEnv>, root: string, options: SiteOptions): void {
  const folder = siteRoot(root);
  const redirects = watchedRedirects(path.join(folder, '_redirects'));
  const compression = createCompressionCache();
  const security = securityHeaders(options.config, { https: false });
  const notFoundPath = '/404.html';

  const send = (c: Context<AppEnv>, found: SiteFile, status: 200 | 404, requestPath: string): Response => {
    const headers = new Headers(security);
    headers.set('Content-Type', contentType(found.file));
    headers.set('Cache-Control', status === 404 ? 'no-cache' : cacheControlFor(requestPath));
    if (requestPath === '/admin' || requestPath.startsWith('/admin/')) headers.set('X-Robots-Tag', 'noindex');
    const etag = `W/"${found.stats.size.toString(16)}-${Math.floor(found.stats.mtimeMs).toString(16)}"`;
    headers.set('ETag', etag);
    let body = found.body;
    if (isCompressible(path.extname(found.file), body.length)) {
      headers.set('Vary', 'Accept-Encoding');
      const encoding = chooseEncoding(c.req.header('accept-encoding'));
      if (encoding) {
        body = compression.compress(`${found.file}:${found.stats.size}:${found.stats.mtimeMs}`, body, encoding);
        headers.set('Content-Encoding', encoding);
      }
    }
    if (status === 200 && c.req.header('if-none-match')?.split(/\s*,\s*/).includes(etag)) {
      headers.delete('Content-Encoding');
      return new Response(null, { status: 304, headers });
    }
    headers.set('Content-Length', String(body.length));
    return new Response(c.req.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), { status, headers });
  };

  app.on(['GET', 'HEAD'], '*', async (c, next) => {
    const requestPath = c.req.path;
    if (isApiPath(requestPath)) return next();
    const redirect = redirects.lookup(requestPath);
    if (redirect) {
      const search = new URL(c.req.url).search;
      return new Response(null, { status: redirect.status, headers: { ...security, Location: `${redirect.to}${search}`, 'Cache-Control': 'no-cache' } });
    }
    const found = HOST_FILES.has(requestPath) ? undefined : readSiteFile(folder, requestPath);
    if (found) return send(c, found, 200, requestPath);
    const notFound = readSiteFile(folder, notFoundPath);
    if (notFound) return send(c, notFound, 404, notFoundPath);
    return new Response('Not found', { status: 404, headers: { ...security, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' } });
  });
}
