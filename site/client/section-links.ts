/**
 * The "#" beside each section heading copies the section's full address
 * (and moves to it, as the plain link does without JavaScript).
 */
import { copyText } from './copy-text.ts';
import { uiText } from './ui-text.ts';

export function mountSectionLinks(root: ParentNode): void {
  for (const anchor of root.querySelectorAll<HTMLAnchorElement>('a.anchor')) {
    anchor.addEventListener('click', (event) => {
      event.preventDefault();
      history.replaceState(null, '', anchor.hash);
      document.getElementById(decodeURIComponent(anchor.hash.slice(1)))?.scrollIntoView();
      void copyText(anchor.href, uiText('section_link_copied')).then((copied) => {
        if (!copied) return;
        anchor.dataset.copied = '';
        setTimeout(() => delete anchor.dataset.copied, 2000);
      });
    });
  }
}
