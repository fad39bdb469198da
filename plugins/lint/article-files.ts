/**
 * Finds the article files of a folder: `.md` and `.mdx`, sorted. Symbolic
 * links are followed, but each real folder is entered once (a link loop
 * cannot make the walk hang or list an article twice), never to a target
 * outside the KB root, and a file reachable by two paths is listed once,
 * by its own path rather than the link's. What was skipped is returned with
 * the reason, for the CLI to print.
 */
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { articleExtension } from './article-syntax.ts';

export interface SkippedPath {
  path: string;
  reason: string;
}

export interface ArticleScan {
  files: string[];
  skipped: SkippedPath[];
}

function inside(child: string, root: string): boolean {
  const relative = path.relative(root, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function realpathOrUndefined(target: string): string | undefined {
  try {
    return realpathSync(target);
  } catch {
    return undefined;
  }
}

/**
 * Lists the articles under `dir`; links may point anywhere inside `root`
 * (the `--content` folder; default `dir` itself).
 */
export function scanArticleFiles(dir: string, root: string = dir): ArticleScan {
  const skipped: SkippedPath[] = [];
  const start = path.resolve(dir);
  const realRoot = realpathOrUndefined(path.resolve(root)) ?? path.resolve(root);
  const realStart = realpathOrUndefined(start);
  if (!realStart) return { files: [], skipped };
  const visited = new Set<string>();
  const candidates: Array<{ file: string; real: string; linked: boolean }> = [];
  const walk = (folder: string, realFolder: string, linked: boolean) => {
    if (visited.has(realFolder)) {
      skipped.push({ path: folder, reason: 'a link back to a folder already checked (a link loop): left out' });
      return;
    }
    visited.add(realFolder);
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      skipped.push({ path: folder, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(folder, entry.name);
      if (entry.isSymbolicLink()) {
        const real = realpathOrUndefined(full);
        if (!real) {
          skipped.push({ path: full, reason: 'a link to nothing (its target does not exist): left out' });
          continue;
        }
        if (!inside(real, realRoot)) {
          skipped.push({ path: full, reason: `a link to ${real}, outside ${realRoot}: left out (articles must live inside the KB)` });
          continue;
        }
        let isDirectory = false;
        try {
          isDirectory = statSync(full).isDirectory();
        } catch {
          continue;
        }
        if (isDirectory) walk(full, real, true);
        else if (articleExtension.test(entry.name)) candidates.push({ file: full, real, linked: true });
      } else if (entry.isDirectory()) {
        walk(full, path.join(realFolder, entry.name), linked);
      } else if (entry.isFile() && articleExtension.test(entry.name)) {
        candidates.push({ file: full, real: path.join(realFolder, entry.name), linked });
      }
    }
  };
  walk(start, realStart, false);
  const byReal = new Map<string, { file: string; real: string; linked: boolean }>();
  for (const candidate of candidates) {
    const other = byReal.get(candidate.real);
    if (!other) byReal.set(candidate.real, candidate);
    else {
      const keep = other.linked && !candidate.linked ? candidate : other;
      const drop = keep === other ? candidate : other;
      byReal.set(candidate.real, keep);
      skipped.push({ path: drop.file, reason: `the same file as ${keep.file} (through a link): checked once` });
    }
  }
  const files = [...byReal.values()].map((c) => c.file).sort();
  return { files, skipped };
}

/** Every article under a folder (`.md` and `.mdx`), sorted, as absolute paths. */
export function listArticleFiles(dir: string, root?: string): string[] {
  return scanArticleFiles(dir, root).files;
}
