/**
 * What one built page costs a visitor before any interaction, gzipped: its
 * HTML, the stylesheets it links, and the JavaScript it loads up front (its
 * module scripts plus everything they import statically; dynamic imports,
 * such as the search code, are not counted: they load on demand).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What an article page may cost before search opens, gzipped: the budget
 * the build tests hold every page to (the search code and index load on
 * demand and are not counted).
 */
export const PAGE_BUDGET = { jsBytes: 5 * 1024, cssBytes: 10 * 1024, htmlBytes: 8 * 1024 } as const;

export interface PageWeight {
  htmlBytes: number;
  cssBytes: number;
  jsBytes: number;
  /** Site-relative files counted, for reports. */
  files: string[];
}

function gzipBytes(content: string | Buffer): number {
  return gzipSync(content, { level: 9 }).length;
}

const staticImport = /(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g;

/** Gzipped weight of the page at `pagePath` (e.g. `articles/x/index.html`) in the built site `outDir`. */
export function pageWeight(outDir: string, pagePath: string): PageWeight {
  const html = readFileSync(path.join(outDir, pagePath), 'utf8');
  const files: string[] = [];
  const fileOf = (url: string) => path.join(outDir, url.replace(/^\//, '').split(/[?#]/)[0] ?? '');

  let cssBytes = 0;
  for (const match of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) {
    files.push(match[1] ?? '');
    cssBytes += gzipBytes(readFileSync(fileOf(match[1] ?? '')));
  }
  for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) cssBytes += gzipBytes(match[1] ?? '');

  let jsBytes = 0;
  const seen = new Set<string>();
  const queue = [...html.matchAll(/<script\b[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => fileOf(m[1] ?? ''));
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    files.push(`/${path.relative(outDir, file)}`);
    jsBytes += gzipBytes(code);
    for (const m of code.matchAll(staticImport)) {
      const spec = m[1] ?? '';
      if (spec.startsWith('.')) queue.push(path.resolve(path.dirname(file), spec));
      else if (spec.startsWith('/')) queue.push(fileOf(spec));
    }
  }
  // JSON blocks (JSON-LD, the scripts' interface words) are data the browser never runs: they weigh as HTML, counted there.
  for (const match of html.matchAll(/<script\b(?![^>]*\bsrc=)(?![^>]*application\/(?:ld\+)?json)[^>]*>([\s\S]*?)<\/script>/g)) {
    if ((match[1] ?? '').trim()) jsBytes += gzipBytes(match[1] ?? '');
  }
  return { htmlBytes: gzipBytes(html), cssBytes, jsBytes, files: files.sort() };
}
