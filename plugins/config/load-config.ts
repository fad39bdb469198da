/**
 * Reads and validates `kb.config.yaml`. A missing or bad file fails with the
 * file, line, key and fix for every problem.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from './config-error.ts';
import { describeIssue, valueAt } from './describe-issue.ts';
import { kbConfigSchema, type KbConfig } from './kb-config-schema.ts';
import { checkSiteFiles } from './site-files.ts';
import { parseYamlSource, positionOf } from './yaml-position.ts';

export const CONFIG_FILE = 'kb.config.yaml';

/**
 * Validates config text; `file` is only used in messages. With
 * `contentDir`, the files the config names (logo, font, icons) must exist
 * there too.
 */
export function parseConfig(text: string, file: string, contentDir?: string): KbConfig {
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
  const raw: unknown = source.doc.toJS() ?? {};
  const result = kbConfigSchema.safeParse(raw);
  if (result.success) {
    const missing = contentDir === undefined ? [] : checkSiteFiles(result.data, contentDir);
    if (missing.length === 0) return result.data;
    throw new ConfigError(
      file,
      missing.map((problem) => {
        const where = positionOf(source, problem.path);
        return `${file}:${where.line}:${where.column}  ${problem.what}. Fix: ${problem.fix}.`;
      }),
    );
  }
  const problems = result.error.issues.map((issue) => {
    const text = describeIssue(issue, valueAt(raw, issue.path));
    const where = positionOf(source, issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path);
    return `${file}:${where.line}:${where.column}  ${text.what}. Fix: ${text.fix}.`;
  });
  throw new ConfigError(file, problems);
}

/** Loads and validates `<contentDir>/kb.config.yaml`. */
export function loadConfig(contentDir: string): KbConfig {
  const file = path.join(contentDir, CONFIG_FILE);
  const shown = path.relative(process.cwd(), file) || file;
  if (!existsSync(file)) {
    throw new ConfigError(shown, [
      `${shown}: no configuration file. Fix: create it (the sample content/${CONFIG_FILE} is a starting point), or point --content at the folder that holds it.`,
    ]);
  }
  return parseConfig(readFileSync(file, 'utf8'), shown, contentDir);
}
