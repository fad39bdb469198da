/**
 * The brand of `site.brand` as the site uses it: the files it names
 * (logo, font, icon SVGs) published under `/brand/` with a content hash in
 * their names (so they are cached like Astro's own assets), the logo's
 * size (width and height in the HTML, so nothing shifts when it loads),
 * each category's icon, and the stylesheet that sets the colours and font.
 * Kept free of Astro imports: the stylesheet is made for Vite
 * (`brand-css-plugin.ts`), the files for `pages/brand/[file].ts`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import { darkAccentFor } from '../../plugins/config/brand-colors.ts';
import { isIconFile, lucideIconSvg } from '../../plugins/config/brand-icons.ts';
import type { KbConfig } from '../../plugins/config/kb-config-schema.ts';

/** One file of the brand, as published. */
export interface BrandFile {
  /** Absolute path of the source file. */
  source: string;
  /** Name under `/brand/`: `<name>-<hash>.<ext>`. */
  name: string;
}

export interface BrandLogo {
  name: string;
  width: number;
  height: number;
}

/** A category's icon: inline SVG (Lucide) or a published SVG file. */
export type CategoryIcon = { svg: string } | { file: string };

export interface Brand {
  logo?: BrandLogo;
  /** File name of the font under `/brand/`. */
  font?: string;
  icons: Map<string, CategoryIcon>;
  files: BrandFile[];
}

/** Published folder of the brand's files, below the site's base path. */
export const BRAND_FOLDER = 'brand';

function publish(contentDir: string, relative: string): BrandFile {
  const source = path.join(contentDir, relative);
  const hash = createHash('sha256').update(readFileSync(source)).digest('hex').slice(0, 10);
  const ext = path.extname(relative).toLowerCase();
  const stem = path.basename(relative, path.extname(relative)).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'file';
  return { source, name: `${stem}-${hash}${ext}` };
}

/** The brand of `config`, files resolved against `contentDir` (already checked by the config loader). */
export function brandOf(config: Pick<KbConfig, 'site'>, contentDir: string): Brand {
  const { brand } = config.site;
  const files: BrandFile[] = [];
  let logo: BrandLogo | undefined;
  if (brand.logo) {
    const file = publish(contentDir, brand.logo);
    files.push(file);
    const size = imageSize(readFileSync(file.source));
    // A logo without a size of its own (an SVG without viewBox) is drawn square; CSS gives it its height.
    logo = { name: file.name, width: size.width || 1, height: size.height || 1 };
  }
  let font: string | undefined;
  if (brand.font?.file) {
    const file = publish(contentDir, brand.font.file);
    files.push(file);
    font = file.name;
  }
  const icons = new Map<string, CategoryIcon>();
  for (const [category, icon] of Object.entries(brand.category_icons)) {
    if (isIconFile(icon)) {
      const file = publish(contentDir, icon);
      if (!files.some((f) => f.name === file.name)) files.push(file);
      icons.set(category, { file: file.name });
    } else {
      const svg = lucideIconSvg(icon);
      if (svg) icons.set(category, { svg });
    }
  }
  return { logo, font, icons, files };
}

/** A CSS string literal. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r]/g, ' ')}"`;
}

/**
 * The brand's stylesheet: the accent of each theme, the font, and the
 * site's address (print styles write it before the links' paths).
 */
export function brandCss(config: Pick<KbConfig, 'site'>, brand: Brand, basePath: string): string {
  const { colors, font } = config.site.brand;
  const origin = new URL(config.site.url).origin;
  const light: string[] = [`--site-origin: ${cssString(origin)};`];
  if (colors.accent) light.push(`--accent: ${colors.accent};`, `--link: ${colors.accent};`);
  const out: string[] = [];
  if (font) {
    if (brand.font) {
      out.push(`@font-face { font-family: ${cssString(font.family)}; src: url(${cssString(`${basePath}${BRAND_FOLDER}/${brand.font}`)}) format("woff2"); font-display: swap; }`);
    }
    light.push(`--font-body: ${cssString(font.family)}, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;`);
  }
  out.push(`:root { ${light.join(' ')} }`);
  const dark = darkAccentFor(colors.accent, colors.accent_dark);
  if (dark) out.push(`@media (prefers-color-scheme: dark) { :root { --accent: ${dark}; --link: ${dark}; } }`);
  return `${out.join('\n')}\n`;
}
