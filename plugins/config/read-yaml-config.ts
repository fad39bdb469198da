/**
 * The two steps every YAML configuration file shares (`kb.config.yaml`,
 * `locales/<code>.yaml`): parse it keeping lines, failing on syntax with the
 * place and the fix; and turn schema issues into `file:line:column  what.
 * Fix: how.` lines.
 */
import type { z } from 'zod';
import { ConfigError } from './config-error.ts';
import { describeIssue, valueAt } from './describe-issue.ts';
import { parseYamlSource, positionOf, type YamlSource } from './yaml-position.ts';

/** Parses YAML config text; throws a ConfigError naming every syntax problem. */
export function readYamlConfig(text: string, file: string): { source: YamlSource; raw: unknown } {
  const source = parseYamlSource(text);
  if (source.doc.errors.length > 0) {
    throw new ConfigError(
      file,
      source.doc.errors.map((e) => {
        const [line, column] = e.linePos?.[0] ? [e.linePos[0].line, e.linePos[0].col] : [1, 1];
        return `${file}:${line}:${column}  YAML does not parse: ${e.message.split('\n')[0]}. Fix: check indentation and quote values that contain ":" or "#".`;
      }),
    );
  }
  return { source, raw: source.doc.toJS() ?? {} };
}

/** One problem line per schema issue, at the key's line. */
export function issueProblems(issues: readonly z.core.$ZodIssue[], raw: unknown, source: YamlSource, file: string): string[] {
  return issues.map((issue) => {
    const text = describeIssue(issue, valueAt(raw, issue.path));
    const where = positionOf(source, issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path);
    return `${file}:${where.line}:${where.column}  ${text.what}. Fix: ${text.fix}.`;
  });
}
