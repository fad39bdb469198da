/**
 * Serves the built site (Astro's `dist/`) from the same process as the API:
 * content types from the file name, `index.html` for folders, the site's own
 * `404.html` with status 404, and cache headers from `cache-control.ts`.
 * Paths under `/api/` never reach the files.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { cacheControlFor } from './cache-control.ts';

function isApiPath(requestPath: string): boolean {
  return requestPath === '/api' || requestPath.startsWith('/api/');
}

/** Adds the site's files to `app`, after its API routes. */
export function mountSite(app: Hono<AppEnv>, root: string): void {
  const folder = path.resolve(root);
  const files = serveStatic<AppEnv>({ root: folder });
  const notFoundPage = path.join(folder, '404.html');

  app.on(['GET', 'HEAD'], '*', async (c, next) => {
    if (isApiPath(c.req.path)) return next();
    const response = await files(c, async () => {});
    if (response instanceof Response) {
      response.headers.set('Cache-Control', cacheControlFor(c.req.path));
      return response;
    }
    c.header('Cache-Control', 'no-cache');
    if (existsSync(notFoundPage)) return c.html(readFileSync(notFoundPage, 'utf8'), 404);
    return c.text('Not found', 404);
  });
}
