import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../../scripts/build/page-weight.ts';

describe('pageWeight', () => {
  it('counts the page, its stylesheets and its up-front scripts with their static imports, not dynamic ones nor JSON blocks', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kb-weight-'));
    mkdirSync(path.join(dir, '_astro'));
    mkdirSync(path.join(dir, 'a'));
    const files = {
      '_astro/page.js': 'import{t}from"./tracker.js";t();import("./search.js");',
      '_astro/tracker.js': 'export function t(){return 1}',
      '_astro/search.js': 'export const big="'.concat('x'.repeat(5000), '";'),
      '_astro/site.css': 'body{color:red}',
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    const html = '<html><head><link rel="stylesheet" href="/_astro/site.css"></head><body><script type="module" src="/_astro/page.js"></script><script type="application/ld+json">{"a":1}</script><script type="application/json" data-ui-strings>{"copy":"Copy"}</script></body></html>';
    writeFileSync(path.join(dir, 'a/index.html'), html);
    const gz = (text: string) => gzipSync(text, { level: 9 }).length;
    const weight = pageWeight(dir, 'a/index.html');
    expect(weight.files).toEqual(['/_astro/page.js', '/_astro/site.css', '/_astro/tracker.js']);
    expect(weight.jsBytes).toBe(gz(files['_astro/page.js']) + gz(files['_astro/tracker.js']));
    expect(weight.cssBytes).toBe(gz(files['_astro/site.css']));
    expect(weight.htmlBytes).toBe(gz(html));
  });
});
