/**
 * Where a frontmatter field sits in the article file, for messages about it.
 */
import { positionOf } from '../config/yaml-position.ts';
import type { KbContext } from './kb-context.ts';

/** The line and column of a frontmatter key (or of the opening `---` when there is none). */
export function frontmatterPlace(ctx: KbContext, keyPath: ReadonlyArray<PropertyKey>): { line: number; column: number } {
  if (!ctx.yaml) return { line: 1, column: 1 };
  const point = positionOf(ctx.yaml.source, keyPath);
  return { line: point.line + ctx.yaml.firstLine - 1, column: point.column };
}
