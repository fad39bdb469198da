import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../plugins/config/load-config.ts';
import { brandCss, brandOf } from '../../../site/lib/brand.ts';
import { classesForStyle } from '../../../site/lib/markdown/code-highlight.ts';

describe('the brand', () => {
  it('publishes its files under hashed names, sizes the logo and colours both themes', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kb-brand-site-'));
    mkdirSync(path.join(dir, 'brand'));
    writeFileSync(path.join(dir, 'brand/Logo Mark.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"/>');
    writeFileSync(path.join(dir, 'brand/inter.woff2'), 'wOF2');
    const config = parseConfig(
      'site:\n  url: https://help.example.com/help/\n  brand:\n    logo: brand/Logo Mark.svg\n    colors: { accent: "#0b6e4f" }\n    font: { family: Inter, file: brand/inter.woff2 }\n    category_icons: { faq: circle-help }\ncontact:\n  email: a@example.com\n',
      'kb.config.yaml',
      dir,
    );
    const brand = brandOf(config, dir);
    expect(brand.logo).toMatchObject({ width: 120, height: 40 });
    expect(brand.logo?.name).toMatch(/^logo-mark-[0-9a-f]{10}\.svg$/);
    expect(brand.files.map((f) => f.name)).toHaveLength(2);
    const icon = brand.icons.get('faq');
    expect(icon && 'svg' in icon ? icon.svg : '').toMatch(/^<svg aria-hidden="true" focusable="false" class="icon" /);
    const css = brandCss(config, brand, '/help/');
    expect(css).toContain('--accent: #0b6e4f; --link: #0b6e4f;');
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\) \{ :root \{ --accent: #[0-9a-f]{6}; --link: #[0-9a-f]{6}; \} \}/);
    expect(css).toContain('--site-origin: "https://help.example.com";');
    expect(css).toMatch(/@font-face \{ font-family: "Inter"; src: url\("\/help\/brand\/inter-[0-9a-f]{10}\.woff2"\) format\("woff2"\); font-display: swap; \}/);
  });
});

describe('highlighted code', () => {
  it('turns Shiki’s css-variables styles into classes, so no inline style is needed', () => {
    expect(classesForStyle('color:var(--astro-code-token-keyword)')).toEqual(['tk-keyword']);
    expect(classesForStyle('color:var(--astro-code-token-comment);font-style:italic')).toEqual(['tk-comment', 'tk-i']);
    expect(classesForStyle('color:var(--astro-code-foreground)')).toEqual([]);
    expect(classesForStyle('background:red')).toEqual([]);
  });
});
