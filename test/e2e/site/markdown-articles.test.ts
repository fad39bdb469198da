/**
 * Plain Markdown help centers: `kb build` publishes `.md` articles beside
 * `.mdx` ones, read as CommonMark with raw HTML — heading ids written
 * `{#id}`, `<br>`, raw HTML tables, HTML comments — at `/articles/<slug>/`,
 * with their links rewritten like those of MDX articles.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';

const fixture = fileURLToPath(new URL('../../fixtures/site/kb', import.meta.url));

const article = `---
title: Swap a shift with a teammate
summary: Give a shift to someone else or take one of theirs in a few taps.
category: how-to
product_area: scheduling
applies_to: [free, pro, enterprise]
difficulty: beginner
last_updated: 2026-03-02
owner: sam
---

<!-- Written in plain Markdown, as our old help center was. -->

## Quick answer {#quick}

Open the shift and tap **Swap**. Your teammate gets a request to accept.

## Steps {#swap-steps}

1. Open **Schedule** and tap your shift.
2. Tap **Swap**.<br>Pick the teammate you want to swap with.
3. Tap **Send**.

<table>
  <tr><th>Status</th><th>Meaning</th></tr>
  <tr><td>Sent</td><td>Your teammate has not answered yet.</td></tr>
</table>

## Troubleshooting

If **Swap** is grey, the shift starts in less than an hour. See [the steps](#swap-steps).

## Related articles

- [Invite your team](../getting-started/invite-your-team.mdx)
- [Export timesheets for payroll](./export-timesheets-for-payroll.mdx)
- [Which browsers can I use?](../faq/which-browsers-can-i-use.mdx)

## Still stuck?

Write to us from the [contact page](/contact).
`;

describe('kb build with .md articles', () => {
  it('publishes a Markdown article with its raw HTML, heading ids and rewritten links', async () => {
    const kb = path.join(mkdtempSync(path.join(os.tmpdir(), 'kb-md-')), 'kb');
    cpSync(fixture, kb, { recursive: true });
    writeFileSync(path.join(kb, 'articles/how-to/swap-a-shift.md'), article);
    const build = await buildSite(kb);
    // Eight fixture articles, its German translation and the new one.
    expect(build.stdout + build.stderr).toContain('✔ Built 10 articles');
    expect(build.code).toBe(0);
    const html = readFileSync(path.join(build.outDir, 'articles/swap-a-shift/index.html'), 'utf8');
    expect(html).toContain('Swap a shift with a teammate');
    expect(html).toMatch(/<h2 id="swap-steps">Steps<\/h2>/);
    expect(html).toContain('<br>');
    expect(html).toMatch(/<td>Sent<\/td>/);
    expect(html).toContain('href="#swap-steps"');
    expect(html).toContain('href="/articles/invite-your-team/"');
    expect(html).not.toContain('{#');
  });
});
