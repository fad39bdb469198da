/**
 * Everything the rules may read about the article being linted, computed
 * once per file and lazily: the tree and its syntax, the frontmatter, the
 * sections, the prose and its sentences, the procedures, the links and the
 * anchors. Rules never parse or walk the file themselves.
 */
import type { Html, Nodes, Root } from 'mdast';
import type { Root as NlcstRoot, Sentence } from 'nlcst';
import { location } from 'vfile-location';
import type { KbConfig } from '../config/kb-config-schema.ts';
import { anchorsOfTree } from './anchors.ts';
import type { ArticleSyntax } from './article-syntax.ts';
import { readFrontmatter, type FrontmatterReading } from './frontmatter.ts';
import { htmlElementsOf, type HtmlElement } from './html-elements.ts';
import type { LintLanguage } from './language/lint-language.ts';
import { collectLinks, type LinkFact } from './links.ts';
import { indexNodes, type NodesByType } from './node-index.ts';
import type { ParseFailure } from './parse-article.ts';
import { findProcedures, type Procedure } from './procedures.ts';
import { buildProse } from './prose.ts';
import { scoreSentences, type ReadingScore } from './readability.ts';
import { canonicalSectionNames, SECTION, sectionsOf, type Section } from './sections.ts';
import type { ToPoint } from './source-range.ts';
import { offsetMapper } from './text-offsets.ts';

export interface ArticleModel {
  /** Absolute path. */
  file: string;
  source: string;
  syntax: ArticleSyntax;
  tree: Root;
  /** Set when the file's syntax could not be read: `tree` is then a CommonMark reading for the text checks. */
  failure?: ParseFailure;
  frontmatter: FrontmatterReading;
  /** The article type in effect: the frontmatter's, else the configured default. */
  type: string;
  /** The article's locale (ISO 639-1), from its folder under `articles/`. */
  locale: string;
  /** Configured section name → the heading in the article's locale. */
  sectionNames: ReadonlyMap<string, string>;
  sections: Section[];
  toPoint: ToPoint;
  /** Every mdast node of one type, in document order (one shared walk). */
  nodes<T extends Nodes['type']>(type: T): ReadonlyArray<Extract<Nodes, { type: T }>>;
  /** The prose as a natural-language tree with source positions. */
  prose(): NlcstRoot;
  /** The prose's sentences that contain at least one word, in order. */
  sentences(): readonly Sentence[];
  procedures(): readonly Procedure[];
  /** Reading grade of the prose and of each sentence. */
  reading(): ReadingScore;
  links(): readonly LinkFact[];
  anchors(): ReadonlySet<string>;
  /** Raw HTML nodes with their parsed elements. */
  html(): ReadonlyArray<{ node: Html; elements: HtmlElement[] }>;
  /** Value index → source offset for a text-like node (see text-offsets.ts). */
  offsets(node: { value: string; position?: Root['position'] }): (index: number) => number;
}

export interface ModelInput {
  file: string;
  source: string;
  syntax: ArticleSyntax;
  tree: Root;
  failure?: ParseFailure;
  config: KbConfig;
  language: LintLanguage;
  /** The article's locale and its section headings (configured name → heading); the default locale's names when left out. */
  locale?: { code: string; sections: ReadonlyMap<string, string> };
  /** Lower-case words the reading grade leaves out. */
  ignoredWords: ReadonlySet<string>;
}

/** Builds the lazy model of one article. */
export function createArticleModel(input: ModelInput): ArticleModel {
  const { tree, source, config, language } = input;
  const frontmatter = readFrontmatter(source, config);
  const rawType = frontmatter.raw?.type;
  const place = location(source);
  const sectionNames = input.locale?.sections ?? new Map<string, string>();
  let nodes: NodesByType | undefined;
  let prose: NlcstRoot | undefined;
  let sentences: Sentence[] | undefined;
  let procedures: Procedure[] | undefined;
  let reading: ReadingScore | undefined;
  let links: LinkFact[] | undefined;
  let anchors: Set<string> | undefined;
  let html: Array<{ node: Html; elements: HtmlElement[] }> | undefined;
  const model: ArticleModel = {
    file: input.file,
    source,
    syntax: input.syntax,
    tree,
    failure: input.failure,
    frontmatter,
    type: typeof rawType === 'string' && Object.hasOwn(config.article_types, rawType) ? rawType : config.default_type,
    locale: input.locale?.code ?? config.site.language.slice(0, 2),
    sectionNames,
    sections: sectionsOf(tree, input.locale && input.locale.code !== config.site.language.slice(0, 2) ? canonicalSectionNames(input.locale.sections) : undefined),
    toPoint: (offset) => place.toPoint(offset) ?? { line: 1, column: 1 },
    nodes(type) {
      nodes ??= indexNodes(tree);
      return (nodes.get(type) ?? []) as never;
    },
    prose() {
      prose ??= buildProse(tree, source, language, sectionNames.get(SECTION.related));
      return prose;
    },
    sentences() {
      // Sentences sit in paragraphs under the root: no need to walk every token.
      sentences ??= model.prose().children.flatMap((p) => (p.type === 'ParagraphNode' ? p.children : [])).filter((s): s is Sentence => s.type === 'SentenceNode' && s.children.some((c) => c.type === 'WordNode'));
      return sentences;
    },
    procedures() {
      procedures ??= findProcedures(model);
      return procedures;
    },
    reading() {
      reading ??= scoreSentences(model.sentences(), input.ignoredWords, language);
      return reading;
    },
    links() {
      links ??= collectLinks(model);
      return links;
    },
    anchors() {
      anchors ??= anchorsOfTree(model);
      return anchors;
    },
    html() {
      html ??= model.nodes('html').map((node) => ({ node, elements: htmlElementsOf(node, source) }));
      return html;
    },
    offsets(node) {
      const start = node.position?.start.offset ?? 0;
      const end = node.position?.end.offset ?? start + node.value.length;
      return offsetMapper(node.value, source, start, end);
    },
  };
  return model;
}
