/**
 * @rule image-alt
 * Every image has alt text: Markdown images (`![alt](src)`) and `<img>`
 * tags alike.
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

export default defineRule('image-alt', (_tree, ctx) => {
  for (const node of ctx.nodes('image')) {
    if (!node.alt?.trim()) {
      ctx.report(`Image "${node.url}" has no alt text: describe what it shows, like ![The Billing page with the Update card button](…)`, node);
    }
  }
  for (const node of [...ctx.nodes('mdxJsxFlowElement'), ...ctx.nodes('mdxJsxTextElement')]) {
    if (node.name === 'img') {
      const attr = (name: string) => node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
      const alt = attr('alt');
      const src = attr('src');
      const srcText = typeof src?.value === 'string' ? src.value : 'image';
      const hasAlt = alt !== undefined && (typeof alt.value !== 'string' || alt.value.trim() !== '');
      if (!hasAlt) ctx.report(`Image "${srcText}" has no alt text: add alt="…" describing what it shows`, node);
    }
  }
});
