/**
 * Reads release notes for the release check: a Markdown changelog (each
 * heading and list item is one note) or a YAML/JSON list of
 * `{ title, date?, product_areas?, notes? }`. A note concerns a product
 * area when it lists it, or mentions it by id ("time-off") or in words
 * ("time off").
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { UserError } from '../cli/user-error.ts';

/** One release note. */
export interface ReleaseNote {
  title: string;
  date: string | null;
  /** Areas the note names explicitly (YAML/JSON). */
  product_areas: string[];
  /** Everything the note says, for matching area names. */
  text: string;
}

const noteSchema = z.strictObject({
  title: z.string().min(1).max(300),
  date: z.union([z.string().max(40), z.date()]).optional(),
  product_areas: z.array(z.string().max(60)).max(50).optional(),
  product_area: z.string().max(60).optional(),
  notes: z.string().max(10_000).optional(),
});
const notesSchema = z.union([z.array(noteSchema), z.strictObject({ releases: z.array(noteSchema) })]);

/** Reads a release-notes file; throws a UserError naming the problem. */
export function readReleaseNotes(file: string): ReleaseNote[] {
  const shown = path.relative(process.cwd(), file) || file;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UserError(`Cannot read the release notes ${shown}: no such file. Pass a Markdown changelog or a YAML/JSON list with --releases.`, 2);
  }
  if (/\.(ya?ml|json)$/i.test(file)) {
    let raw: unknown;
    try {
      raw = parseYaml(text);
    } catch (error) {
      throw new UserError(`${shown} does not parse: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}.`, 2);
    }
    const parsed = notesSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new UserError(`${shown}: ${issue?.path.join('.') || 'top level'}: ${issue?.message}. Fix: write a list of { title, date, product_areas, notes }.`, 2);
    }
    const list = Array.isArray(parsed.data) ? parsed.data : parsed.data.releases;
    return list.map((n) => ({
      title: n.title,
      date: n.date instanceof Date ? n.date.toISOString().slice(0, 10) : (n.date ?? null),
      product_areas: [...(n.product_areas ?? []), ...(n.product_area ? [n.product_area] : [])],
      text: `${n.title}\n${n.notes ?? ''}`,
    }));
  }
  return markdownNotes(unified().use(remarkParse).use(remarkGfm).parse(text));
}

/** Headings with a date in them set the date of the notes below. */
function markdownNotes(tree: Root): ReleaseNote[] {
  const notes: ReleaseNote[] = [];
  let date: string | null = null;
  visit(tree, (node) => {
    if (node.type === 'heading') {
      const title = toString(node).trim();
      date = /\d{4}-\d{2}-\d{2}/.exec(title)?.[0] ?? date;
      if (title) notes.push({ title, date, product_areas: [], text: title });
      return;
    }
    if (node.type === 'listItem') {
      const title = toString(node).trim().split('\n')[0] ?? '';
      if (title) notes.push({ title, date, product_areas: [], text: toString(node) });
      return 'skip';
    }
    return undefined;
  });
  return notes;
}

/** True when the note concerns the product area. */
export function mentionsArea(note: ReleaseNote, area: string): boolean {
  if (note.product_areas.includes(area)) return true;
  const words = area.split('-').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${words.join('[-\\s_]?')}s?($|[^\\p{L}\\p{N}])`, 'iu');
  return pattern.test(note.text);
}
