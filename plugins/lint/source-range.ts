/**
 * A place in an article: 1-based line and column of its start and end, and
 * the 0-based offsets when known. Messages, links and waivers all carry one,
 * so results can be cached and compared without the syntax tree.
 */
import type { Node, Point, Position } from 'unist';

export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  offset?: number;
  endOffset?: number;
}

/** Anything a rule may point at: a node, a position, a point, a range or offsets into the source. */
export type Place = Node | Position | Point | SourceRange | { offset: number; endOffset: number } | undefined;

/** Converts offsets to line/column, built once per file. */
export type ToPoint = (offset: number) => { line: number; column: number };

function fromPosition(position: Position): SourceRange {
  return {
    line: position.start.line,
    column: position.start.column,
    endLine: position.end.line,
    endColumn: position.end.column,
    offset: position.start.offset,
    endOffset: position.end.offset,
  };
}

/** Normalizes a place to a range; without one, the start of the file. */
export function rangeOf(place: Place, toPoint?: ToPoint): SourceRange {
  if (!place) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  if ('type' in place) return place.position ? fromPosition(place.position) : rangeOf(undefined);
  if ('start' in place) return fromPosition(place);
  if ('endLine' in place) return place;
  if ('line' in place) return { line: place.line, column: place.column, endLine: place.line, endColumn: place.column, offset: place.offset, endOffset: place.offset };
  if (toPoint) {
    const start = toPoint(place.offset);
    const end = toPoint(place.endOffset);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column, offset: place.offset, endOffset: place.endOffset };
  }
  return rangeOf(undefined);
}
