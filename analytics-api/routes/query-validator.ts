/** `zValidator` for query strings that answers bad parameters in the API's error shape. */
import { zValidator } from '@hono/zod-validator';
import type { z } from 'zod';
import { ApiError } from '../http/api-error.ts';
import { formatIssues } from '../http/format-issues.ts';

export function validQuery<T extends z.ZodType>(schema: T) {
  return zValidator('query', schema, (result) => {
    if (!result.success) throw new ApiError(400, 'invalid_query', formatIssues(result.error.issues, 'query'));
  });
}
