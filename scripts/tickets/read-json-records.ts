/**
 * Streams the records of a JSON export one at a time with stream-json (or
 * line by line for NDJSON), so a 1 GB export never sits in memory. Accepts
 * a top-level array, a wrapper object holding the list (`tickets`,
 * `conversations`, `_embedded.conversations`, `results`, `data`, `items`),
 * or one object per line.
 */
import { createInterface } from 'node:readline';
import type { Duplex, Readable } from 'node:stream';
import { parser } from 'stream-json';
import { pick } from 'stream-json/filters/pick.js';
import { streamArray } from 'stream-json/streamers/stream-array.js';
import { RowError } from './row-error.ts';
import type { FileKind } from './sniff-file.ts';
import { openText, type FileEncoding } from './text-encoding.ts';

/** A record read from the file (1-based position), or why it could not be read. */
export type JsonRow = { row: number; value: unknown } | { row: number; error: string };

/** Keys under which exports keep their list of tickets or conversations. */
export const listPaths = /^(tickets|conversations|_embedded\.conversations|results|data|items)$/;

/** Options of {@link readJsonRecords}. */
export interface ReadJsonOptions {
  onBytes?: (bytes: number) => void;
  /** The file's encoding; default UTF-8. */
  encoding?: FileEncoding;
}

/** Streams the records of a JSON or NDJSON file. */
export async function* readJsonRecords(file: string, kind: Exclude<FileKind, 'csv'>, head: string, options: ReadJsonOptions = {}): AsyncGenerator<JsonRow> {
  const input = openText(file, options.encoding ?? { encoding: 'utf-8', how: 'utf-8' }, options.onBytes);
  try {
    if (kind === 'ndjson') {
      yield* readLines(input);
      return;
    }
    const stages: Duplex[] = [parser.asStream()];
    if (!head.trimStart().startsWith('[')) stages.push(pick.asStream({ filter: listPaths }));
    stages.push(streamArray.asStream());
    const items = chain(input, stages);
    let row = 0;
    try {
      for await (const item of items as AsyncIterable<{ key: number; value: unknown }>) {
        row++;
        yield { row, value: item.value };
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new RowError(`the JSON does not parse after record ${row}: ${message}`);
    }
  } finally {
    input.destroy();
  }
}

async function* readLines(input: Readable): AsyncGenerator<JsonRow> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let row = 0;
  // Row numbers are line numbers, so a reported row is easy to find in an editor.
  for await (const line of lines) {
    row++;
    const text = line.trim();
    if (text === '') continue;
    try {
      yield { row, value: JSON.parse(text) as unknown };
    } catch (error) {
      yield { row, error: `is not valid JSON (${error instanceof Error ? error.message : String(error)})` };
    }
  }
}

/** Pipes streams in order; an error anywhere ends the last one with that error. */
function chain(source: Readable, stages: Duplex[]): Duplex {
  let previous: Readable = source;
  const last = stages[stages.length - 1]!;
  for (const stage of stages) {
    previous.on('error', (error: Error) => last.destroy(error));
    previous = previous.pipe(stage);
  }
  return last;
}
