/**
 * The files `site.brand` names, checked once the KB folder is known: the
 * logo, the font file and icon files exist (relative to the folder of
 * `kb.config.yaml`), the logo is an image a browser shows and small enough
 * not to slow every page, and an icon name is one Lucide has.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { formatKeyPath } from './describe-issue.ts';
import { isIconFile, lucideIconFile } from './brand-icons.ts';
import type { KbConfig } from './kb-config-schema.ts';

/** One problem with a file the config names. */
export interface SiteFileProblem {
  path: Array<string | number>;
  what: string;
  fix: string;
}

/** Image types a logo may have. */
export const LOGO_TYPES = ['.svg', '.png', '.webp', '.jpg', '.jpeg', '.avif'];
/** Largest logo accepted: it loads on every page. */
export const MAX_LOGO_BYTES = 200 * 1024;

function fileProblem(contentDir: string, file: string, key: Array<string | number>, kind: string): SiteFileProblem | undefined {
  const absolute = path.join(contentDir, file);
  if (existsSync(absolute) && statSync(absolute).isFile()) return undefined;
  return {
    path: key,
    what: `"${formatKeyPath(key)}" names ${file}, which does not exist in ${contentDir}`,
    fix: `put the ${kind} at ${path.join(contentDir, file)}, or correct the path (it is relative to the folder of kb.config.yaml)`,
  };
}

/** Every problem with the brand's files; empty when all are in place. */
export function checkSiteFiles(config: Pick<KbConfig, 'site'>, contentDir: string): SiteFileProblem[] {
  const problems: SiteFileProblem[] = [];
  const { brand } = config.site;
  if (brand.logo) {
    const key = ['site', 'brand', 'logo'];
    const missing = fileProblem(contentDir, brand.logo, key, 'logo');
    if (missing) problems.push(missing);
    else if (!LOGO_TYPES.includes(path.extname(brand.logo).toLowerCase())) {
      problems.push({ path: key, what: `"site.brand.logo" is ${brand.logo}, not an image type browsers show`, fix: `use an ${LOGO_TYPES.join(', ')} file` });
    } else if (statSync(path.join(contentDir, brand.logo)).size > MAX_LOGO_BYTES) {
      problems.push({ path: key, what: `"site.brand.logo" ${brand.logo} is larger than ${MAX_LOGO_BYTES / 1024} KB and would slow every page`, fix: 'use an SVG or a smaller image (the header shows it 2.5 rem high)' });
    }
  }
  if (brand.font?.file) {
    const missing = fileProblem(contentDir, brand.font.file, ['site', 'brand', 'font', 'file'], 'font file');
    if (missing) problems.push(missing);
  }
  for (const [category, icon] of Object.entries(brand.category_icons)) {
    const key = ['site', 'brand', 'category_icons', category];
    if (isIconFile(icon)) {
      if (icon.startsWith('/') || icon.split('/').includes('..')) {
        problems.push({ path: key, what: `"${formatKeyPath(key)}" is ${icon}, outside the folder of kb.config.yaml`, fix: 'write the path relative to that folder, like "brand/billing.svg"' });
        continue;
      }
      const missing = fileProblem(contentDir, icon, key, 'icon');
      if (missing) problems.push(missing);
    } else if (!lucideIconFile(icon)) {
      problems.push({ path: key, what: `"${formatKeyPath(key)}" is "${icon}", which is not a Lucide icon`, fix: 'use an icon name from https://lucide.dev/icons (like "credit-card" or "rocket") or the path of an .svg file' });
    }
  }
  return problems;
}
