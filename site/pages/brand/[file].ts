/** `/brand/<name>-<hash>.<ext>`: the logo, font and icon files of `site.brand` (see `lib/brand.ts`). */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadBrand } from '../../lib/load-brand.ts';

export const getStaticPaths = (() => loadBrand().files.map((file) => ({ params: { file: file.name }, props: { source: file.source } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(readFileSync((props as { source: string }).source));
