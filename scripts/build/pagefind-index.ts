/**
 * The search index, written by Pagefind's Node API into `<outDir>/pagefind`.
 * Only published article pages carry `data-pagefind-body`, so home,
 * category, archived and redirect pages stay out of the results. The
 * search vocabulary (`search-vocabulary.ts`) is built from the written
 * index.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
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

/** Indexes the built site; throws with Pagefind's own messages when it fails. */
export async function indexSite(outDir: string, language: string, actionWords: readonly string[] = []): Promise<PagefindIndexResult> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: language.slice(0, 2) });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
    const outputPath = path.join(outDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
    // addDirectory counts every HTML file it read; the entry file counts the pages actually indexed.
    const entry = JSON.parse(readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const pages = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
    const vocabularyBytes = writeSearchVocabulary(outDir, { language: language.slice(0, 2), actionWords });
    return { pages, bytes: folderBytes(outputPath), vocabularyBytes };
  } finally {
    await pagefind.close();
  }
}
