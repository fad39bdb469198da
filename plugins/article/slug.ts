/** An article's id: its file name without the extension, unique across the KB. */
import path from 'node:path';

export function slugOf(file: string): string {
  return path.basename(file).replace(/\.mdx?$/i, '');
}
