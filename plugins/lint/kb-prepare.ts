/**
 * The first step of every lint run: reads the frontmatter, validates it with
 * the article schema and stores what rules need on `file.data.kb`. With no
 * config or index given (an editor), it finds `kb.config.yaml` by walking up
 * from the file and loads both once per KB.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Root, Yaml } from 'mdast';
import type { Root as NlcstRoot, Sentence } from 'nlcst';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import type { z } from 'zod';
import { createArticleSchema, type ArticleSchema } from '../article/article-schema.ts';
import type { KbConfig } from '../config/kb-config-schema.ts';
import { CONFIG_FILE, loadConfig } from '../config/load-config.ts';
import { parseYamlSource } from '../config/yaml-position.ts';
import { ArticleIndex } from './article-index.ts';
import type { KbContext } from './kb-context.ts';
import { indexNodes, type NodesByType } from './node-index.ts';
import { buildProse } from './prose.ts';
import { sectionsOf } from './sections.ts';

export interface KbPrepareOptions {
  config?: KbConfig;
  index?: ArticleIndex;
  /** KB root holding `kb.config.yaml` and `articles/`; found from the file when omitted. */
  contentDir?: string;
}

/** Frontmatter problems found while preparing, reported by the `frontmatter-schema` and `parse-error` rules. */
export interface FrontmatterProblems {
  yamlErrors: { message: string; line: number; column: number }[];
  issues: z.core.$ZodIssue[];
  missing: boolean;
}

declare module 'vfile' {
  interface DataMap {
    frontmatterProblems: FrontmatterProblems;
  }
}

const schemas = new WeakMap<KbConfig, ArticleSchema>();
const kbs = new Map<string, { config: KbConfig; index: ArticleIndex }>();

function schemaFor(config: KbConfig): ArticleSchema {
  let schema = schemas.get(config);
  if (!schema) {
    schema = createArticleSchema(config);
    schemas.set(config, schema);
  }
  return schema;
}

/** Walks up from a file to the folder that holds `kb.config.yaml`. */
export function findContentDir(file: string): string | undefined {
  let dir = path.dirname(path.resolve(file));
  for (;;) {
    if (existsSync(path.join(dir, CONFIG_FILE))) return dir;
    const content = path.join(dir, 'content');
    if (existsSync(path.join(content, CONFIG_FILE))) return content;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function resolveKb(options: KbPrepareOptions, file: VFile): { config: KbConfig; index: ArticleIndex } {
  if (options.config && options.index) return { config: options.config, index: options.index };
  const contentDir = options.contentDir ?? (file.path ? findContentDir(file.path) : undefined) ?? 'content';
  const key = path.resolve(contentDir);
  let kb = kbs.get(key);
  if (!kb) {
    kb = { config: options.config ?? loadConfig(contentDir), index: options.index ?? new ArticleIndex(contentDir) };
    kbs.set(key, kb);
  }
  return kb;
}

export const kbPrepare: Plugin<[KbPrepareOptions?], Root> = function (options = {}) {
  return function (tree, file) {
    const { config, index } = resolveKb(options, file);
    const problems: FrontmatterProblems = { yamlErrors: [], issues: [], missing: true };
    let prose: NlcstRoot | undefined;
    let sentences: Sentence[] | undefined;
    let nodes: NodesByType | undefined;
    const ctx: KbContext = {
      config,
      index,
      type: config.default_type,
      sections: sectionsOf(tree),
      tree,
      prose() {
        prose ??= buildProse(tree, file);
        return prose;
      },
      sentences() {
        sentences ??= ((indexNodes(ctx.prose()).get('SentenceNode') ?? []) as Sentence[]).filter((s) =>
          s.children.some((c) => c.type === 'WordNode'),
        );
        return sentences;
      },
      nodes(type) {
        nodes ??= indexNodes(tree);
        return (nodes.get(type) ?? []) as never;
      },
    };
    const yamlNode = tree.children.find((n): n is Yaml => n.type === 'yaml');
    if (yamlNode) {
      problems.missing = false;
      const source = parseYamlSource(yamlNode.value);
      // The YAML starts on the line after the opening `---`.
      const firstLine = (yamlNode.position?.start.line ?? 1) + 1;
      ctx.yaml = { source, firstLine };
      if (source.doc.errors.length > 0) {
        for (const error of source.doc.errors) {
          const pos = error.linePos?.[0];
          problems.yamlErrors.push({
            message: error.message.split('\n')[0] ?? error.message,
            line: (pos?.line ?? 1) + firstLine - 1,
            column: pos?.col ?? 1,
          });
        }
      } else {
        const raw: unknown = source.doc.toJS();
        if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
          ctx.rawFrontmatter = raw as Record<string, unknown>;
          const result = schemaFor(config).safeParse(raw);
          if (result.success) ctx.frontmatter = result.data;
          else problems.issues = result.error.issues;
          const type = ctx.rawFrontmatter.type;
          if (typeof type === 'string' && Object.hasOwn(config.article_types, type)) ctx.type = type;
        } else if (raw !== null) {
          problems.yamlErrors.push({ message: 'frontmatter must be a list of "field: value" lines', line: firstLine, column: 1 });
        }
      }
    }
    file.data.kb = ctx;
    file.data.frontmatterProblems = problems;
  };
};
