/** A zod error as the reason a row was skipped: its first problems as "field: message". */
import type { z } from 'zod';

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'record'}: ${issue.message}`)
    .join('; ');
}
