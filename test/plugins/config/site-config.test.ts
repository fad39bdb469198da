/** `site.brand`, `site.banner` and `site.toc_min_headings`: defaults, accepted values, and bad input with file, line, key and fix. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { darkAccentFor, worstContrast } from '../../../plugins/config/brand-colors.ts';
import { ConfigError } from '../../../plugins/config/config-error.ts';
import { parseConfig } from '../../../plugins/config/load-config.ts';
import { configProblems } from '../../helpers/config-problems.ts';

const minimal = 'contact:\n  email: help@example.com\n';

/** Problems of `text` checked against the files of `dir`. */
function problemsIn(dir: string, text: string): string[] {
  try {
    parseConfig(text, 'kb.config.yaml', dir);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected the config to be rejected');
}

function kbFolder(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kb-brand-'));
  mkdirSync(path.join(dir, 'brand'));
  writeFileSync(path.join(dir, 'brand/logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"/>');
  writeFileSync(path.join(dir, 'brand/billing.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"/>');
  return dir;
}

describe('site.toc_min_headings', () => {
  it('defaults to 3 subheadings', () => {
    expect(parseConfig(minimal, 'kb.config.yaml').site.toc_min_headings).toBe(3);
  });

  it('says that toc_min_words was replaced, and by what', () => {
    expect(configProblems(`site:\n  toc_min_words: 400\n${minimal}`)).toEqual([
      'kb.config.yaml:2:3  "site.toc_min_words" was replaced by site.toc_min_headings (the table of contents now follows the number of subheadings). Fix: replace it with "toc_min_headings: 3".',
    ]);
  });
});

describe('site.brand', () => {
  it('accepts a logo, colours in any CSS form, a font and icons, and derives a readable dark accent', () => {
    const dir = kbFolder();
    const config = parseConfig(
      `site:\n  brand:\n    logo: brand/logo.svg\n    colors: { accent: "rgb(10 85 196)" }\n    font: { family: Source Sans 3 }\n    category_icons: { faq: circle-help, billing-and-account: brand/billing.svg }\n${minimal}`,
      'kb.config.yaml',
      dir,
    );
    expect(config.site.brand.colors.accent).toBe('#0a55c4');
    expect(config.site.brand.category_icons).toEqual({ faq: 'circle-help', 'billing-and-account': 'brand/billing.svg' });
    const dark = darkAccentFor(config.site.brand.colors.accent, undefined);
    expect(dark).toMatch(/^#[0-9a-f]{6}$/);
    expect(worstContrast(dark as string, 'dark')).toBeGreaterThanOrEqual(4.5);
  });

  it('rejects a logo that does not exist, with where it was looked for', () => {
    const dir = kbFolder();
    expect(problemsIn(dir, `site:\n  brand:\n    logo: brand/missing.svg\n${minimal}`)).toEqual([
      `kb.config.yaml:3:5  "site.brand.logo" names brand/missing.svg, which does not exist in ${dir}. Fix: put the logo at ${path.join(dir, 'brand/missing.svg')}, or correct the path (it is relative to the folder of kb.config.yaml).`,
    ]);
    expect(configProblems(`site:\n  brand:\n    logo: ../secrets/logo.svg\n${minimal}`)[0]).toMatch(/"site\.brand\.logo" must be a path inside the folder of kb\.config\.yaml\. Fix: write it relative to that folder/);
  });

  it('rejects what is not a colour, and a colour links cannot be read in, offering a shade that can', () => {
    expect(configProblems(`site:\n  brand:\n    colors: { accent: blurple }\n${minimal}`)).toEqual([
      'kb.config.yaml:3:15  "site.brand.colors.accent" is "blurple", not a CSS colour. Fix: write one like "#0a55c4", "rgb(10 85 196)" or "teal".',
    ]);
    const [pale] = configProblems(`site:\n  brand:\n    colors: { accent: "#ffcc00" }\n${minimal}`);
    expect(pale).toMatch(/^kb\.config\.yaml:3:15 {2}"site\.brand\.colors\.accent" #ffcc00 reads at 1\.\d\d:1 on the white page and on cards, below the 4\.5:1 links and buttons need \(WCAG AA\)\. Fix: use a darker shade such as "#[0-9a-f]{6}"\.$/);
    const shade = /"(#[0-9a-f]{6})"\.$/.exec(pale ?? '')?.[1] as string;
    expect(worstContrast(shade, 'light')).toBeGreaterThanOrEqual(4.5);
    expect(configProblems(`site:\n  brand:\n    colors: { accent_dark: "#1d3557" }\n${minimal}`)[0]).toMatch(/"site\.brand\.colors\.accent_dark" #1d3557 reads at .* on the dark page .* Fix: use a lighter shade such as "#[0-9a-f]{6}"/);
  });

  it('rejects an icon for a category that does not exist, an unknown icon name and a missing icon file', () => {
    const dir = kbFolder();
    expect(configProblems(`site:\n  brand:\n    category_icons: { billing: credit-card }\n${minimal}`)).toEqual([
      'kb.config.yaml:3:23  "site.brand.category_icons.billing" names "billing", which is not a category. Fix: use one of getting-started, how-to, troubleshooting, api, billing-and-account, faq (the ids under categories).',
    ]);
    expect(problemsIn(dir, `site:\n  brand:\n    category_icons:\n      faq: not-an-icon\n      api: brand/api.svg\n${minimal}`)).toEqual([
      'kb.config.yaml:4:7  "site.brand.category_icons.faq" is "not-an-icon", which is not a Lucide icon. Fix: use an icon name from https://lucide.dev/icons (like "credit-card" or "rocket") or the path of an .svg file.',
      `kb.config.yaml:5:7  "site.brand.category_icons.api" names brand/api.svg, which does not exist in ${dir}. Fix: put the icon at ${path.join(dir, 'brand/api.svg')}, or correct the path (it is relative to the folder of kb.config.yaml).`,
    ]);
  });

  it('rejects a font name that could break out of CSS and a font file that is not WOFF2', () => {
    expect(configProblems(`site:\n  brand:\n    font: { family: "Inter; } body { color: red" }\n${minimal}`)[0]).toContain('"site.brand.font.family" is "Inter; } body { color: red", which does not have the expected form');
    expect(configProblems(`site:\n  brand:\n    font: { family: Inter, file: brand/inter.ttf }\n${minimal}`)[0]).toContain('"site.brand.font.file" is not a WOFF2 file. Fix: convert the font to .woff2');
  });
});

describe('site.banner', () => {
  it('accepts plain text with an optional link and last day', () => {
    const config = parseConfig(`site:\n  banner:\n    text: "  Maintenance on Sunday, 02:00-03:00 UTC.  "\n    link: https://status.example.com\n    until: 2026-12-31\n${minimal}`, 'kb.config.yaml');
    expect(config.site.banner).toEqual({ text: 'Maintenance on Sunday, 02:00-03:00 UTC.', link: 'https://status.example.com', until: '2026-12-31' });
    expect(parseConfig(minimal, 'kb.config.yaml').site.banner).toBeUndefined();
  });

  it('rejects a banner with HTML, a link that is not one and a day that is not a date', () => {
    expect(configProblems(`site:\n  banner:\n    text: 'New: <a href="/x">dark mode</a>'\n${minimal}`)).toEqual([
      'kb.config.yaml:3:5  "site.banner.text" holds HTML, and the banner shows plain text. Fix: write the words only, and put an address in site.banner.link.',
    ]);
    expect(configProblems(`site:\n  banner:\n    text: Hello &amp; welcome\n${minimal}`)[0]).toContain('holds HTML');
    expect(configProblems(`site:\n  banner:\n    text: Hi\n    link: javascript:alert(1)\n${minimal}`)[0]).toContain('"site.banner.link" is not a link. Fix: use an absolute URL');
    expect(configProblems(`site:\n  banner:\n    text: Hi\n    until: next week\n${minimal}`)[0]).toMatch(/"site\.banner\.until" is "next week", not a valid date\. Fix: use a date such as 2026-12-31/);
  });
});
