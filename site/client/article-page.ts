/** The article page's script: feedback, "On this page", section links and code copy buttons. */
import { mountCodeCopy } from './code-copy.ts';
import { mountSectionLinks } from './section-links.ts';
import { trackSections } from './toc-tracker.ts';
import { mountVoteWidget } from './vote-widget.ts';

for (const root of document.querySelectorAll<HTMLElement>('[data-vote-widget]')) mountVoteWidget(root);
const toc = document.querySelector<HTMLElement>('[data-toc]');
if (toc) trackSections(toc);
const body = document.querySelector<HTMLElement>('#article-body');
if (body) {
  mountSectionLinks(body);
  mountCodeCopy(body);
}
