/**
 * The lint gate of `kb build`, end to end: one non-compliant article stops
 * the build with its lint message and a non-zero exit, and nothing is
 * written to the output folder.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';

const fixture = fileURLToPath(new URL('../../fixtures/site/kb', import.meta.url));

describe('kb build lint gate', () => {
  it('fails on one bad article with its lint message, a non-zero exit and no output', async () => {
    const kb = path.join(mkdtempSync(path.join(os.tmpdir(), 'kb-bad-')), 'kb');
    cpSync(fixture, kb, { recursive: true });
    // A label title and a missing "Steps" section: two errors the linter names.
    writeFileSync(
      path.join(kb, 'articles/how-to/shift-templates.mdx'),
      `---
title: Shift templates
summary: Save a shift you use often and add it to the schedule in one click.
category: how-to
product_area: scheduling
applies_to: [pro, enterprise]
difficulty: beginner
last_updated: 2026-03-01
owner: sam
---

## Quick answer

Open **Schedule**, click a shift, and choose **Save as template**.

## Troubleshooting

- If you see no templates: check that you saved one first.

## Related articles

- [Invite your team](../getting-started/invite-your-team.mdx)
- [Export timesheets for payroll](./export-timesheets-for-payroll.mdx)
- [Which browsers can I use?](../faq/which-browsers-can-i-use.mdx)

## Still stuck?

Write to us from the [contact page](/contact). Tell us the shift you tried to save.
`,
    );
    const build = await buildSite(kb);
    expect(build.code).toBe(1);
    expect(build.stdout).toMatch(/articles\/how-to\/shift-templates\.mdx:2:1 {2}error {2}Title "Shift templates" reads as a label.* {2}title-style/);
    expect(build.stdout).toMatch(/shift-templates\.mdx:\d+:\d+ {2}error {2}.*"Steps".* {2}required-sections/);
    expect(build.stdout).toContain('✖ Build stopped: 2 lint errors. Nothing was built');
    expect(existsSync(build.outDir)).toBe(false);
    expect(readdirSync(path.dirname(build.outDir)).filter((name) => name.includes('.building-'))).toEqual([]);
  });

  it('reports a broken kb.config.yaml with exit code 2 before doing any work', async () => {
    const kb = path.join(mkdtempSync(path.join(os.tmpdir(), 'kb-badconfig-')), 'kb');
    cpSync(fixture, kb, { recursive: true });
    writeFileSync(path.join(kb, 'kb.config.yaml'), 'site:\n  nmae: Typo Help\ncontact:\n  email: help@example.com\n');
    const build = await buildSite(kb);
    expect(build.code).toBe(2);
    expect(build.stderr).toMatch(/kb\.config\.yaml:2:3 .*nmae/);
    expect(existsSync(build.outDir)).toBe(false);
  });
});
