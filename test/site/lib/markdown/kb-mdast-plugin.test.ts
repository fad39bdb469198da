import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { kbMdastPlugin } from '../../../../site/lib/markdown/kb-mdast-plugin.ts';
import { sitePaths } from '../../../../site/lib/site-paths.ts';

const articlesDir = '/kb/articles';
const file = pathToFileURL('/kb/articles/how-to/export-timesheets.mdx');
const plugin = kbMdastPlugin({ paths: sitePaths('/'), articlesDir });

const source = `## Quick answer

Open **Timesheets** and click **Export**. You get a CSV file.

## Steps

1. Read [the payment article](../billing/update-card.mdx#steps).

## Related articles

- [Update your card](../billing/update-card.mdx)
- [Invite teammates](./invite-teammates.mdx)
- [Update your card again](../billing/update-card.mdx)

## Still stuck?

Write to us from the [contact page](/contact).
`;

/** Astro's data bag, as its Sätteri processor passes it to plugins. */
function astroData(frontmatter: Record<string, unknown>) {
  return { astro: { frontmatter, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() } };
}

async function render(text: string, url = file) {
  const frontmatter: Record<string, unknown> = {};
  const { html } = await markdownToHtml(text, { mdastPlugins: [plugin], fileURL: url, data: astroData(frontmatter) });
  return { html, frontmatter };
}

describe('kbMdastPlugin', () => {
  it('rewrites article and contact links in the body', async () => {
    const { html } = await render(source);
    expect(html).toContain('href="/articles/update-card/#steps"');
    expect(html).toContain('href="/contact/?article=export-timesheets"');
  });

  it('lifts "Related articles" out of the body into frontmatter, in order and without repeats', async () => {
    const { html, frontmatter } = await render(source);
    expect(frontmatter.kbRelated).toEqual(['update-card', 'invite-teammates']);
    expect(html).not.toContain('Related articles');
    expect(html).not.toContain('Invite teammates');
    expect(html).toContain('Still stuck?');
  });

  it('keeps the quick answer text for structured data', async () => {
    expect((await render(source)).frontmatter.kbQuickAnswer).toBe('Open Timesheets and click Export. You get a CSV file.');
  });

  it('keeps a related section that links no article', async () => {
    const { html, frontmatter } = await render('## Related articles\n\n- [Status page](https://status.example.com)\n');
    expect(frontmatter.kbRelated).toEqual([]);
    expect(html).toContain('Status page');
  });

  it('makes tables focusable, so a table that scrolls sideways can be scrolled by keyboard', async () => {
    const { html } = await render('| a | b |\n| - | - |\n| 1 | 2 |\n');
    expect(html).toContain('<table tabindex="0">');
  });

  it('leaves files outside the articles folder alone', async () => {
    const { html } = await render('[a](./b.mdx)', pathToFileURL('/elsewhere/page.mdx'));
    expect(html).toContain('href="./b.mdx"');
  });

  it('runs in the MDX pipeline too', async () => {
    const { code } = await mdxToJs(`{/* note */}\n\n${source}`, { mdastPlugins: [plugin], fileURL: file, data: astroData({}) });
    expect(code).toContain('/articles/update-card/#steps');
    expect(code).not.toContain('Invite teammates');
  });

  it('gives a Markdown heading written "## Title {#id}" that id, without the braces', async () => {
    const { html } = await render('## Steps {#how-to-start}\n\n1. Go.\n', pathToFileURL('/kb/articles/how-to/start.md'));
    expect(html).toContain('<h2 id="how-to-start">Steps</h2>');
  });
});

describe('GitHub-style alerts', () => {
  it('become the callouts MDX articles write as <Tip>, <Note> and <Warning>', async () => {
    const { html } = await render('> [!TIP]\n> Invite managers first.\n\n> [!CAUTION]\n> Do not turn off location.\n\n> A plain quote.\n');
    expect(html).toContain('<div class="callout callout-tip" role="note">\n<p class="callout-title">Tip</p>\n<p>Invite managers first.</p>\n</div>');
    expect(html).toContain('<div class="callout callout-warning" role="note">\n<p class="callout-title">Warning</p>\n<p>Do not turn off location.</p>\n</div>');
    expect(html).toContain('<blockquote>\n<p>A plain quote.</p>\n</blockquote>');
  });
});
