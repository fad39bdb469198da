/**
 * Looks at the first bytes of a file to tell its encoding, a CSV from JSON
 * or NDJSON, and to refuse, with a clear message, what is no ticket export
 * at all (empty, binary, a spreadsheet, an HTML page).
 */
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../cli/user-error.ts';
import { decodeHead, detectEncoding, encodingFromStart, isKnownEncoding, type FileEncoding } from './text-encoding.ts';

/** What kind of text a file holds. */
export type FileKind = 'csv' | 'json' | 'ndjson';

/** The start of a file and what it looks like. */
export interface Sniffed {
  kind: FileKind;
  size: number;
  /** The start of the file as text. */
  head: string;
  encoding: FileEncoding;
}

const SNIFF_BYTES = 64 * 1024;

/** Reads the start of `file` and classifies it; throws a UserError for files no importer can read. */
export async function sniffFile(file: string, encoding?: string): Promise<Sniffed> {
  const shown = path.relative(process.cwd(), file) || file;
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new UserError(`${shown} is a folder: pass the exported file itself.`);
    size = info.size;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`Cannot read ${shown}: no such file. Check the path to the export.`);
  }
  if (size === 0) throw new UserError(`${shown} is empty: export the tickets again and pass the downloaded file.`);
  const handle = await open(file, 'r');
  const buffer = Buffer.alloc(Math.min(size, SNIFF_BYTES));
  try {
    await handle.read(buffer, 0, buffer.length, 0);
  } finally {
    await handle.close();
  }
  if (buffer[0] === 0x50 && buffer[1] === 0x4b) {
    throw new UserError(`${shown} is a ZIP archive or an Excel workbook, not a ticket export: unzip it, or save the sheet as CSV.`);
  }
  if (encoding !== undefined && !isKnownEncoding(encoding)) {
    throw new UserError(`--encoding "${encoding}" is not an encoding we can read: use a name such as utf-8, utf-16le, windows-1252 or iso-8859-15.`, 2);
  }
  const marked = encoding ? { encoding: encoding.toLowerCase(), how: 'given' as const } : encodingFromStart(buffer);
  if (!marked?.encoding.startsWith('utf-16') && buffer.includes(0)) {
    throw new UserError(`${shown} is a binary file, not a ticket export: export the tickets as CSV or JSON.`);
  }
  const found = marked ?? (await detectEncoding(file, shown));
  const head = decodeHead(buffer, found.encoding);
  const start = head.trimStart();
  if (start.startsWith('[')) return { kind: 'json', size, head, encoding: found };
  if (start.startsWith('{')) return { kind: isNdjson(start) ? 'ndjson' : 'json', size, head, encoding: found };
  if (/^<(!doctype|html|\?xml)/i.test(start)) {
    throw new UserError(`${shown} is an HTML or XML document, not a ticket export: export the tickets as CSV or JSON.`);
  }
  return { kind: 'csv', size, head, encoding: found };
}

/** One JSON object per line: the first line parses on its own and is not the whole file. */
function isNdjson(text: string): boolean {
  const newline = text.indexOf('\n');
  if (newline < 0) return false;
  const first = text.slice(0, newline).trim();
  if (!first.endsWith('}')) return false;
  try {
    JSON.parse(first);
  } catch {
    return false;
  }
  return text.slice(newline).trim().startsWith('{');
}
