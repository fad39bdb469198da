/**
 * Reads a small data file a KB owner maintains (customers, usage, NPS) as
 * CSV with a header row or as JSON (an array of objects), and validates each
 * row with a zod schema. Problems name the file, the row's line (CSV) or
 * position (JSON), the column, and the fix.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { z } from 'zod';
import { describeIssue } from '../../plugins/config/describe-issue.ts';
import { UserError } from '../cli/user-error.ts';

const MAX_PROBLEMS = 20;

interface Row {
  where: string;
  value: Record<string, unknown>;
}

function readRows(file: string, text: string): Row[] {
  if (path.extname(file).toLowerCase() === '.json') {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new UserError(`${file}: not valid JSON (${(error as Error).message}). Fix: write an array of objects, or use a .csv file with a header row.`);
    }
    if (!Array.isArray(data)) throw new UserError(`${file}: expected a JSON array of objects. Fix: wrap the rows in [ ].`);
    return data.map((value, i) => ({ where: `${file} item ${i + 1}`, value: (value ?? {}) as Record<string, unknown> }));
  }
  let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    records = parse(text, { columns: (header: string[]) => header.map((h) => h.trim()), skip_empty_lines: true, trim: true, bom: true, info: true });
  } catch (error) {
    throw new UserError(`${file}: not valid CSV (${(error as Error).message}). Fix: use one header row and quote values that contain commas.`);
  }
  return records.map(({ record, info }) => ({ where: `${file}:${info.lines}`, value: record }));
}

/**
 * Reads and validates every row of `file` (CSV or JSON). Throws a UserError
 * listing the problems when a row does not fit, or when the file is missing.
 */
export function readTableFile<S extends z.ZodType>(file: string, schema: S, what: string): Array<z.infer<S>> {
  const shown = path.relative(process.cwd(), file) || file;
  if (!existsSync(file)) throw new UserError(`No ${what} file at ${shown}. Fix: create it (see the format in the README) or pass another path.`);
  const rows = readRows(shown, readFileSync(file, 'utf8'));
  const out: Array<z.infer<S>> = [];
  const problems: string[] = [];
  for (const row of rows) {
    const result = schema.safeParse(row.value);
    if (result.success) {
      out.push(result.data);
      continue;
    }
    for (const issue of result.error.issues) {
      const text = describeIssue(issue, issue.path.length > 0 ? row.value[String(issue.path[0])] : row.value);
      problems.push(`${row.where}  ${text.what}. Fix: ${text.fix}.`);
    }
  }
  if (problems.length > 0) {
    const more = problems.length > MAX_PROBLEMS ? `\n  … and ${problems.length - MAX_PROBLEMS} more` : '';
    throw new UserError(`${shown} has rows that do not fit the ${what} format:\n${problems.slice(0, MAX_PROBLEMS).map((p) => `  ${p}`).join('\n')}${more}`);
  }
  return out;
}
