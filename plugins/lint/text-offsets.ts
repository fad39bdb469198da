/**
 * Maps a character of a text node's value back to its offset in the source.
 * A node's value is not a plain slice of the file: continuation lines of
 * list items and quotes lose their indentation and `>` markers, `\*` loses
 * its backslash and `&amp;` becomes `&`. Positions of words are taken from
 * this map, never re-derived by counting lines, so a message on the second
 * line of a wrapped list item points at the word itself.
 */
import { decodeHTMLStrict } from 'entities';

const characterReference = /^&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/;
const linePrefix = /[ \t>]/;

/**
 * Offsets in `source` of each character of `value` (and one past its end),
 * for a node whose source spans [start, end).
 */
export function mapValueOffsets(value: string, source: string, start: number, end: number): Int32Array {
  const map = new Int32Array(value.length + 1);
  let j = start;
  for (let i = 0; i < value.length; i++) {
    const char = value[i];
    if (source[j] === '&' && j < end) {
      const ref = characterReference.exec(source.slice(j, j + 40));
      const decoded = ref ? decodeHTMLStrict(ref[0]) : '';
      if (ref && decoded.length > 0 && value.startsWith(decoded, i)) {
        for (let k = 0; k < decoded.length; k++) map[i + k] = j;
        i += decoded.length - 1;
        j += ref[0].length;
        continue;
      }
    }
    if (source[j] !== char && j < end) {
      const at = source[j];
      if (at === '\\' && source[j + 1] === char) j++;
      else if (linePrefix.test(at ?? '')) {
        // Indentation and quote markers that the parser removed from a continuation line.
        let k = j;
        while (k < end && source[k] !== char && linePrefix.test(source[k] ?? '')) k++;
        if (source[k] === char) j = k;
      }
    }
    map[i] = Math.min(j, end);
    j++;
  }
  map[value.length] = Math.min(Math.max(j, map[Math.max(0, value.length - 1)] ?? start), end);
  return map;
}

/** Source offset of a value index, given the map of its node. */
export function sourceOffset(map: Int32Array, index: number): number {
  return map[Math.max(0, Math.min(index, map.length - 1))] ?? 0;
}

/**
 * A function from value index to source offset; the identity shift when the
 * value is an unchanged slice of the source (the common case, no map built).
 */
export function offsetMapper(value: string, source: string, start: number, end: number): (index: number) => number {
  if (end - start === value.length && source.startsWith(value, start)) return (index) => start + index;
  const map = mapValueOffsets(value, source, start, end);
  return (index) => sourceOffset(map, index);
}
