/**
 * The article's prose as a natural-language (nlcst) tree whose every word
 * carries its true source position. Prose means paragraphs, list items and
 * blockquotes: headings, code, tables, images, HTML blocks, MDX expressions
 * and bare URLs are left out; UI labels (`**bold**`, `<kbd>`, inline code)
 * become opaque "source" tokens that keep sentences intact but are not
 * counted as words; lists and paragraphs made only of links (a "Related
 * articles" list, a "Contact support" link) are navigation, not sentences.
 *
 * The grouping into sentences and paragraphs follows mdast-util-to-nlcst;
 * positions come from each text node's offset map (see `text-offsets.ts`)
 * instead of being counted from the node's start, which put words on
 * wrapped list-item and quote lines several columns off.
 */
import type { Html, Nodes, Parents, Root } from 'mdast';
import type { Root as NlcstRoot, Sentence, SentenceContent } from 'nlcst';
import { toString } from 'nlcst-to-string';
import type { Point } from 'unist';
import { location } from 'vfile-location';
import { english } from './language/english.ts';
import type { LintLanguage, NlcstParser } from './language/lint-language.ts';
import { SECTION, sectionKey } from './sections.ts';
import { offsetMapper } from './text-offsets.ts';

const dropped = new Set([
  'yaml',
  'heading',
  'code',
  'table',
  'image',
  'imageReference',
  'definition',
  'footnoteDefinition',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'thematicBreak',
]);
const sourceTypes = new Set(['inlineCode', 'strong', 'mdxJsxTextElement']);
const uiTags = /^<(kbd|code|samp|var|tt)\b[^>]*>$/i;
const newLine = /^[ \t]*((\r?\n|\r)[\t ]*)+$/;
const terminalMarker = /^([!.?\u2026\u203D]+)$/;

interface State {
  source: string;
  toPoint(offset: number): Point;
  parser: NlcstParser;
  /** The "Related articles" heading in the article's locale, normalized: that section is links, not prose. */
  relatedKey: string;
}

function point(state: State, offset: number): Point {
  return state.toPoint(Math.max(0, Math.min(offset, state.source.length)));
}

/**
 * A token's position, with its line and column worked out only when read:
 * articles have millions of tokens and rules look at few of their places.
 * Assignable, as parse-latin's plugins move starts and ends when they merge.
 */
class LazyPosition {
  #state: State;
  #startOffset: number;
  #endOffset: number;
  #start?: Point;
  #end?: Point;
  constructor(state: State, startOffset: number, endOffset: number) {
    this.#state = state;
    this.#startOffset = startOffset;
    this.#endOffset = endOffset;
  }
  get start(): Point {
    this.#start ??= point(this.#state, this.#startOffset);
    return this.#start;
  }
  set start(value: Point) {
    this.#start = value;
  }
  get end(): Point {
    this.#end ??= point(this.#state, this.#endOffset);
    return this.#end;
  }
  set end(value: Point) {
    this.#end = value;
  }
  toJSON(): { start: Point; end: Point } {
    return { start: this.start, end: this.end };
  }
}

/** Gives tokens positions from a value-index → source-offset mapping. */
function place(state: State, nodes: SentenceContent[], at: (index: number) => number, index: number): number {
  let cursor = index;
  for (const node of nodes) {
    const start = cursor;
    if ('children' in node) cursor = place(state, node.children as SentenceContent[], at, cursor);
    else cursor += (node as { value: string }).value.length;
    node.position = new LazyPosition(state, at(start), at(cursor));
  }
  return cursor;
}

function isBareUrl(node: Nodes): boolean {
  if (node.type !== 'link' || node.children.length !== 1) return false;
  const only = node.children[0];
  return only?.type === 'text' && (only.value === node.url || node.url === `mailto:${only.value}`);
}

const linkOnlyFiller = /^[\s,.;:·|–—-]*$/;

/** True for a paragraph or list item that holds links and nothing else (navigation, not a sentence). */
function isLinksOnly(node: Nodes): boolean {
  const inline = node.type === 'listItem' ? (node.children.length === 1 && node.children[0]?.type === 'paragraph' ? node.children[0].children : undefined) : node.type === 'paragraph' ? node.children : undefined;
  if (!inline || !inline.some((c) => c.type === 'link' || c.type === 'linkReference')) return false;
  return inline.every((c) => c.type === 'link' || c.type === 'linkReference' || c.type === 'break' || (c.type === 'text' && linkOnlyFiller.test(c.value)));
}

function sourceToken(state: State, start: number, end: number): SentenceContent {
  return { type: 'SourceNode', value: state.source.slice(start, end), position: { start: point(state, start), end: point(state, end) } };
}

function one(state: State, node: Nodes): SentenceContent[] | undefined {
  if (dropped.has(node.type)) return undefined;
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (isBareUrl(node) || sourceTypes.has(node.type)) return start !== undefined && end !== undefined ? [sourceToken(state, start, end)] : undefined;
  if (isLinksOnly(node)) return undefined;
  if ('children' in node) return all(state, node as Parents);
  if (node.type === 'break') return [{ type: 'WhiteSpaceNode', value: '\n', position: start !== undefined ? { start: point(state, start), end: point(state, end ?? start) } : undefined }];
  if (node.type === 'text' && start !== undefined && end !== undefined) {
    const tokens = state.parser.tokenize(node.value);
    place(state, tokens, offsetMapper(node.value, state.source, start, end), 0);
    return tokens;
  }
  return undefined;
}

