/**
 * Reads the elements of raw HTML in Markdown (`html` nodes) with parse5, the
 * WHATWG parser browsers follow, so attributes are read the way a browser
 * reads them: unquoted values, `&#106;avascript:` entities and upper-case
 * names included. Each element comes with the source offsets of its tag and
 * attributes.
 */
import type { Html } from 'mdast';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { mapValueOffsets, sourceOffset } from './text-offsets.ts';

type Element = DefaultTreeAdapterMap['element'];
type ChildNode = DefaultTreeAdapterMap['childNode'];

export interface HtmlAttribute {
  name: string;
  value: string;
  /** Source offsets of `name="value"`. */
  start: number;
  end: number;
}

export interface HtmlElement {
  name: string;
  attributes: HtmlAttribute[];
  /** Source offsets of the start tag. */
  start: number;
  end: number;
  /** Direct child elements. */
  children: HtmlElement[];
}

const hasTag = /<[a-zA-Z]/;
const cache = new WeakMap<Html, HtmlElement[]>();

function convert(node: Element, toSource: (offset: number) => number): HtmlElement {
  const location = node.sourceCodeLocation;
  const tag = location?.startTag ?? location;
  const attributes = node.attrs.map((attr) => {
    const at = location?.attrs?.[attr.name];
    return {
      name: attr.name.toLowerCase(),
      value: attr.value,
      start: toSource(at?.startOffset ?? tag?.startOffset ?? 0),
      end: toSource(at?.endOffset ?? tag?.endOffset ?? 0),
    };
  });
  return {
    name: node.nodeName.toLowerCase(),
    attributes,
    start: toSource(tag?.startOffset ?? 0),
    end: toSource(tag?.endOffset ?? 0),
    children: elementsIn(node.childNodes, toSource),
  };
}

function elementsIn(nodes: readonly ChildNode[], toSource: (offset: number) => number): HtmlElement[] {
  const out: HtmlElement[] = [];
  for (const child of nodes) {
    if ('tagName' in child) out.push(convert(child, toSource));
    else if ('content' in child) out.push(...elementsIn((child as unknown as { content: { childNodes: ChildNode[] } }).content.childNodes, toSource));
  }
  return out;
}

/** The top-level elements of an HTML fragment that starts at `start` in `source` (value as the parser gave it). */
export function parseHtmlFragment(value: string, source: string, start: number, end: number): HtmlElement[] {
  if (!hasTag.test(value)) return [];
  const map = mapValueOffsets(value, source, start, end);
  const fragment = parseFragment(value, { sourceCodeLocationInfo: true });
  return elementsIn(fragment.childNodes, (offset) => sourceOffset(map, offset));
}

/** The elements of one `html` node (cached per node). */
export function htmlElementsOf(node: Html, source: string): HtmlElement[] {
  let elements = cache.get(node);
  if (!elements) {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start + node.value.length;
    elements = parseHtmlFragment(node.value, source, start, end);
    cache.set(node, elements);
  }
  return elements;
}

/** Every element of a list of trees, depth first. */
export function* allElements(elements: readonly HtmlElement[]): Generator<HtmlElement> {
  for (const element of elements) {
    yield element;
    yield* allElements(element.children);
  }
}

/** An attribute's value, if present. */
export function attribute(element: HtmlElement, name: string): HtmlAttribute | undefined {
  return element.attributes.find((a) => a.name === name);
}
