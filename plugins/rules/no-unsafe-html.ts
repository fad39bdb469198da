/**
 * @rule no-unsafe-html
 * No HTML that runs script: event-handler attributes (`onclick=`,
 * `onerror=`, `onClick={…}` …) on raw HTML in Markdown and on JSX elements
 * in MDX, `<script>` elements, and `javascript:`, `vbscript:` or
 * `data:text/html` addresses in links, images, link definitions and
 * HTML/JSX attributes (`href`, `src`, `action`, `formaction`, `srcdoc`…).
 * Attributes are read as a browser reads them: entities like `&#106;` and
 * hidden spaces or tabs inside the scheme do not hide it.
 *
 * Why: the site publishes an article's HTML as written; a script in it runs
 * on every customer's browser, under the help center's address.
 *
 * @example ok
 * ```mdx
 * [Contact us](https://example.com/contact) or <a href="mailto:help@example.com">write to us</a>.
 * ```
 *
 * @example not-ok
 * ```mdx
 * [Reset](javascript:alert(1)) the form.
 *
 * <img src="x.png" alt="Chart" onError={() => steal()} />
 * ```
 * @expect 1:1 Link "javascript:alert(1)" runs script when clicked: link to a page (https://…) or an article instead
 * @expect 3:30 Attribute "onError" runs script in the reader's browser: remove it (articles cannot run code)
 *
 * @example not-ok
 * ```md
 * <a href="&#106;avascript:void(0)" onclick="track()">Open</a>
 * ```
 * @expect 1:4 Link "&#106;avascript:void(0)" runs script when clicked: link to a page (https://…) or an article instead
 * @expect 1:35 Attribute "onclick" runs script in the reader's browser: remove it (articles cannot run code)
 */
import { defineRule } from '../lint/define-rule.ts';
import { allElements } from '../lint/html-elements.ts';
import { jsxAttributes } from '../lint/jsx.ts';
import type { SourceRange } from '../lint/source-range.ts';

const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'data', 'cite', 'srcset', 'srcdoc', 'to']);
const eventHandler = /^on[a-z]+$/i;

/** True when a URL would run script: scheme compared as a browser does (control characters and spaces removed, any case). */
export function isScriptUrl(url: string): boolean {
  // Browsers strip leading/trailing C0 controls and spaces, and remove tabs and newlines anywhere.
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '').toLowerCase();
  return cleaned.startsWith('javascript:') || cleaned.startsWith('vbscript:') || /^data:\s*text\/html/.test(cleaned);
}

function linkMessage(written: string): string {
  return `Link "${written}" runs script when clicked: link to a page (https://…) or an article instead`;
}

export default defineRule(
  'no-unsafe-html',
  (ctx) => {
    for (const type of ['link', 'image', 'definition'] as const) {
      for (const node of ctx.nodes(type)) {
        if (isScriptUrl(node.url)) ctx.report(linkMessage(node.url), node);
      }
    }
    const handler = (name: string, place: SourceRange | Parameters<typeof ctx.report>[1]) =>
      ctx.report(`Attribute "${name}" runs script in the reader's browser: remove it (articles cannot run code)`, place);
    for (const { elements } of ctx.html()) {
      for (const element of allElements(elements)) {
        if (element.name === 'script') {
          ctx.report('A <script> element runs code in the reader\'s browser: remove it (articles cannot run code)', { offset: element.start, endOffset: element.end });
          continue;
        }
        for (const attr of element.attributes) {
          const place = { offset: attr.start, endOffset: attr.end };
          if (eventHandler.test(attr.name)) handler(attr.name, place);
          else if (urlAttributes.has(attr.name) && isScriptUrl(attr.value)) {
            ctx.report(linkMessage(ctx.source.slice(attr.start, attr.end).replace(/^[^=]*=\s*["']?|["']$/g, '')), place);
          }
        }
      }
    }
    for (const element of [...ctx.nodes('mdxJsxFlowElement'), ...ctx.nodes('mdxJsxTextElement')]) {
      if (element.name === 'script') {
        ctx.report('A <script> element runs code in the reader\'s browser: remove it (articles cannot run code)', element);
        continue;
      }
      for (const attr of jsxAttributes(element)) {
        const place = attr.node.position ? attr.node : element;
        if (eventHandler.test(attr.name)) handler(attr.name, place);
        else if (attr.value !== undefined && (urlAttributes.has(attr.name.toLowerCase()) || /url|href|link/i.test(attr.name))) {
          const literal = attr.expression ? /^\s*(["'`])([\s\S]*)\1\s*$/.exec(attr.value)?.[2] : attr.value;
          if (literal !== undefined && isScriptUrl(literal)) ctx.report(linkMessage(literal), place);
        }
      }
    }
  },
  { onFallback: true },
);
