/**
 * A tiny static file server for browser tests of a built `dist/`: serves
 * files, `index.html` for folders, `404.html` otherwise; answers
 * `POST /api/events` with 204 and keeps the posted batches so tests can
 * assert what the tracker sent.
 */
import { createReadStream, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
// The benchmarks' server resolves paths and types as a static host does; the tests reuse that, not a copy.
import { contentTypeOf, resolveSiteFile } from '../../../scripts/bench/lib/static-server.ts';

export interface StaticServer {
  url: string;
  /** Every event batch posted to /api/events, parsed. */
  events: unknown[][];
  /** Paths requested from other hosts never reach here; this lists every path served, for request audits. */
  requests: string[];
  close(): Promise<void>;
}

/** Serves `root` on a random loopback port. */
export async function startStaticServer(dir: string): Promise<StaticServer> {
  const root = path.resolve(dir);
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
    const file = resolveSiteFile(root, url.pathname);
    if (!file) {
      const notFound = path.join(root, '404.html');
      res.writeHead(404, { 'Content-Type': contentTypeOf(notFound) });
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end('Not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': contentTypeOf(file) });
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
