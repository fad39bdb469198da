/** Where the benchmark scripts put their results: a table on stdout, JSON in a file. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatSummary } from './summary-rows.ts';

/** Writes `data` as pretty JSON, creating the folder. */
export function writeJson(file: string, data: unknown): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}

/** Prints the summary table of `results` on stdout. */
export function printSummary(results: readonly unknown[]): void {
  process.stdout.write(`${formatSummary(results)}\n`);
}
