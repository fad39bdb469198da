/**
 * Reads an article file as UTF-8 text. Help centers exported from older
 * tools sometimes hold Windows-1252 or UTF-16 files; reading those as UTF-8
 * would silently turn "café" into "cafÃ©" on the published page, so they are
 * refused with the encoding they most likely use and the command that
 * converts them. A UTF-8 byte-order mark is accepted and dropped.
 */
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// Only a file that is not UTF-8 needs the detector.
const detect = (bytes: Uint8Array): string | null => (createRequire(import.meta.url)('chardet') as typeof import('chardet')).detect(bytes);

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

/** Decodes bytes as UTF-8, or says why not and how to fix it. */
export function decodeArticle(bytes: Uint8Array, shownPath: string): ReadResult {
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (!utf16 && isUtf8(bytes) && !bytes.includes(0)) {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  }
  const guess = utf16 ? (bytes[0] === 0xff ? 'UTF-16LE' : 'UTF-16BE') : (detect(bytes) ?? 'an unknown encoding');
  const from = /^ISO-8859-1$/i.test(guess) ? 'WINDOWS-1252' : guess.toUpperCase();
  const quoted = /^[\w./-]+$/.test(shownPath) ? shownPath : `'${shownPath.replace(/'/g, "'\\''")}'`;
  return {
    ok: false,
    reason:
      `File is not UTF-8 (it looks like ${guess}): articles must be UTF-8 text. ` +
      `Convert it, for example with: iconv -f ${from} -t UTF-8 ${quoted} > converted && mv converted ${quoted}`,
  };
}

/** Reads and decodes an article file; a missing or unreadable file is a reason, not an exception. */
export function readArticle(file: string, shownPath: string): ReadResult {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    return { ok: false, reason: `Cannot read this file: ${reason}` };
  }
  return decodeArticle(bytes, shownPath);
}
