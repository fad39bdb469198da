/**
 * The `articles` collection: the loader reads every article with the
 * linter's frontmatter schema (the one `site/content.config.ts` passes),
 * ids are slugs, and only articles that use MDX features are left to the
 * MDX pipeline.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createArticleSchema } from '../../../plugins/article/article-schema.ts';
import { loadConfig } from '../../../plugins/config/load-config.ts';
import { createLinter } from '../../../plugins/lint/lint-files.ts';
import { articleLoader, entryIdOf, splitFrontmatter } from '../../../site/lib/article-loader.ts';

const contentDir = fileURLToPath(new URL('../../fixtures/site/kb', import.meta.url));
const articlesDir = path.join(contentDir, 'articles');
const config = loadConfig(contentDir);
const schema = createArticleSchema(config);

interface Stored {
  id: string;
  data: Record<string, unknown>;
  filePath?: string;
  rendered?: { html: string };
  deferredRender?: boolean;
}

async function loadAll() {
  const stored = new Map<string, Stored>();
  const rendered: string[] = [];
  const context = {
    store: { clear: () => stored.clear(), set: (entry: Stored) => (stored.set(entry.id, entry), true) },
    parseData: async ({ data }: { data: Record<string, unknown> }) => schema.parseAsync(data),
    renderMarkdown: async (text: string, options?: { fileURL?: URL }) => {
      rendered.push(options?.fileURL?.href ?? '');
      return { html: `<p>${text.length}</p>`, metadata: { imagePaths: [] } };
    },
    generateDigest: (text: string) => String(text.length),
    config: { root: pathToFileURL(`${path.resolve(contentDir, '../../../..')}/`) },
  };
  await articleLoader(articlesDir, entryIdOf(config, articlesDir)).load(context as never);
  return { stored, rendered };
}

describe('articleLoader', () => {
  it('loads every article, drafts included, with its slug as id (a translation\'s behind its locale)', async () => {
    const { stored } = await loadAll();
    expect([...stored.keys()].sort()).toEqual([
      'create-an-api-key',
      'de/invite-your-team',
      'export-timesheets-for-payroll',
      'fix-clock-in-location-error',
      'invite-your-team',
      'request-time-off-by-email',
      'set-up-shift-reminders',
      'update-your-payment-card',
      'which-browsers-can-i-use',
    ]);
    expect(stored.get('set-up-shift-reminders')?.data.status).toBe('draft');
  });

  it('stores the schema output: defaults filled in, dates as YYYY-MM-DD', async () => {
    const { stored } = await loadAll();
    const data = stored.get('invite-your-team')?.data;
    expect(data).toMatchObject({ type: 'how-to', status: 'published', last_updated: '2026-02-01', aliases: ['add-employees'] });
    expect(stored.get('invite-your-team')?.filePath).toBe('test/fixtures/site/kb/articles/getting-started/invite-your-team.mdx');
  });

  it('renders plain articles while loading and leaves articles with JSX to the MDX pipeline', async () => {
    const { stored, rendered } = await loadAll();
    expect(stored.get('update-your-payment-card')?.deferredRender).toBe(true);
    expect(stored.get('update-your-payment-card')?.rendered).toBeUndefined();
    expect(stored.get('invite-your-team')?.deferredRender).toBe(true); // its <Tip> is a component
    expect(stored.get('export-timesheets-for-payroll')?.rendered?.html).toMatch(/^<p>\d+<\/p>$/);
    // Six English articles and the German translation, which keeps its own id.
    expect(rendered).toHaveLength(7);
    expect(stored.get('de/invite-your-team')?.data).toMatchObject({ title: 'Ihr Team einladen' });
    expect(rendered.every((url) => url.startsWith('file://') && url.endsWith('.mdx'))).toBe(true);
  });
});

describe('the collection schema is the linter schema', () => {
  const text = readFileSync(path.join(articlesDir, 'faq/which-browsers-can-i-use.mdx'), 'utf8');
  const broken = text.replace('difficulty: beginner', 'difficulty: expert');

  it('rejects what the linter rejects', async () => {
    const linter = createLinter({ contentDir });
    const result = await linter.lintText(broken, path.join(articlesDir, 'faq/which-browsers-can-i-use.mdx'));
    expect(result.messages.some((m) => m.ruleId === 'frontmatter-schema' && m.severity === 'error')).toBe(true);
    expect(schema.safeParse(splitFrontmatter(broken).data).success).toBe(false);
  });

  it('accepts what the linter accepts', () => {
    expect(schema.safeParse(splitFrontmatter(text).data).success).toBe(true);
  });
});

describe('splitFrontmatter', () => {
  it('reads YAML like the linter does (1.2: dates stay strings) and trims the body', () => {
    const { data, body } = splitFrontmatter('---\ntitle: A title here\nlast_updated: 2026-01-15\n---\n\n## Quick answer\n');
    expect(data).toEqual({ title: 'A title here', last_updated: '2026-01-15' });
    expect(body).toBe('## Quick answer');
  });

  it('treats a file without frontmatter as all body', () => {
    expect(splitFrontmatter('Just text.')).toEqual({ data: {}, body: 'Just text.' });
  });
});
