/**
 * Finds where a key path sits in a parsed YAML document, so messages about a
 * config key or a frontmatter field point at its line instead of the file.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

export interface YamlSource {
  doc: Document;
  lines: LineCounter;
}

export interface Point {
  line: number;
  column: number;
}

/** Parses YAML text keeping line information. */
export function parseYamlSource(text: string): YamlSource {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  return { doc, lines };
}

/**
 * The 1-based position of the deepest node along `path` that exists: the key
 * itself when present, else its closest parent (where a missing key belongs).
 */
export function positionOf(source: YamlSource, path: ReadonlyArray<PropertyKey>): Point {
  let node: Node | null | undefined = source.doc.contents as Node | null;
  let offset = node?.range?.[0] ?? 0;
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(part));
      if (!pair) break;
      const keyNode = pair.key as Node;
      offset = keyNode.range?.[0] ?? offset;
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  const pos = source.lines.linePos(offset);
  return { line: pos.line, column: pos.col };
}
