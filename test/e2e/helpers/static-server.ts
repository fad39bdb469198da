/**
 * A tiny static file server for browser tests of a built `dist/`: serves
 * files, `index.html` for folders, `404.html` otherwise; answers
 * `POST /api/events` with 204 and keeps the posted batches so tests can
 * assert what the tracker sent.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  url: string;
  /** Every event batch posted to /api/events, parsed. */
  events: unknown[][];
  /** Paths requested from other hosts never reach here; this lists every path served, for request audits. */
  requests: string[];
  close(): Promise<void>;
}

function resolveFile(root: string, pathname: string): string | undefined {
  const clean = path.normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = path.join(root, clean);
  if (!file.startsWith(root)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** Serves `root` on a random loopback port. */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const events: unknown[][] = [];
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url.pathname);
    if (url.pathname === '/api/events' && req.method === 'POST') {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        try {
          events.push(JSON.parse(body) as unknown[]);
        } catch {
          events.push([body]);
        }
        res.writeHead(204).end();
      });
      return;
    }
    const file = resolveFile(root, url.pathname);
    if (!file) {
      const notFound = path.join(root, '404.html');
      res.writeHead(404, { 'Content-Type': types['.html'] });
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end('Not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    events,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
