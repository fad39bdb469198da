/**
 * `import 'virtual:kb-brand.css'`: the brand's stylesheet (`brand.ts`) as a
 * module Vite bundles with the site's own CSS, so the colours and font
 * arrive in the same hashed, cached file as every other style — no extra
 * request, no inline `<style>` for the Content-Security-Policy to allow.
 */
import type { Plugin } from 'vite';

/** The id pages import. */
export const BRAND_CSS_ID = 'virtual:kb-brand.css';

/** A Vite plugin serving `css()` under {@link BRAND_CSS_ID}. */
export function brandCssPlugin(css: () => string): Plugin {
  return {
    name: 'kb-brand-css',
    resolveId(id) {
      return id === BRAND_CSS_ID ? BRAND_CSS_ID : undefined;
    },
    load(id) {
      return id === BRAND_CSS_ID ? css() : undefined;
    },
  };
}
