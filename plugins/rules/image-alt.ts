/**
 * @rule image-alt
 * Every image has alt text: Markdown images (`![alt](src)`), JSX `<img>`
 * and raw HTML `<img>` tags alike.
 *
 * Why: screen-reader users and customers on slow connections read the alt
 * text instead of the picture; for a screenshot it should say what the
 * customer would see.
 *
 * @example ok
 * ```mdx
 * ![The Schedule page with the Publish button at the top right](../images/schedule.png)
 * ```
 *
 * @example not-ok
 * ```mdx
 * ![](../images/schedule.png)
 *
 * <img src="../images/schedule.png" />
 * ```
 * @expect 1:1 Image "../images/schedule.png" has no alt text: describe what it shows, like ![The Billing page with the Update card button](…)
 * @expect 3:1 Image "../images/schedule.png" has no alt text: add alt="…" describing what it shows
 */
import { defineRule } from '../lint/define-rule.ts';
import { allElements, attribute } from '../lint/html-elements.ts';
import { jsxAttribute, jsxString } from '../lint/jsx.ts';

export default defineRule(
  'image-alt',
  (ctx) => {
    for (const node of ctx.nodes('image')) {
      if (!node.alt?.trim()) {
        ctx.report(`Image "${node.url}" has no alt text: describe what it shows, like ![The Billing page with the Update card button](…)`, node);
      }
    }
    for (const node of [...ctx.nodes('mdxJsxFlowElement'), ...ctx.nodes('mdxJsxTextElement')]) {
      if (node.name !== 'img') continue;
      const alt = jsxAttribute(node, 'alt');
      const hasAlt = alt !== undefined && (alt.expression || (alt.value ?? '').trim() !== '');
      if (!hasAlt) ctx.report(`Image "${jsxString(node, 'src') ?? 'image'}" has no alt text: add alt="…" describing what it shows`, node);
    }
    for (const { elements } of ctx.html()) {
      for (const element of allElements(elements)) {
        if (element.name !== 'img') continue;
        // role="presentation" marks a decorative image on purpose.
        if ((attribute(element, 'alt')?.value.trim() ?? '') !== '' || attribute(element, 'role')?.value === 'presentation') continue;
        const src = attribute(element, 'src')?.value ?? 'image';
        ctx.report(`Image "${src}" has no alt text: add alt="…" describing what it shows`, { offset: element.start, endOffset: element.end });
      }
    }
  },
  { onFallback: true },
);
