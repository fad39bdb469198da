/**
 * The only script every page loads up front: the analytics tracker (when
 * configured), the article view event, the search shortcuts, and the
 * banner's last day.
 */
import { initTracker, track } from '../lib/tracker/index.ts';
import { bindSearchLauncher } from './search-launcher.ts';

initTracker();
const article = document.querySelector<HTMLElement>('[data-kb-article]')?.dataset.kbArticle;
if (article) track({ type: 'view', article });
bindSearchLauncher();

// A page built before the banner's last day may be read after it.
const banner = document.querySelector<HTMLElement>('.site-banner[data-until]');
if (banner) {
  const now = new Date();
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  if (today > (banner.dataset.until ?? today)) banner.hidden = true;
}
