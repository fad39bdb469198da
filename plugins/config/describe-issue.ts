/**
 * Turns a zod issue into words a writer or KB owner can act on: what is
 * wrong and how to fix it. Shared by the config loader and the frontmatter
 * rule so both speak the same way.
 */
import type { z } from 'zod';

export interface IssueText {
  /** Dotted key path, e.g. `limits.reading_grade` or `applies_to[1]`. */
  key: string;
  /** What is wrong. */
  what: string;
  /** How to fix it. */
  fix: string;
}

/** Formats a key path the way YAML users read it: `a.b[0].c`. */
export function formatKeyPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return String(value);
}

const typeWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of keys to values',
  date: 'a date',
};

/**
 * Describes one zod issue; `input` is the raw value at the issue's path when
 * known. `what` is a whole clause naming the key; `fix` is an instruction.
 */
export function describeIssue(issue: z.core.$ZodIssue, input?: unknown): IssueText {
  const key = formatKeyPath(issue.path);
  const named = `"${key}"`;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeWords[issue.expected] ?? issue.expected;
      if (input === undefined) {
        return { key, what: `Missing required field ${named}`, fix: `add "${key}:" with ${expected}` };
      }
      return { key, what: `${named} is ${describeValue(input)}, expected ${expected}`, fix: `change ${named} to ${expected}` };
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => `"${String(v)}"`).join(', ');
      return { key, what: `${named} is ${describeValue(input)}, not an allowed value`, fix: `use one of ${allowed}` };
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      const where = key === '' ? 'at the top level' : `under ${named}`;
      return {
        key: key === '' ? (issue.keys[0] ?? '') : `${key}.${issue.keys[0] ?? ''}`,
        what: `Unknown key ${keys} ${where}`,
        fix: 'remove it or check its spelling against the documented keys',
      };
    }
    case 'too_small': {
      const min = String(issue.minimum);
      if (issue.origin === 'array') return { key, what: `${named} has too few items`, fix: `give it at least ${min}` };
      if (issue.origin === 'string') {
        return Number(min) <= 1
          ? { key, what: `${named} is empty`, fix: `write a value for ${named}` }
          : { key, what: `${named} is too short`, fix: `write at least ${min} characters` };
      }
      return { key, what: `${named} is ${describeValue(input)}, too small`, fix: `use at least ${min}` };
    }
    case 'too_big': {
      const max = String(issue.maximum);
      if (issue.origin === 'array') return { key, what: `${named} has too many items`, fix: `keep at most ${max}` };
      if (issue.origin === 'string') return { key, what: `${named} is too long`, fix: `shorten it to at most ${max} characters` };
      return { key, what: `${named} is ${describeValue(input)}, too large`, fix: `use at most ${max}` };
    }
    case 'invalid_format':
      return {
        key,
        what:
          issue.format === 'regex'
            ? `${named} is ${describeValue(input)}, which does not have the expected form`
            : `${named} is ${describeValue(input)}, not a valid ${issue.format}`,
        fix: issue.message,
      };
    case 'invalid_union': {
      // A union with its own message ("<what>: <fix>", e.g. an unknown delivery target) says more than the default.
      const cut = issue.message.indexOf(': ');
      if (issue.message !== 'Invalid input' && cut > 0) return { key, what: `${named} is ${describeValue(input)}: it ${issue.message.slice(0, cut)}`, fix: issue.message.slice(cut + 2) };
      return { key, what: `${named} is ${describeValue(input)}, which does not fit`, fix: 'check the documented form of this key' };
    }
    default: {
      // Custom checks word their message as "<what>: <fix>", e.g. "is in the future: use …".
      const subject = key === '' ? 'The file' : named;
      const cut = issue.message.indexOf(': ');
      if (cut < 0) return { key, what: `${subject} is not valid`, fix: issue.message };
      return { key, what: `${subject} ${issue.message.slice(0, cut)}`, fix: issue.message.slice(cut + 2) };
    }
  }
}

/** Reads the value at a zod path from the raw input, for messages. */
export function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let node: unknown = root;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[part];
  }
  return node;
}
