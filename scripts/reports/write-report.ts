/** Writes a report to stdout or to files in an output folder. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The formats every report command offers. */
export const reportFormats = ['md', 'json', 'html'] as const;
export type ReportFormat = (typeof reportFormats)[number];

/** Writes `content` to `<dir>/<name>.<format>` (creating the folder) and returns the path. */
export function writeReportFile(dir: string, name: string, format: ReportFormat | 'svg', content: string): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.${format}`);
  writeFileSync(file, content.endsWith('\n') ? content : `${content}\n`);
  return file;
}

/** Stable JSON for machines and diffs. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