/** Inline HTML: `<kbd>…</kbd>` is a UI label (one source token); any other tag separates words like a space. */
function inlineHtml(state: State, children: readonly Nodes[], index: number, out: SentenceContent[]): number {
  const node = children[index] as Html;
  const start = node.position?.start.offset ?? 0;
  const open = uiTags.exec(node.value.trim());
  if (open) {
    const close = new RegExp(`^</${open[1]}\\s*>$`, 'i');
    for (let j = index + 1; j < children.length; j++) {
      const child = children[j] as Nodes;
      if (child.type === 'html' && close.test(child.value.trim())) {
        out.push(sourceToken(state, start, child.position?.end.offset ?? start));
        return j;
      }
    }
  }
  out.push({ type: 'WhiteSpaceNode', value: ' ', position: { start: point(state, start), end: point(state, node.position?.end.offset ?? start) } });
  return index;
}

function all(state: State, parent: Parents): SentenceContent[] {
  const results: SentenceContent[] = [];
  const children = parent.children as Nodes[];
  let end: Point | undefined;
  const relatedKey = state.relatedKey;
  let skipSection = false;
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as Nodes;
    if (parent.type === 'root' && child.type === 'heading' && child.depth <= 2) {
      // "Related articles" is a list of titles to click, not text to read.
      skipSection = child.depth === 2 && sectionKey(toHeadingText(child)) === relatedKey;
    }
    if (skipSection) continue;
    const start = child.position?.start;
    if (end && start && start.line !== end.line) {
      const lineEnding: SentenceContent = { type: 'WhiteSpaceNode', value: '\n'.repeat(Math.max(2, start.line - end.line)) };
      lineEnding.position = { start: { ...end }, end: { ...end } };
      results.push(lineEnding);
    }
    if (child.type === 'html') {
      if (parent.type === 'paragraph' || parent.type === 'heading' || parent.type === 'emphasis' || parent.type === 'link' || parent.type === 'delete') {
        index = inlineHtml(state, children, index, results);
        end = (children[index] as Nodes).position?.end;
      }
      continue;
    }
    const result = one(state, child);
    if (result) for (const node of result) results.push(node);
    end = child.position?.end;
  }
  return results;
}

function toHeadingText(node: Nodes): string {
  let text = '';
  const walk = (n: Nodes) => {
    if ('value' in n && typeof n.value === 'string' && (n.type === 'text' || n.type === 'inlineCode')) text += n.value;
    if ('children' in n) for (const c of n.children as Nodes[]) walk(c);
  };
  walk(node);
  return text;
}

function splitNode<T extends { type: string; children: unknown[]; position?: unknown }>(node: T, childType: string, expression: RegExp): T[] {
  const result: T[] = [];
  let start = 0;
  const children = node.children as SentenceContent[];
  for (let index = 0; index < children.length; index++) {
    const token = children[index] as SentenceContent;
    if (index === children.length - 1 || (token.type === childType && expression.test(toString(token)))) {
      const slice = children.slice(start, index + 1);
      const first = slice[0];
      const parentNode = { type: node.type, children: slice } as unknown as T;
      if (first?.position && token.position) parentNode.position = { start: first.position.start, end: token.position.end };
      result.push(parentNode);
      start = index + 1;
    }
  }
  return result;
}

const blockBreak = /\n[ \t]*(?:\r?\n|\r)|\r[ \t]*\r|\n\n/;

/** Splits the content at the breaks between blocks (never a sentence's own line break). */
function blocksOf(nodes: SentenceContent[]): SentenceContent[][] {
  const blocks: SentenceContent[][] = [];
  let current: SentenceContent[] = [];
  for (const node of nodes) {
    // Most whitespace tokens are one space: test the pattern only on longer ones.
    if (node.type === 'WhiteSpaceNode' && node.value.length > 1 && blockBreak.test(node.value)) {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else current.push(node);
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/**
 * Builds the prose tree of an article from its mdast and source text. Each
 * block is grouped into sentences on its own — the same result as grouping
 * the whole text at once (sentences never run across blocks), without the
 * parser's plugins splicing one array of every token in the article.
 * `relatedHeading` is the "Related articles" heading in the article's locale.
 */
export function buildProse(tree: Root, file: { value: unknown } | string, language: LintLanguage = english, relatedHeading: string = SECTION.related): NlcstRoot {
  const source = typeof file === 'string' ? file : String(file.value);
  const place = location(source);
  const state: State = { source, toPoint: (offset) => place.toPoint(offset) as Point, parser: language.parser, relatedKey: sectionKey(relatedHeading) };
  const paragraphs: NlcstRoot['children'] = [];
  for (const nodes of blocksOf(all(state, tree))) {
    const start = nodes[0]?.position?.start;
    const end = nodes.at(-1)?.position?.end;
    const position = start && end ? { start, end } : undefined;
    const sentence: Sentence = { type: 'SentenceNode', children: nodes, position };
    for (const plugin of state.parser.tokenizeSentencePlugins) plugin(sentence);
    const paragraph = { type: 'ParagraphNode' as const, children: splitNode(sentence, 'PunctuationNode', terminalMarker), position };
    for (const plugin of state.parser.tokenizeParagraphPlugins) plugin(paragraph);
    const root = { type: 'RootNode' as const, children: splitNode(paragraph, 'WhiteSpaceNode', newLine), position } as NlcstRoot;
    if (paragraphs.length > 0) paragraphs.push({ type: 'WhiteSpaceNode', value: '\n\n' });
    paragraphs.push(...root.children);
  }
  if (paragraphs.length === 0) return { type: 'RootNode', children: [] };
  const root = { type: 'RootNode' as const, children: paragraphs } as NlcstRoot;
  for (const plugin of state.parser.tokenizeRootPlugins) plugin(root);
  return root;
}
