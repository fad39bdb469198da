/**
 * Plain text from the HTML bodies Help Scout and Intercom export, so
 * clustering and examples see words, not markup.
 */
import { decodeHTML } from 'entities';
import { ELEMENT_NODE, parse, TEXT_NODE, walkSync, type Node } from 'ultrahtml';

const skipped = new Set(['script', 'style', 'head', 'template']);
const blocks = new Set(['p', 'div', 'br', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre']);

/** The text of an HTML fragment, blocks on their own lines. Text without tags is returned as is. */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html.trim();
  const parts: string[] = [];
  const hidden = new Set<Node>();
  walkSync(parse(html), (node: Node, parent?: Node) => {
    if (parent && hidden.has(parent)) {
      hidden.add(node);
      return;
    }
    if (node.type === ELEMENT_NODE) {
      const name = String(node.name).toLowerCase();
      if (skipped.has(name)) hidden.add(node);
      else if (blocks.has(name)) parts.push('\n');
    } else if (node.type === TEXT_NODE) {
      parts.push(decodeHTML(String(node.value)));
    }
  });
  return parts.join('').replace(/[ \t\f\v\u00a0]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
}
