/**
 * The column map (`--map FILE`): a YAML or JSON file that names, for each
 * canonical ticket field, the column holding it. With `--format csv` it is
 * the whole importer, so an export from any helpdesk imports without code;
 * with a vendor format it adds or overrides fields the importer does not
 * know (a custom field holding the category, a plan column). For JSON
 * exports a "column" is a dot path into the record: `custom_fields.360012`
 * (the array item whose id or name is 360012), `custom_attributes.Plan`.
 * Example:
 *
 * ```yaml
 * columns:
 *   id: Case Number
 *   created_at: Opened
 *   subject: Title
 *   status: State
 *   first_reply_business_minutes: Business hours to first reply
 * timezone: America/New_York
 * date_format: MM/dd/yyyy HH:mm
 * units:
 *   first_reply_business_minutes: hours
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
import { durationFields, ticketSchema } from './ticket-schema.ts';

/** Canonical ticket fields a column can fill. */
export const mappableFields = Object.keys(ticketSchema.shape) as Array<keyof typeof ticketSchema.shape>;
const field = z.enum(mappableFields as [string, ...string[]]);
const column = z.string().min(1).max(200);
const unit = z.enum(['seconds', 'minutes', 'hours', 'days']);
/** Fields whose vendor words `values` translates. */
export const translatedFields = ['status', 'priority', 'channel', 'satisfaction', 'category', 'plan'] as const;

export const columnMapSchema = z.strictObject({
  columns: z.partialRecord(field, column).default({}),
  /** Zone of timestamps without an offset; `--timezone` wins over it. */
  timezone: z.string().refine(isValidTimeZone, 'is not a time zone: use an IANA name such as Europe/Berlin or UTC').optional(),
  /** A luxon format for dates that are not ISO 8601, like "MM/dd/yyyy HH:mm". */
  date_format: z.string().min(1).max(60).optional(),
  /** Field delimiter of the CSV; default ",". */
  delimiter: z.string().length(1).optional(),
  /** What separates tags in the tags column; default spaces and commas. */
  tags_separator: z.string().min(1).max(5).optional(),
  /** Whether the first_reply_minutes column holds minutes (default) or hours; `units` says the same for every duration. */
  first_reply_unit: z.enum(['minutes', 'hours']).default('minutes'),
  /** The unit of each duration column that does not count minutes: `full_resolution_minutes: hours`. */
  units: z.partialRecord(z.enum(durationFields), unit).default({}),
  /** Vendor words to canonical ones, per field: `status: { Resolved: solved }`. */
  values: z.partialRecord(z.enum(translatedFields), z.record(z.string().max(100), z.string().max(100))).default({}),
  /** Values for fields the export lacks, used when no column is mapped or the cell is empty. */
  defaults: z.partialRecord(field, z.union([z.string().max(200), z.number(), z.boolean()])).default({}),
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
      `The column map ${shown} is not valid:\n${problems.join('\n')}\nFix: give "columns" a column name for each ticket field (${mappableFields.join(', ')}).`,
      2,
    );
  }
  return result.data;
}

/** For `--format csv`, where the map is the whole importer: it must say where the id and the creation time are. */
export function checkStandaloneMap(map: ColumnMap): void {
  if (map.columns.id === undefined) {
    throw new UserError('The column map maps no column to "id": with --format csv every ticket needs an id. Add "columns: { id: <the id column> }".', 2);
  }
  if (map.columns.created_at === undefined && map.defaults.created_at === undefined) {
    throw new UserError('The column map maps no column to "created_at": with --format csv every ticket needs a creation time. Add "columns: { created_at: <the column> }".', 2);
  }
}
