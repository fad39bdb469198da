/**
 * Response templates (`<content>/<support.templates.dir>/*.md`, in the
 * default language, and `<dir>/<code>/*.md` for each other language by its
 * ISO 639-1 code, such as `templates/de/how-to.md`): Markdown
 * with a `title` and `summary` in frontmatter and one `##` section per step
 * of the HEARD shape. The headings guide the agent; the text under them is
 * the reply. `[square brackets]` mark what the agent fills in.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** One template as read from disk. */
export interface ResponseTemplate {
  /** File name without `.md`: the id the configuration refers to. */
  name: string;
  /** ISO 639-1 code of a language folder, or null for the default language's templates. */
  language: string | null;
  file: string;
  title: string;
  summary: string;
  /** The Markdown body (frontmatter removed). */
  body: string;
  /** Line of the body's first line in the file, for messages. */
  bodyLine: number;
  tree: Root;
  /** `##` headings in order. */
  sections: string[];
}

const parser = unified().use(remarkParse);

/** Reads one template file. */
export function readTemplate(file: string, language: string | null = null): ResponseTemplate {
  const text = readFileSync(file, 'utf8');
  const parsed = matter(text);
  const bodyLine = text.slice(0, text.length - parsed.content.length).split('\n').length;
  const tree = parser.parse(parsed.content) as Root;
  const data = parsed.data as Record<string, unknown>;
  return {
    name: path.basename(file, '.md'),
    language,
    file,
    title: typeof data.title === 'string' ? data.title : '',
    summary: typeof data.summary === 'string' ? data.summary : '',
    body: parsed.content,
    bodyLine,
    tree,
    sections: tree.children.filter((n) => n.type === 'heading' && n.depth === 2).map((n) => toString(n).trim()),
  };
}

/** The templates folder of a KB. */
export function templatesDir(contentDir: string, dir: string): string {
  return path.resolve(contentDir, dir);
}

/** Every template in the folder and its language folders: default language first, each sorted by name. */
export function loadTemplates(dir: string): ResponseTemplate[] {
  if (!existsSync(dir)) return [];
  const entries = readdirSync(dir, { withFileTypes: true });
  const read = (folder: string, language: string | null) =>
    readdirSync(folder)
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => readTemplate(path.join(folder, f), language));
  const languages = entries.filter((e) => e.isDirectory() && /^[a-z]{2}$/.test(e.name)).map((e) => e.name).sort();
  return [...read(dir, null), ...languages.flatMap((code) => read(path.join(dir, code), code))];
}

/** The reply text: the body without the step headings. */
export function replyText(template: ResponseTemplate): string {
  return template.body
    .split('\n')
    .filter((line) => !/^##\s/.test(line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
