/**
 * Turns zod issues into one message naming where each problem is, e.g.
 * `events[0].query: must be at most 200 characters; events[2]: unknown field "x" (remove it)`.
 */
import type { z } from 'zod';

const SHOWN = 3;

export function formatIssues(issues: readonly z.core.$ZodIssue[], root: string): string {
  const parts = issues.slice(0, SHOWN).map((issue) => `${where(root, issue.path)}: ${describe(issue)}`);
  if (issues.length > SHOWN) parts.push(`and ${issues.length - SHOWN} more`);
  return parts.join('; ');
}

function where(root: string, path: readonly PropertyKey[]): string {
  let out = root;
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `.${String(part)}`;
  return out;
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')} (remove ${issue.keys.length > 1 ? 'them' : 'it'})`;
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) return `is missing (expected ${issue.expected})`;
  return issue.message;
}
