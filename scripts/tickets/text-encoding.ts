/**
 * Which character encoding an export is in, and a stream of its text.
 * Helpdesks export UTF-8, but a file that passed through Excel or an old
 * reporting tool arrives as UTF-16 (with a byte order mark) or Windows-1252
 * / Latin-1, and read as UTF-8 it stores "Caf� payroll". So: a byte order
 * mark decides; otherwise a file that is valid UTF-8 from start to end is
 * UTF-8; otherwise chardet (a statistical detector) names the single-byte
 * encoding, and a file it cannot tell is refused with the fix. Decoding
 * uses the WHATWG decoders built into Node.
 */
import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Transform, type Readable } from 'node:stream';
import { analyse } from 'chardet';
import { UserError } from '../cli/user-error.ts';

/** The encoding of a file and how it was decided. */
export interface FileEncoding {
  /** A WHATWG encoding label: "utf-8", "utf-16le", "windows-1252", … */
  encoding: string;
  /** How: a byte order mark, the whole file being valid UTF-8, the detector, or `--encoding`. */
  how: 'bom' | 'utf-8' | 'detected' | 'given';
  /** The detector's confidence (0-100), when it decided. */
  confidence?: number;
}

const CHUNK = 1 << 20;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** True when `label` names an encoding Node can decode. */
export function isKnownEncoding(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/** The encoding a byte order mark (or the zero bytes of UTF-16 text) names in the first bytes of a file. */
export function encodingFromStart(head: Buffer): FileEncoding | undefined {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', how: 'bom' };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', how: 'bom' };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', how: 'bom' };
  const sixteen = utf16WithoutBom(head);
  return sixteen ? { encoding: sixteen, how: 'detected' } : undefined;
}

/** The encoding of a file without a byte order mark: UTF-8 when all of it is, else the detector's. */
export async function detectEncoding(file: string, shown: string): Promise<FileEncoding> {
  const invalidAt = await firstInvalidUtf8(file);
  if (invalidAt < 0) return { encoding: 'utf-8', how: 'utf-8' };

  const sample = await readAt(file, Math.max(0, invalidAt - 4096), 256 * 1024);
  const candidates = analyse(sample).filter((m) => !/^(UTF-8|ASCII)$/i.test(m.name) && isKnownEncoding(m.name));
  const best = candidates[0];
  const western = candidates.find((m) => /^(windows-1252|ISO-8859-1)$/i.test(m.name));
  // Short samples make neighbouring code pages score alike; Western European text is the common case.
  const chosen = western && best && best.confidence - western.confidence <= 5 ? western : best;
  // Control characters in the decoded text mean the guess is wrong (or the file is no text).
  const decodesCleanly = chosen !== undefined && !CONTROL.test(new TextDecoder(chosen.name).decode(sample));
  if (!chosen || chosen.confidence < 10 || !decodesCleanly) {
    const guesses = candidates.slice(0, 3).map((m) => `${m.name} ${m.confidence}%`).join(', ') || 'none';
    throw new UserError(
      `${shown} is not UTF-8 (the bytes at position ${invalidAt} are no UTF-8 character) and its encoding cannot be told (best guesses: ${guesses}). ` +
        'Save the file as UTF-8 (in Excel: Save As › "CSV UTF-8"), or name its encoding with --encoding, for example --encoding windows-1252.',
    );
  }
  const label = /^ISO-8859-1$/i.test(chosen.name) ? 'windows-1252' : chosen.name.toLowerCase();
  return { encoding: label, how: 'detected', confidence: chosen.confidence };
}

/** UTF-16 without a byte order mark shows as every other byte being zero in ASCII text. */
function utf16WithoutBom(head: Buffer): string | undefined {
  const n = Math.min(head.length, 4096) & ~1;
  // A header line at least; shorter files are never worth the guess.
  if (n < 32) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) even++;
    if (head[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.3 && even < pairs * 0.05) return 'utf-16le';
  if (even > pairs * 0.3 && odd < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** Byte offset of the first chunk that is not valid UTF-8, or -1; a character cut by a chunk edge is carried over. */
async function firstInvalidUtf8(file: string): Promise<number> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(CHUNK + 4);
    let carried = 0;
    let position = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, carried, CHUNK, position);
      const length = carried + bytesRead;
      if (length === 0) return -1;
      const cut = bytesRead === 0 ? length : completeLength(buffer, length);
      if (!isUtf8(buffer.subarray(0, cut))) return Math.max(0, position - carried);
      if (bytesRead === 0) return -1;
      buffer.copy(buffer, 0, cut, length);
      carried = length - cut;
      position += bytesRead;
    }
  } finally {
    await handle.close();
  }
}

/** Length of `buffer[0, length)` without a multi-byte character left incomplete at its end. */
function completeLength(buffer: Buffer, length: number): number {
  for (let back = 1; back <= 3 && back <= length; back++) {
    const byte = buffer[length - back]!;
    if ((byte & 0xc0) === 0x80) continue;
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? length - back : length;
  }
  return length;
}

async function readAt(file: string, position: number, length: number): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, position);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Decodes the start of a file for sniffing (a character cut at the end is dropped). */
export function decodeHead(head: Buffer, encoding: string): string {
  return new TextDecoder(encoding).decode(head, { stream: true }).replace(/^\uFEFF/, '');
}

/**
 * The file as a stream: raw bytes for UTF-8 without a byte order mark (the
 * parsers decode it fastest themselves), decoded text otherwise. `onBytes`
 * gets the bytes read so far.
 */
export function openText(file: string, encoding: FileEncoding, onBytes?: (bytes: number) => void): Readable {
  const input = createReadStream(file);
  let bytes = 0;
  input.on('data', (chunk) => {
    bytes += chunk.length;
    onBytes?.(bytes);
  });
  if (encoding.encoding === 'utf-8' && encoding.how !== 'bom') return input;
  const decoder = new TextDecoder(encoding.encoding);
  const decode = new Transform({
    readableObjectMode: false,
    decodeStrings: true,
    transform(chunk: Buffer, _encoding, done) {
      done(null, decoder.decode(chunk, { stream: true }));
    },
    flush(done) {
      done(null, decoder.decode());
    },
  });
  input.on('error', (error) => decode.destroy(error));
  decode.on('close', () => input.destroy());
  return input.pipe(decode);
}
