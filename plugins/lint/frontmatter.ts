/**
 * Reads an article's YAML frontmatter straight from its text (not from the
 * Markdown tree), so it is checked even when the body does not parse:
 * YAML errors with their lines, schema problems, and the raw values rules
 * read (title, summary, aliases, type, status).
 */
import type { z } from 'zod';
import { createArticleSchema, type ArticleFrontmatter, type ArticleSchema } from '../article/article-schema.ts';
import type { KbConfig } from '../config/kb-config-schema.ts';
import { parseYamlSource, type YamlSource } from '../config/yaml-position.ts';

export interface FrontmatterProblems {
  yamlErrors: { message: string; line: number; column: number }[];
  issues: z.core.$ZodIssue[];
  missing: boolean;
}

export interface FrontmatterReading {
  raw?: Record<string, unknown>;
  valid?: ArticleFrontmatter;
  /** The YAML source and the file line it starts on. */
  yaml?: { source: YamlSource; firstLine: number; text: string; offset: number };
  problems: FrontmatterProblems;
}

// The same fences remark-frontmatter accepts: `---` on the first line, `---` on a line of its own.
const fence = /^---[ \t]*(\r?\n|\r)(?:([\s\S]*?)(?:\r?\n|\r))?---[ \t]*(?:\r?\n|\r|$)/;

const schemas = new WeakMap<KbConfig, ArticleSchema>();
function schemaFor(config: KbConfig): ArticleSchema {
  let schema = schemas.get(config);
  if (!schema) {
    schema = createArticleSchema(config);
    schemas.set(config, schema);
  }
  return schema;
}

/** Finds, parses and validates the frontmatter of an article's text. */
export function readFrontmatter(text: string, config: KbConfig): FrontmatterReading {
  const problems: FrontmatterProblems = { yamlErrors: [], issues: [], missing: true };
  const match = fence.exec(text);
  if (!match) return { problems };
  problems.missing = false;
  const yamlText = match[2] ?? '';
  const source = parseYamlSource(yamlText);
  const firstLine = 2;
  const reading: FrontmatterReading = { problems, yaml: { source, firstLine, text: yamlText, offset: match[0].indexOf(match[1] ?? '\n') + (match[1]?.length ?? 1) } };
  if (source.doc.errors.length > 0) {
    for (const error of source.doc.errors) {
      const pos = error.linePos?.[0];
      problems.yamlErrors.push({ message: error.message.split('\n')[0] ?? error.message, line: (pos?.line ?? 1) + firstLine - 1, column: pos?.col ?? 1 });
    }
    return reading;
  }
  const raw: unknown = source.doc.toJS() ?? {};
  if (typeof raw === 'object' && !Array.isArray(raw)) {
    reading.raw = raw as Record<string, unknown>;
    const result = schemaFor(config).safeParse(raw);
    if (result.success) reading.valid = result.data;
    else problems.issues = result.error.issues;
  } else {
    problems.yamlErrors.push({ message: 'frontmatter must be a list of "field: value" lines', line: firstLine, column: 1 });
  }
  return reading;
}
