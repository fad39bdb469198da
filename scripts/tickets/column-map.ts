/**
 * The column map for `--format csv`: a YAML or JSON file that names, for each
 * canonical ticket field, the CSV column holding it — so an export from any
 * helpdesk imports without code. Example:
 *
 * ```yaml
 * columns:
 *   id: Case Number
 *   created_at: Opened
 *   subject: Title
 *   status: State
 * timezone: America/New_York
 * date_format: MM/dd/yyyy HH:mm
 * values:
 *   status: { Resolved: solved, Awaiting customer: pending }
 * defaults:
 *   channel: email
 * ```
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { UserError } from '../cli/user-error.ts';
import { isValidTimeZone } from './parse-timestamp.ts';
import { ticketSchema } from './ticket-schema.ts';

/** Canonical ticket fields a column can fill. */
export const mappableFields = Object.keys(ticketSchema.shape) as Array<keyof typeof ticketSchema.shape>;
const field = z.enum(mappableFields as [string, ...string[]]);
const column = z.string().min(1).max(200);

export const columnMapSchema = z
  .strictObject({
    columns: z.partialRecord(field, column),
    /** Zone of timestamps without an offset; `--timezone` wins over it. */
    timezone: z.string().refine(isValidTimeZone, 'is not a time zone: use an IANA name such as Europe/Berlin or UTC').optional(),
    /** A luxon format for dates that are not ISO 8601, like "MM/dd/yyyy HH:mm". */
    date_format: z.string().min(1).max(60).optional(),
    /** Field delimiter of the CSV; default ",". */
    delimiter: z.string().length(1).optional(),
    /** What separates tags in the tags column; default spaces and commas. */
    tags_separator: z.string().min(1).max(5).optional(),
    /** Whether the first_reply_minutes column holds minutes (default) or hours. */
    first_reply_unit: z.enum(['minutes', 'hours']).default('minutes'),
    /** Vendor words to canonical ones, per field: `status: { Resolved: solved }`. */
    values: z.partialRecord(z.enum(['status', 'priority', 'channel', 'satisfaction', 'category', 'plan']), z.record(z.string().max(100), z.string().max(100))).default({}),
    /** Values for fields the export lacks, used when no column is mapped or the cell is empty. */
    defaults: z.partialRecord(field, z.union([z.string().max(200), z.number()])).default({}),
  })
  .refine((map) => map.columns.id !== undefined, { message: 'maps no column to "id": every ticket needs an id', path: ['columns', 'id'] })
  .refine((map) => map.columns.created_at !== undefined || map.defaults.created_at !== undefined, {
    message: 'maps no column to "created_at": every ticket needs a creation time',
    path: ['columns', 'created_at'],
  });

/** A validated column map. */
export type ColumnMap = z.infer<typeof columnMapSchema>;

/** Reads and validates a column map; errors name the file, the key and the fix. */
export function loadColumnMap(file: string): ColumnMap {
  const shown = path.relative(process.cwd(), file) || file;
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new UserError(`Cannot read the column map ${shown}: ${reason}.`, 2);
  }
  const result = columnMapSchema.safeParse(raw ?? {});
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
    throw new UserError(
      `The column map ${shown} is not valid:\n${problems.join('\n')}\nFix: give "columns" a CSV column name for each ticket field (${mappableFields.join(', ')}).`,
      2,
    );
  }
  return result.data;
}
