/**
 * Category icons (`site.brand.category_icons`): a Lucide icon name
 * ("credit-card", from the `lucide-static` package, drawn at build time as
 * inline SVG in the text colour) or the path of an SVG file of the KB's
 * own, relative to the folder that holds `kb.config.yaml`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const iconsDir = path.join(path.dirname(createRequire(import.meta.url).resolve('lucide-static/package.json')), 'icons');

/** True when the value names a file rather than a Lucide icon. */
export function isIconFile(value: string): boolean {
  return value.toLowerCase().endsWith('.svg');
}

/** The SVG file of the Lucide icon `name`, or undefined when Lucide has no such icon. */
export function lucideIconFile(name: string): string | undefined {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name)) return undefined;
  const file = path.join(iconsDir, `${name}.svg`);
  return existsSync(file) ? file : undefined;
}

/**
 * The inline SVG of a Lucide icon, decorative (`aria-hidden`): the
 * category's title beside it says what it is. Size comes from CSS.
 */
export function lucideIconSvg(name: string): string | undefined {
  const file = lucideIconFile(name);
  if (!file) return undefined;
  return readFileSync(file, 'utf8')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s*class="[^"]*"/, '')
    .replace(/\s*width="24"\s*height="24"/, '')
    .replace('<svg', '<svg aria-hidden="true" focusable="false" class="icon"')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}
