/**
 * A link to each section of an article: every `##` and `###` heading is
 * wrapped as `div.heading > [h2, a.anchor]`, the anchor pointing at the
 * heading's id (a plain link without JavaScript; the page's script turns a
 * click into "copy link"). The anchor sits beside the heading, not inside
 * it, so the heading's accessible name and the table of contents keep the
 * heading's own text. Its accessible name, "Link to the section <heading>",
 * comes from the heading itself and one shared label of the page
 * (`SECTION_LINK_LABEL_ID`, see `article-view.astro`), so the heading's
 * words are written once in the HTML. Ids are given here with the same
 * slugger Astro uses, so Astro keeps them and the anchors always match.
 */
import type { Element } from 'hast';
import Slugger from 'github-slugger';
import type { HastPluginEntry } from 'satteri';

/** Id of the page's hidden "Link to the section" text the anchors are named with. */
export const SECTION_LINK_LABEL_ID = 'section-link-label';

/** Headings that get an anchor. */
const LINKED = new Set(['h2', 'h3']);

function anchorFor(id: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['anchor'], href: `#${id}`, ariaLabelledby: `${SECTION_LINK_LABEL_ID} ${id}`, dataPagefindIgnore: '' },
    children: [{ type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] }],
  };
}

/** The Sätteri hast plugin; a fresh slugger per document, like Astro's heading ids. */
export function headingAnchorsPlugin(): HastPluginEntry {
  return () => {
    const slugger = new Slugger();
    return {
      name: 'kb-heading-anchors',
      element: {
        filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
        visit(node, ctx) {
          const text = ctx.textContent(node).trim();
          const existing = node.properties?.id;
          const id = typeof existing === 'string' ? existing : slugger.slug(text);
          if (typeof existing !== 'string') ctx.setProperty(node, 'id', id);
          if (!LINKED.has(node.tagName) || text === '') return;
          ctx.wrapNode(node, { type: 'element', tagName: 'div', properties: { className: ['heading'] }, children: [anchorFor(id)] });
        },
      },
    };
  };
}
