/**
 * The numbered procedures of an article and their steps. A procedure is
 * more than one Markdown list: writers split it with a code block, a
 * screenshot, a callout or a comment between two steps, or pick the
 * numbering up again with `5.` after a paragraph, and Markdown then starts
 * a new list. Those parts are one procedure here. HTML `<ol>` lists (also
 * across blank lines), JSX `<ol>` and `<Steps>` components with `<Step>`
 * children count too.
 */
import type { Html, List, Nodes, Parents, RootContent } from 'mdast';
import type { ArticleModel } from './article-model.ts';
import { allElements, parseHtmlFragment, type HtmlElement } from './html-elements.ts';
import { rangeOf, type SourceRange } from './source-range.ts';

export interface Procedure {
  steps: number;
  /** How many separate lists it is written as. */
  parts: number;
  syntax: 'markdown' | 'html' | 'jsx';
  range: SourceRange;
}

const stepComponents = new Set(['Steps']);
const stepChild = new Set(['Step']);
const directive = /^:::/;

function isImageOnly(node: Nodes): boolean {
  if (node.type !== 'paragraph') return false;
  return node.children.every(
    (c) => c.type === 'image' || c.type === 'imageReference' || (c.type === 'link' && c.children.every((l) => l.type === 'image')) || (c.type === 'text' && c.value.trim() === '') || c.type === 'break' || c.type === 'html',
  );
}

/** Blocks that can sit between two steps of one procedure. */
function isInterrupter(node: Nodes): boolean {
  switch (node.type) {
    case 'code':
    case 'html':
    case 'mdxFlowExpression':
    case 'blockquote':
    case 'definition':
    case 'table':
      return true;
    case 'mdxJsxFlowElement':
      return !stepComponents.has(node.name ?? '') && node.name !== 'ol';
    case 'paragraph':
      return isImageOnly(node) || (node.children[0]?.type === 'text' && directive.test(node.children[0].value));
    default:
      return false;
  }
}

function countLi(element: HtmlElement): number {
  return element.children.filter((c) => c.name === 'li').length;
}

/** Item elements of a JSX list or `<Steps>`: its own children, also when written inline in a paragraph, not those of a nested list. */
function countItems(element: Parents, names: ReadonlySet<string>): number {
  let count = 0;
  for (const child of element.children as Nodes[]) {
    if ((child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') && names.has(child.name ?? '')) count++;
    else if (child.type === 'paragraph') count += countItems(child, names);
  }
  return count;
}

interface Run {
  steps: number;
  parts: number;
  next: number;
  first: List;
  last: List;
  /** Nothing but interrupters since the last part. */
  clean: boolean;
}

/** Finds every procedure of an article. */
export function findProcedures(model: Pick<ArticleModel, 'tree' | 'source' | 'toPoint'>): Procedure[] {
  const found: Procedure[] = [];
  const close = (run: Run | undefined) => {
    if (!run) return;
    const start = rangeOf(run.first);
    const end = rangeOf(run.last);
    found.push({ steps: run.steps, parts: run.parts, syntax: 'markdown', range: { ...start, endLine: end.endLine, endColumn: end.endColumn, endOffset: end.endOffset } });
  };

  const htmlLists = (children: readonly RootContent[], index: number): number => {
    const node = children[index] as Html;
    const start = node.position?.start.offset ?? 0;
    let end = node.position?.end.offset ?? start;
    let depth = (node.value.match(/<ol\b/gi) ?? []).length - (node.value.match(/<\/ol\s*>/gi) ?? []).length;
    let last = index;
    // An <ol> left open in this block closes in a later one (blank lines split raw HTML blocks).
    for (let j = index + 1; depth > 0 && j < children.length; j++) {
      const next = children[j] as Nodes;
      if (next.type !== 'html') continue;
      depth += (next.value.match(/<ol\b/gi) ?? []).length - (next.value.match(/<\/ol\s*>/gi) ?? []).length;
      end = next.position?.end.offset ?? end;
      last = j;
    }
    if (!/<ol\b/i.test(node.value)) return index;
    const slice = model.source.slice(start, end);
    for (const element of allElements(parseHtmlFragment(slice, model.source, start, end))) {
      if (element.name === 'ol') {
        found.push({ steps: countLi(element), parts: 1, syntax: 'html', range: rangeOf({ offset: element.start, endOffset: end }, model.toPoint) });
      }
    }
    return last;
  };

  const walk = (parent: Parents) => {
    let run: Run | undefined;
    const children = parent.children as RootContent[];
    for (let index = 0; index < children.length; index++) {
      const child = children[index] as Nodes;
      if (child.type === 'list' && child.ordered) {
        const start = child.start ?? 1;
        if (run && (start === run.next || run.clean)) {
          run.steps += child.children.length;
          run.parts++;
          run.last = child;
          run.next = start + child.children.length;
        } else {
          close(run);
          run = { steps: child.children.length, parts: 1, next: start + child.children.length, first: child, last: child, clean: true };
        }
        run.clean = true;
      } else if (child.type === 'heading' || child.type === 'thematicBreak') {
        close(run);
        run = undefined;
      } else if (!isInterrupter(child) && run) {
        run.clean = false;
      }
      if (child.type === 'html' && /<ol\b/i.test(child.value)) {
        index = htmlLists(children, index);
        continue;
      }
      if (child.type === 'mdxJsxFlowElement' && (child.name === 'ol' || stepComponents.has(child.name ?? ''))) {
        const items = countItems(child, child.name === 'ol' ? new Set(['li']) : stepChild);
        if (items > 0) found.push({ steps: items, parts: 1, syntax: 'jsx', range: rangeOf(child) });
      }
      if ('children' in child) walk(child as Parents);
    }
    close(run);
  };
  walk(model.tree);
  return found.sort((a, b) => (a.range.offset ?? 0) - (b.range.offset ?? 0));
}
