import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateArticles } from '../../../../scripts/bench/lib/generate-articles.ts';
import { writeStarlightProject } from '../../../../scripts/bench/starlight/write-starlight-project.ts';

describe('writeStarlightProject', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'kb-starlight-'));
  const generated = generateArticles({ count: 12, dir: path.join(root, 'kb') });
  const project = writeStarlightProject({ kbDir: generated.dir, projectDir: path.join(root, 'site'), title: 'Tidyshift Help Center', site: 'https://help.tidyshift.example' });
  const read = (file: string) => readFileSync(path.join(project.projectDir, file), 'utf8');

  it('writes a plain Starlight project with its default configuration', () => {
    const config = read('astro.config.mjs');
    expect(config).toContain("integrations: [starlight({ title: \"Tidyshift Help Center\" })]");
    expect(config).toContain('site: "https://help.tidyshift.example"');
    expect(read('src/content.config.ts')).toContain('docs: defineCollection({ loader: docsLoader(), schema: docsSchema() })');
    expect(JSON.parse(read('package.json')).dependencies).toHaveProperty('@astrojs/starlight');
    expect(read('public/favicon.svg')).toContain('<svg');
    expect(read('src/content/docs/index.mdx')).toMatch(/^---\ntitle: Tidyshift Help Center\n/);
  });

  it('writes one page per article, in its category folder, and says where each will be built', () => {
    const docs = path.join(project.projectDir, 'src', 'content', 'docs');
    // Generated articles use no MDX feature: each becomes a plain Markdown page.
    const pages = readdirSync(docs, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f) && f !== 'index.mdx');
    expect(pages).toHaveLength(12);
    expect(pages.every((f) => f.endsWith('.md'))).toBe(true);
    const first = generated.articles[0];
    expect(first).toBeDefined();
    expect(project.pages.get(first?.slug ?? '')).toBe(`${first?.category}/${first?.slug}/index.html`);
    const page = read(path.join('src', 'content', 'docs', first?.category ?? '', `${first?.slug}.md`));
    const frontmatter = parse(/^---\n([\s\S]*?)---\n/.exec(page)?.[1] ?? '') as Record<string, unknown>;
    expect(Object.keys(frontmatter)).toEqual(['title', 'description']);
    expect(frontmatter.title).toBe(first?.title);
    expect(frontmatter.description).toMatch(/^Learn how to /);
  });
});
