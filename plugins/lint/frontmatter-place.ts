/**
 * Where a frontmatter field sits in the article file, for messages about it.
 */
import { isScalar, type Node } from 'yaml';
import { positionOf } from '../config/yaml-position.ts';
import type { FrontmatterReading } from './frontmatter.ts';

/** The line and column of a frontmatter key (or of the opening `---` when there is none). */
export function frontmatterPlace(frontmatter: FrontmatterReading, keyPath: ReadonlyArray<PropertyKey>): { line: number; column: number } {
  if (!frontmatter.yaml) return { line: 1, column: 1 };
  const point = positionOf(frontmatter.yaml.source, keyPath);
  return { line: point.line + frontmatter.yaml.firstLine - 1, column: point.column };
}

/** Source offsets (in the article) of a top-level scalar value as written, quotes included. */
export function frontmatterValueRange(frontmatter: FrontmatterReading, key: string): { offset: number; endOffset: number; text: string } | undefined {
  const yaml = frontmatter.yaml;
  if (!yaml) return undefined;
  const node = yaml.source.doc.get(key, true) as Node | undefined;
  if (!node || !isScalar(node) || !node.range) return undefined;
  const [start, valueEnd] = node.range;
  return { offset: yaml.offset + start, endOffset: yaml.offset + valueEnd, text: yaml.text.slice(start, valueEnd) };
}
