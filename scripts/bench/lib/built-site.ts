/**
 * The figures of one built site that do not depend on how long the build
 * took: output size, search index size, and what one article page weighs.
 */
import path from 'node:path';
import { pageWeight } from '../../build/page-weight.ts';
import { folderBytes } from './folder-bytes.ts';

export interface BuiltSite {
  distBytes: number;
  /** The Pagefind folder: index, fragments, and its JavaScript and WebAssembly. */
  searchIndexBytes: number;
  /** Gzipped bytes of the article page, its stylesheets and up-front scripts (search code loads on demand and is not counted). */
  page: { htmlBytes: number; cssBytes: number; jsBytes: number };
}

/** Measures the site in `outDir`; `pagePath` is the article page, relative to it. */
export function describeBuiltSite(outDir: string, pagePath: string): BuiltSite {
  const weight = pageWeight(outDir, pagePath);
  return {
    distBytes: folderBytes(outDir),
    searchIndexBytes: folderBytes(path.join(outDir, 'pagefind')),
    page: { htmlBytes: weight.htmlBytes, cssBytes: weight.cssBytes, jsBytes: weight.jsBytes },
  };
}
