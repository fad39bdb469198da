/**
 * The article's prose as a natural-language (nlcst) tree, with positions
 * into the source. Prose means paragraphs, list items and blockquotes:
 * headings, code, tables, images, MDX expressions and bare URLs are left out,
 * and UI labels (`**bold**`, `<kbd>`, inline code) become opaque "source"
 * tokens so they keep sentences intact but are not counted as words.
 */
import type { Nodes, Parent, Root } from 'mdast';
import { toNlcst } from 'mdast-util-to-nlcst';
import type { Root as NlcstRoot } from 'nlcst';
import { ParseEnglish } from 'parse-english';
import type { VFile } from 'vfile';

const dropped = new Set([
  'yaml',
  'heading',
  'code',
  'table',
  'image',
  'imageReference',
  'html',
  'definition',
  'footnoteDefinition',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
]);

function isBareUrl(node: Nodes): boolean {
  if (node.type !== 'link' || node.children.length !== 1) return false;
  const only = node.children[0];
  return only?.type === 'text' && (only.value === node.url || node.url === `mailto:${only.value}`);
}

/** A copy of the tree with non-prose removed and bare URLs turned into opaque tokens. */
function proseTree<T extends Nodes>(node: T): T {
  if (!('children' in node)) return node;
  const children: Nodes[] = [];
  for (const child of (node as Parent).children as Nodes[]) {
    if (dropped.has(child.type)) continue;
    if (isBareUrl(child)) {
      children.push({ type: 'inlineCode', value: '', position: child.position });
      continue;
    }
    children.push(proseTree(child));
  }
  return { ...node, children } as T;
}

const parser = new ParseEnglish();

/** Builds the prose tree of an article. */
export function buildProse(tree: Root, file: VFile): NlcstRoot {
  return toNlcst(proseTree(tree), file, parser, {
    source: ['strong', 'mdxJsxTextElement'],
  }) as NlcstRoot;
}
