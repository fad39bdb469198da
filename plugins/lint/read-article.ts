/**
 * Reads an article file as UTF-8 text. Help centers exported from older
 * tools sometimes hold Windows-1252 or UTF-16 files; reading those as UTF-8
 * would silently turn "café" into "cafÃ©" on the published page, so they are
 * refused with the encoding they most likely use and the command that
 * converts them. A UTF-8 byte-order mark is accepted and dropped.
 */
import { readFileSync } from 'node:fs';
import chardet from 'chardet';

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes bytes as UTF-8, or says why not and how to fix it. */
export function decodeArticle(bytes: Uint8Array, shownPath: string): ReadResult {
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (!utf16 && !bytes.includes(0)) {
    try {
      return { ok: true, text: decoder.decode(bytes) };
    } catch {
      // Not UTF-8: name the likely encoding below.
    }
  }
  const guess = utf16 ? (bytes[0] === 0xff ? 'UTF-16LE' : 'UTF-16BE') : (chardet.detect(bytes) ?? 'an unknown encoding');
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
