import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveSiteFile, serveSite, type StaticSite } from '../../../../scripts/bench/lib/static-server.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'kb-static-'));
mkdirSync(path.join(root, 'articles', 'x'), { recursive: true });
mkdirSync(path.join(root, '_astro'), { recursive: true });
writeFileSync(path.join(root, 'articles', 'x', 'index.html'), `<h1>${'Article '.repeat(50)}</h1>`);
writeFileSync(path.join(root, '_astro', 'page.abc123.js'), 'console.log(1);');
writeFileSync(path.join(root, '404.html'), '<h1>Not here</h1>');

let site: StaticSite;
beforeAll(async () => {
  site = await serveSite(root);
});
afterAll(async () => {
  await site.close();
});

describe('serveSite', () => {
  it('serves index.html for a folder, gzipped when the browser accepts it', async () => {
    const response = await fetch(`${site.url}/articles/x/`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    const body = Buffer.from(await response.arrayBuffer());
    // fetch may or may not undo the gzip itself; either way the page arrives whole.
    const text = response.headers.get('content-encoding') === 'gzip' && body[0] === 0x1f ? gunzipSync(body).toString() : body.toString();
    expect(text).toContain('<h1>Article');
  });

  it('caches hashed assets for a year', async () => {
    const response = await fetch(`${site.url}/_astro/page.abc123.js`);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await response.text()).toBe('console.log(1);');
  });

  it("answers unknown paths with the site's 404 page and analytics posts with 204", async () => {
    const missing = await fetch(`${site.url}/nowhere/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('<h1>Not here</h1>');
    const posted = await fetch(`${site.url}/api/events`, { method: 'POST', body: '[]' });
    expect(posted.status).toBe(204);
  });

  it('never resolves a path outside the site folder', () => {
    expect(resolveSiteFile(root, '/../../etc/passwd')).toBeUndefined();
    expect(resolveSiteFile(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeUndefined();
    expect(resolveSiteFile(root, '/articles/x')).toBe(path.join(root, 'articles', 'x', 'index.html'));
  });
});
