/**
 * The only script every page loads up front: the analytics tracker (when
 * configured), the article view event, and the search shortcuts.
 */
import { initTracker, track } from '../lib/tracker/index.ts';
import { bindSearchLauncher } from './search-launcher.ts';

initTracker();
const article = document.querySelector<HTMLElement>('[data-kb-article]')?.dataset.kbArticle;
if (article) track({ type: 'view', article });
bindSearchLauncher();
