/** A zod error as the reason a row was skipped: its first problems as "field: message". */
import type { z } from 'zod';
import { RowError } from './row-error.ts';

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'record'}: ${issue.message}`)
    .join('; ');
}

/** A vendor's JSON record checked against its schema; a `RowError` with the first problems when it does not fit. */
export function parseRecord<Schema extends z.ZodType>(schema: Schema, record: unknown): z.output<Schema> {
  const parsed = schema.safeParse(record);
  if (!parsed.success) throw new RowError(describeIssues(parsed.error));
  return parsed.data;
}
