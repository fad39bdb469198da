/**
 * Which file of the built site a request path names, refusing anything
 * that could reach outside it: the path is decoded once, must not hold a
 * NUL byte or a backslash, is normalized so `..` cannot climb above the
 * root, and the file found must be a regular file whose real path is the
 * one asked for — so no symbolic link is followed, wherever it points
 * (a link planted in `dist/` to `/etc/passwd` or to a file beside it is
 * answered 404 like any missing file).
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, type Stats } from 'node:fs';
import path from 'node:path';

/** A file that may be served, read whole. */
export interface SiteFile {
  /** Absolute path. */
  file: string;
  body: Buffer;
  stats: Stats;
}

/** The root's real path, resolved once (the root itself may be reached through a link, e.g. a deploy's `current`). */
export function siteRoot(dir: string): string {
  return realpathSync(path.resolve(dir));
}

/** The lexical path `pathname` names inside `root`, or undefined when it is not a safe path. */
export function sitePathOf(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const relative = path.posix.normalize(`/${decoded}`).slice(1);
  const file = path.join(root, relative);
  return file === root || file.startsWith(root + path.sep) ? file : undefined;
}

/** Opens `file` only when no part of its path below `root` is a symbolic link and it is a regular file. */
function openPlain(root: string, file: string): SiteFile | undefined {
  let real: string;
  try {
    real = realpathSync(file);
  } catch {
    return undefined;
  }
  if (real !== file || !real.startsWith(root + path.sep)) return undefined;
  let fd: number;
  try {
    // O_NOFOLLOW: a link swapped in after the check above is still refused.
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch {
    return undefined;
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return undefined;
    const body = Buffer.alloc(stats.size);
    let read = 0;
    while (read < stats.size) {
      const n = readSync(fd, body, read, stats.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return { file, body: read === stats.size ? body : body.subarray(0, read), stats };
  } finally {
    closeSync(fd);
  }
}

/** The file for `pathname`: itself, or `index.html` inside a folder; undefined when there is none or it is refused. */
export function readSiteFile(root: string, pathname: string): SiteFile | undefined {
  const file = sitePathOf(root, pathname);
  if (!file) return undefined;
  if (file !== root) {
    const direct = openPlain(root, file);
    if (direct) return direct;
  }
  return openPlain(root, path.join(file, 'index.html'));
}
