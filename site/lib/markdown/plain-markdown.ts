/**
 * Most help articles are MDX files that use no MDX feature beyond comments
 * (`{/* kb-disable … *\/}` waivers). Those render at load time through
 * Astro's Markdown pipeline (Sätteri) instead of becoming one compiled
 * module each, which is what makes MDX builds slow. An article qualifies
 * only when Markdown and MDX parse it to the same tree once its comment
 * expressions are removed; anything else (JSX, imports, expressions, raw
 * HTML, indented code) goes through `@astrojs/mdx` unchanged.
 */
import type { Node, Parent } from 'unist';
import { markdownToMdast, mdxToMdast } from 'satteri';

interface ExpressionNode extends Node {
  value?: string;
}

const commentOnly = /^\s*\/\*[\s\S]*\*\/\s*$/;
const mdxOnlyTypes = new Set(['mdxjsEsm', 'mdxJsxFlowElement', 'mdxJsxTextElement']);
const expressionTypes = new Set(['mdxFlowExpression', 'mdxTextExpression']);

/** Characters and line starts that make Markdown and MDX read text differently (JSX, expressions, ESM, indented code). */
const mayDiffer = /[<{}]|^(?: {4}|\t)|^(?:import|export)\b/m;

function* walk(node: Node): Generator<Node> {
  yield node;
  const children = (node as Parent).children;
  if (children) for (const child of children) yield* walk(child);
}

/** Node types in document order, a cheap fingerprint of a tree's structure. */
function shape(node: Node): string {
  let out = '';
  for (const n of walk(node)) out += `${n.type};`;
  return out;
}

/**
 * The article body as plain Markdown (comment expressions removed) when it
 * renders the same as MDX, else `undefined`.
 */
export function plainMarkdownOf(body: string): string | undefined {
  if (!mayDiffer.test(body)) return body;
  let tree: Node;
  try {
    tree = mdxToMdast(body) as Node;
  } catch {
    return undefined; // Not valid MDX: let @astrojs/mdx report it.
  }
  const cuts: Array<[number, number]> = [];
  for (const node of walk(tree)) {
    if (mdxOnlyTypes.has(node.type)) return undefined;
    if (expressionTypes.has(node.type)) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (!commentOnly.test((node as ExpressionNode).value ?? '') || start === undefined || end === undefined) return undefined;
      cuts.push([start, end]);
    }
  }
  let text = body;
  for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) text = text.slice(0, start) + text.slice(end);
  if (!mayDiffer.test(text)) return text;
  const options = { position: false };
  return shape(mdxToMdast(text, options) as Node) === shape(markdownToMdast(text, options) as Node) ? text : undefined;
}
