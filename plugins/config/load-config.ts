/**
 * Reads and validates `kb.config.yaml`. A missing or bad file fails with the
 * file, line, key and fix for every problem.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from './config-error.ts';
import { kbConfigSchema, type KbConfig } from './kb-config-schema.ts';
import { checkSiteFiles } from './site-files.ts';
import { loadLocales } from '../locale/load-locales.ts';
import { positionOf } from './yaml-position.ts';
import { issueProblems, readYamlConfig } from './read-yaml-config.ts';

export const CONFIG_FILE = 'kb.config.yaml';

/**
 * Validates config text; `file` is only used in messages. With
 * `contentDir`, the files the config names (logo, font, icons) must exist
 * there too.
 */
export function parseConfig(text: string, file: string, contentDir?: string): KbConfig {
  const { source, raw } = readYamlConfig(text, file);
  const result = kbConfigSchema.safeParse(raw);
  if (result.success) {
    const missing = contentDir === undefined ? [] : checkSiteFiles(result.data, contentDir);
    if (missing.length === 0) {
      // Locale files are part of the configuration: a missing key stops every command like a bad key here.
      if (contentDir !== undefined) loadLocales(contentDir, result.data);
      return result.data;
    }
    throw new ConfigError(
      file,
      missing.map((problem) => {
        const where = positionOf(source, problem.path);
        return `${file}:${where.line}:${where.column}  ${problem.what}. Fix: ${problem.fix}.`;
      }),
    );
  }
  const problems = issueProblems(result.error.issues, raw, source, file);
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
