/**
 * Compressed responses for the built site: Brotli or gzip, chosen from the
 * request's `Accept-Encoding` (Brotli first when both are accepted with the
 * same weight, `q=0` refusing one), for text types only (Pagefind's index
 * files and images are compressed already). A compressed body is kept in a
 * small cache, keyed by the file's size and modification time, so each
 * version of a file is compressed once.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

/** Extensions worth compressing. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg', '.map', '.webmanifest']);

/** Smaller bodies gain nothing from compression. */
const MIN_BYTES = 512;

/** Whether a file with this extension and size is sent compressed when the client accepts it. */
export function isCompressible(extension: string, bytes: number): boolean {
  return bytes >= MIN_BYTES && COMPRESSIBLE.has(extension.toLowerCase());
}

/** The encoding to answer `acceptEncoding` with, or undefined for the plain body. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (name) weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (name: Encoding) => weights.get(name) ?? (weights.has('*') ? (weights.get('*') as number) : 0);
  const br = weightOf('br');
  const gzip = weightOf('gzip');
  if (br > 0 && br >= gzip) return 'br';
  if (gzip > 0) return 'gzip';
  return undefined;
}

/** A bounded cache of compressed bodies (least recently used goes first). */
export function createCompressionCache(maxBytes = 64 * 2 ** 20) {
  const entries = new Map<string, Buffer>();
  let total = 0;
  return {
    /** The `encoding` of `body`, the file at `key` (path, size and mtime). */
    compress(key: string, body: Buffer, encoding: Encoding): Buffer {
      const id = `${encoding}:${key}`;
      const hit = entries.get(id);
      if (hit) {
        entries.delete(id);
        entries.set(id, hit);
        return hit;
      }
      const packed =
        encoding === 'br'
          ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
          : gzipSync(body, { level: 9 });
      entries.set(id, packed);
      total += packed.length;
      for (const [oldest, buffer] of entries) {
        if (total <= maxBytes) break;
        entries.delete(oldest);
        total -= buffer.length;
      }
      return packed;
    },
  };
}
