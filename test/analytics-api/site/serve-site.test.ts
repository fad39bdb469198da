/**
 * `kb serve`'s file serving on a small built site in a temp folder: aliases
 * answered 301 from `_redirects`, Brotli and gzip by Accept-Encoding, ETags,
 * the security headers on every answer, and nothing outside the folder —
 * not through `..`, not through a symbolic link planted inside it.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../analytics-api/server.ts';
import { testSettings } from '../helpers/test-app.ts';

let dir: string;
let server: RunningServer;
const page = `<!doctype html><title>Invite your team</title><h1>Invite your team</h1>${'<p>Open Team and click Invite.</p>'.repeat(40)}`;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'kb-serve-site-'));
  const site = path.join(dir, 'dist');
  mkdirSync(path.join(site, 'articles/invite-your-team'), { recursive: true });
  mkdirSync(path.join(site, '_astro'), { recursive: true });
  writeFileSync(path.join(site, 'articles/invite-your-team/index.html'), page);
  writeFileSync(path.join(site, '404.html'), '<!doctype html><title>Page not found</title><h1>Page not found</h1>');
  writeFileSync(path.join(site, '_astro/page.Ab12Cd34.js'), `console.log(${JSON.stringify('x'.repeat(2000))});`);
  writeFileSync(path.join(site, '_redirects'), '# aliases\n/articles/add-employees/ /articles/invite-your-team/ 301\n/articles/add-employees /articles/invite-your-team/ 301\n');
  writeFileSync(path.join(site, '_headers'), '/*\n  X-Test: 1\n');
  writeFileSync(path.join(dir, 'secret.txt'), 'outside the site');
  symlinkSync(path.join(dir, 'secret.txt'), path.join(site, 'planted.txt'));
  symlinkSync(dir, path.join(site, 'planted-folder'));
  symlinkSync(path.join(site, 'articles/invite-your-team/index.html'), path.join(site, 'inside-link.html'));
  server = await startServer({
    port: 0,
    db: path.join(dir, 'analytics.db'),
    site,
    settings: testSettings(),
    siteConfig: { site: { url: 'https://help.test.example' }, analytics: { endpoint: '/api/events' }, contact: { form_url: 'https://desk.test.example/new' } },
    log: () => {},
  });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const url = (pathname: string) => new URL(pathname, server.url).href;

/** Status of a raw request path (fetch would normalise `..`). */
function rawStatus(raw: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url('/'), { path: raw }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
    request.end();
  });
}

describe('kb serve: the site', () => {
  it('answers an alias with 301 and the article address, keeping the query', async () => {
    for (const alias of ['/articles/add-employees/', '/articles/add-employees']) {
      const response = await fetch(url(`${alias}?from=mail`), { redirect: 'manual' });
      expect(response.status, alias).toBe(301);
      expect(response.headers.get('location')).toBe('/articles/invite-your-team/?from=mail');
    }
  });

  it('compresses text with Brotli or gzip as the browser asks, and sends it plain otherwise', async () => {
    const get = (encoding: string) => fetch(url('/articles/invite-your-team/'), { headers: { 'accept-encoding': encoding } });
    // Node's fetch decompresses by itself: read the raw body through node:http instead.
    const raw = (encoding: string) =>
      new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
        const request = httpRequest(url('/articles/invite-your-team/'), { headers: { 'accept-encoding': encoding } }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (c: Buffer) => chunks.push(c));
          response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
        });
        request.on('error', reject);
        request.end();
      });
    const br = await raw('gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(brotliDecompressSync(br.body).toString()).toBe(page);
    expect(br.body.length).toBeLessThan(page.length / 4);
    const gzip = await raw('gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(page);
    const refused = await raw('br;q=0, gzip;q=0.5');
    expect(refused.headers['content-encoding']).toBe('gzip');
    const plain = await raw('identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(page);
    expect((await get('br')).status).toBe(200);
  });

  it('revalidates with an ETag', async () => {
    const first = await fetch(url('/_astro/page.Ab12Cd34.js'));
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/"[0-9a-f]+-[0-9a-f]+"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const again = await fetch(url('/_astro/page.Ab12Cd34.js'), { headers: { 'if-none-match': etag ?? '' } });
    expect(again.status).toBe(304);
  });

  it('sends a strict Content-Security-Policy and the security headers with every answer', async () => {
    for (const pathname of ['/articles/invite-your-team/', '/no/such/page/', '/_astro/page.Ab12Cd34.js']) {
      const response = await fetch(url(pathname));
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, pathname).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain('form-action \'self\' https://desk.test.example mailto:');
      expect(csp).not.toMatch(/'unsafe-eval'|'unsafe-inline'/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    }
  });

  it('refuses symbolic links planted in the site folder, wherever they point', async () => {
    for (const pathname of ['/planted.txt', '/planted-folder/secret.txt', '/inside-link.html']) {
      const response = await fetch(url(pathname));
      expect(response.status, pathname).toBe(404);
      expect(await response.text()).not.toContain('outside the site');
    }
  });

  it('never serves a file outside the folder, nor the files meant for other hosts', async () => {
    for (const raw of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/articles/..%2f..%2fsecret.txt', '/%00.html', '/..%5csecret.txt']) {
      expect(await rawStatus(raw), raw).toBe(404);
    }
    // A raw backslash does not even parse as a request path.
    expect([400, 404]).toContain(await rawStatus('/..\\secret.txt'));
    for (const pathname of ['/_redirects', '/_headers']) expect((await fetch(url(pathname))).status, pathname).toBe(404);
  });
});
