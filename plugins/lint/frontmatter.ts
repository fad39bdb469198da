/**
 * Reads an article's YAML frontmatter straight from its text (not from the
 * Markdown tree), so it is checked even when the body does not parse:
 * YAML errors with their lines, schema problems, and the raw values rules
 * read (title, summary, aliases, type, status).
 *
 * Values come from js-yaml with the YAML 1.2 core schema (dates stay
 * strings, as for the site's loader and the `yaml` package), which reads a
 * frontmatter block about ten times faster. The `yaml` package, which keeps
 * positions, reads a block only when something needs them: a YAML error (its
 * message and line are the ones reported), or a message about a field.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
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
  /** The YAML source (parsed with positions on first use) and the file line it starts on. */
  yaml?: FrontmatterYaml;
  problems: FrontmatterProblems;
}

// The same fences remark-frontmatter accepts: `---` on the first line, `---` on a line of its own.
const fence = /^---[ \t]*(\r?\n|\r)(?:([\s\S]*?)(?:\r?\n|\r))?---[ \t]*(?:\r?\n|\r|$)/;

/** The frontmatter's YAML text and where it sits; `source` (with positions) is parsed when first read. */
export class FrontmatterYaml {
  readonly text: string;
  /** The file line the YAML starts on. */
  readonly firstLine = 2;
  /** The offset of the YAML text in the file. */
  readonly offset: number;
  #source?: YamlSource;
  constructor(text: string, offset: number) {
    this.text = text;
    this.offset = offset;
  }
  get source(): YamlSource {
    this.#source ??= parseYamlSource(this.text);
    return this.#source;
  }
}

/** Values by js-yaml, or undefined when it cannot read the text (the `yaml` package then says why). */
function fastValues(text: string): { value: unknown } | undefined {
  try {
    return { value: load(text, { schema: CORE_SCHEMA }) };
  } catch {
    return undefined;
  }
}

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
  const yaml = new FrontmatterYaml(yamlText, match[0].indexOf(match[1] ?? '\n') + (match[1]?.length ?? 1));
  const reading: FrontmatterReading = { problems, yaml };
  let values = fastValues(yamlText);
  if (!values) {
    const { doc } = yaml.source;
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        const pos = error.linePos?.[0];
        problems.yamlErrors.push({ message: error.message.split('\n')[0] ?? error.message, line: (pos?.line ?? 1) + yaml.firstLine - 1, column: pos?.col ?? 1 });
      }
      return reading;
    }
    values = { value: doc.toJS() };
  }
  const raw: unknown = values.value ?? {};
  if (typeof raw === 'object' && !Array.isArray(raw)) {
    reading.raw = raw as Record<string, unknown>;
    const result = schemaFor(config).safeParse(raw);
    if (result.success) reading.valid = result.data;
    else problems.issues = result.error.issues;
  } else {
    problems.yamlErrors.push({ message: 'frontmatter must be a list of "field: value" lines', line: yaml.firstLine, column: 1 });
  }
  return reading;
}
