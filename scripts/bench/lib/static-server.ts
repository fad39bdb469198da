/**
 * Serves a built site on loopback the way a static host does: files,
 * `index.html` for folders, the site's `404.html` otherwise; text gzipped
 * when the browser accepts it; hashed assets cached for a year and pages
 * revalidated. `POST /api/events` answers 204, as the analytics API beside
 * the site does under `kb start`, so our tracker's calls do not fail. Both
 * sites of a comparison get the same server.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** The Content-Type a static host sends for `file`. */
export function contentTypeOf(file: string): string {
  return types[path.extname(file)] ?? 'application/octet-stream';
}

/** Types worth compressing; Pagefind's index files are gzipped by Pagefind itself. */
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.xml', '.txt', '.svg']);

export interface StaticSite {
  url: string;
  close(): Promise<void>;
}

interface Entry {
  body: Buffer;
  gzipped?: Buffer;
}

/** The file for a request path inside `root`, or undefined. */
export function resolveSiteFile(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const file = path.join(root, path.posix.normalize(`/${decoded}`));
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  const candidate = existsSync(file) && statSync(file).isDirectory() ? path.join(file, 'index.html') : file;
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : undefined;
}

/** Serves `dir` on a random loopback port until `close()`. */
export async function serveSite(dir: string): Promise<StaticSite> {
  const root = path.resolve(dir);
  const cache = new Map<string, Entry>();
  const load = (file: string): Entry => {
    let entry = cache.get(file);
    if (!entry) {
      entry = { body: readFileSync(file) };
      if (compressible.has(path.extname(file))) entry.gzipped = gzipSync(entry.body);
      cache.set(file, entry);
    }
    return entry;
  };
  const send = (req: IncomingMessage, res: ServerResponse, status: number, file: string, cacheControl: string) => {
    const entry = load(file);
    const gzip = entry.gzipped !== undefined && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? (entry.gzipped as Buffer) : entry.body;
    res.writeHead(status, {
      'content-type': contentTypeOf(file),
      'content-length': body.length,
      'cache-control': cacheControl,
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      vary: 'accept-encoding',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'POST' && pathname === '/api/events') {
      req.resume();
      req.on('end', () => res.writeHead(204).end());
      return;
    }
    const file = resolveSiteFile(root, pathname);
    if (file) return send(req, res, 200, file, pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate');
    const notFound = path.join(root, '404.html');
    if (existsSync(notFound)) return send(req, res, 404, notFound, 'no-cache');
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
