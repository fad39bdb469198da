/**
 * Reads back every file of a built site's Pagefind index the way the
 * browser will: the entry file parses, every meta, index, filter and
 * fragment file decompresses and starts with Pagefind's signature, and
 * there is one fragment per indexed page. A truncated file (a write cut off
 * before it reached the disk) fails here even when the build said it passed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';

export interface IndexCheck {
  ok: boolean;
  pages: number;
  files: number;
  /** One line per bad file: which and why. */
  problems: string[];
}

/** Checks `<outDir>/pagefind`. */
export function verifySearchIndex(outDir: string): IndexCheck {
  const dir = path.join(outDir, 'pagefind');
  const problems: string[] = [];
  let pages = 0;
  let files = 0;
  try {
    const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    pages = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
  } catch (error) {
    problems.push(`pagefind-entry.json: ${(error as Error).message}`);
  }
  const hashed = ['fragment', 'index', 'filter'].flatMap((sub) =>
    existsSync(path.join(dir, sub)) ? readdirSync(path.join(dir, sub)).map((name) => path.join(sub, name)) : [],
  );
  const metas = readdirSync(dir).filter((name) => name.endsWith('.pf_meta'));
  for (const name of [...metas, ...hashed]) {
    files++;
    try {
      const data = gunzipSync(readFileSync(path.join(dir, name)));
      if (data.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) problems.push(`${name}: no Pagefind signature after decompressing`);
    } catch (error) {
      problems.push(`${name}: ${(error as Error).message}`);
    }
  }
  const fragments = hashed.filter((name) => name.startsWith('fragment')).length;
  if (pages > 0 && fragments !== pages) problems.push(`${fragments} fragment files for ${pages} indexed pages`);
  return { ok: problems.length === 0, pages, files, problems };
}
