/**
 * What every rule may read about the file being linted, computed once and
 * stored on `file.data.kb` by the prepare step: the configuration, the
 * article index, the parsed frontmatter and (lazily) the prose.
 */
import type { Nodes, Root } from 'mdast';
import type { Root as NlcstRoot, Sentence } from 'nlcst';
import type { VFile } from 'vfile';
import type { ArticleFrontmatter } from '../article/article-schema.ts';
import type { KbConfig } from '../config/kb-config-schema.ts';
import type { YamlSource } from '../config/yaml-position.ts';
import type { ArticleIndex } from './article-index.ts';
import type { Section } from './sections.ts';

export interface KbContext {
  config: KbConfig;
  index: ArticleIndex;
  /** Raw frontmatter as parsed from YAML (undefined when absent or unparsable). */
  rawFrontmatter?: Record<string, unknown>;
  /** Frontmatter after validation; undefined when it did not validate. */
  frontmatter?: ArticleFrontmatter;
  /** The YAML source of the frontmatter and the line it starts on in the file. */
  yaml?: { source: YamlSource; firstLine: number };
  /** The article type in effect: the frontmatter's, else the configured default. */
  type: string;
  /** Top-level `##` sections, in document order. */
  sections: Section[];
  /** The prose as natural-language tree (built on first use). */
  prose(): NlcstRoot;
  /** The prose's sentences that contain at least one word, in order (built on first use). */
  sentences(): readonly Sentence[];
  /** Every mdast node of one type, in document order (one shared walk). */
  nodes<T extends Nodes['type']>(type: T): ReadonlyArray<Extract<Nodes, { type: T }>>;
  tree: Root;
}

declare module 'vfile' {
  interface DataMap {
    kb: KbContext;
  }
}

/** The context of a file; throws when the prepare step did not run. */
export function kbContext(file: VFile): KbContext {
  const ctx = file.data.kb;
  if (!ctx) throw new Error('kb lint rules need the kb prepare step to run first');
  return ctx;
}
