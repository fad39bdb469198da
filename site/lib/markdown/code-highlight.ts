/**
 * Code blocks highlighted at build time with Shiki (through Astro's
 * `syntaxHighlight: 'shiki'`), with no inline styles: Shiki's
 * `css-variables` theme names each token's colour, and this transformer
 * turns those names into classes (`tk-keyword`, `tk-string`…) that the
 * stylesheet colours per theme (`site/styles/code.css`), so the
 * Content-Security-Policy needs no `style-src 'unsafe-inline'` and dark
 * mode needs no second copy of the markup. Each block is wrapped in
 * `div.code-block` (where the page's copy button goes) and scrolls sideways
 * instead of breaking lines mid-word; it can take keyboard focus to scroll.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { ShikiTransformer } from 'shiki';

const VARIABLE = /var\(--astro-code-([a-z0-9-]+)\)/;
const FONT_STYLES: Record<string, string> = { italic: 'tk-i', bold: 'tk-b', underline: 'tk-u' };

/** The classes for one Shiki inline style (`color:var(--astro-code-token-keyword);font-style:italic`). */
export function classesForStyle(style: string): string[] {
  const classes: string[] = [];
  for (const declaration of style.split(';')) {
    const [property = '', value = ''] = declaration.split(':').map((part) => part.trim());
    if (property === 'color') {
      const name = VARIABLE.exec(value)?.[1];
      if (name && name !== 'foreground') classes.push(`tk-${name.replace(/^token-/, '')}`);
    } else if (property === 'font-style' || property === 'font-weight' || property === 'text-decoration') {
      const cls = FONT_STYLES[value];
      if (cls) classes.push(cls);
    }
  }
  return classes;
}

function addClasses(node: Element, classes: readonly string[]): void {
  if (classes.length === 0) return;
  const existing = node.properties.class ?? node.properties.className;
  const list = Array.isArray(existing) ? existing.map(String) : typeof existing === 'string' ? existing.split(/\s+/).filter(Boolean) : [];
  node.properties.class = [...new Set([...list, ...classes])].join(' ');
  delete node.properties.className;
}

/** The Shiki transformer of every code block. */
export function codeClassesTransformer(): ShikiTransformer {
  return {
    name: 'kb-code-classes',
    pre(node) {
      delete node.properties.style;
      node.properties.tabindex = '0';
    },
    span(node) {
      const style = node.properties.style;
      delete node.properties.style;
      if (typeof style === 'string') addClasses(node, classesForStyle(style));
    },
    line(node) {
      delete node.properties.style;
      for (const child of node.children) if (child.type === 'element') delete child.properties.style;
    },
    root(root: Root) {
      const pre = root.children.find((c): c is Element => c.type === 'element' && c.tagName === 'pre');
      if (!pre) return;
      const language = typeof pre.properties.dataLanguage === 'string' ? pre.properties.dataLanguage : undefined;
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { class: 'code-block', ...(language && language !== 'plaintext' ? { dataLanguage: language } : {}) },
        children: [pre as ElementContent],
      };
      root.children = root.children.map((c) => (c === pre ? wrapper : c));
    },
  };
}
