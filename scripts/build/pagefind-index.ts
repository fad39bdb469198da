/**
 * The search index, built by Pagefind's Node API into `<outDir>/pagefind`.
 * Only published article pages carry `data-pagefind-body`, so home,
 * category, archived and redirect pages stay out of the results. The
 * search vocabulary (`search-vocabulary.ts`) is built from the written
 * index.
 *
 * The index files are taken from Pagefind in memory (`getFiles`) and
 * written here, synchronously, rather than by Pagefind (`writeFiles`).
 * Pagefind 1.5's backend answers `writeFiles` once its writes are queued,
 * not once they reach the disk, and `close()` kills the backend: on a busy
 * machine the build then read an empty `pagefind-entry.json` ("Unexpected
 * end of JSON input") or, worse, shipped fragments cut at a 4 KB boundary
 * (Pagefind #1272, fixed after 1.5.2). Written by this process, every file
 * is whole before it is read back or the staging folder is published.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { writeSearchVocabulary } from './search-vocabulary.ts';

export interface PagefindIndexResult {
  pages: number;
  /** Bytes of everything in `<outDir>/pagefind`. */
  bytes: number;
  /** Bytes of `<outDir>/search/vocabulary.json`. */
  vocabularyBytes: number;
}

function folderBytes(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(path.join(dir, name));
    if (stat.isFile()) total += stat.size;
  }
  return total;
}

/** Writes Pagefind's files (paths relative to the bundle folder) into `outputPath`; a path leaving it is refused. */
function writeBundle(outputPath: string, files: ReadonlyArray<{ path: string; content: Uint8Array }>): void {
  const root = path.resolve(outputPath);
  for (const file of files) {
    const target = path.resolve(root, file.path);
    if (!target.startsWith(root + path.sep)) throw new Error(`Pagefind returned a file outside its folder: ${file.path}`);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
}

/**
 * Indexes the built site; throws with Pagefind's own messages when it fails.
 * A help center in one language forces that language (a tag like "en-US"
 * gets the "en" stemmer); with several locales Pagefind splits the index by
 * each page's `<html lang>`, so a German page is found from German pages only.
 */
export async function indexSite(
  outDir: string,
  language: string,
  actionWords: readonly string[] = [],
  multilingual = false,
  synonyms: ReadonlyArray<readonly string[]> = [],
): Promise<PagefindIndexResult> {
  try {
    const { index, errors } = await pagefind.createIndex(multilingual ? {} : { forceLanguage: language.slice(0, 2) });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
    const outputPath = path.join(outDir, 'pagefind');
    const bundle = await index.getFiles();
    if (bundle.errors.length > 0) throw new Error(`Pagefind could not build the index: ${bundle.errors.join('; ')}`);
    writeBundle(outputPath, bundle.files);
    // addDirectory counts every HTML file it read; the entry file counts the pages actually indexed.
    const entry = JSON.parse(readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const pages = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
    const vocabularyBytes = writeSearchVocabulary(outDir, { language: language.slice(0, 2), actionWords, synonyms });
    return { pages, bytes: folderBytes(outputPath), vocabularyBytes };
  } finally {
    await pagefind.close();
  }
}
