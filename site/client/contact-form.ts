/**
 * The contact page's deflection and hand-off. While the customer types a
 * subject, matching articles appear (the site's search, with a relevance
 * cut-off: none when nothing is relevant); sending opens the helpdesk form (query
 * parameters) or an email (fields in the body) with the article they came
 * from, their last search and the anonymous session token.
 */
import { sessionId, track, trackSearch, trackSearchClick } from '../lib/tracker/index.ts';
import { h } from './dom.ts';
import { handOffUrl, type HandOff } from './hand-off-url.ts';
import { lastSearch } from './last-search.ts';
import { searchArticles } from './search-engine.ts';

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Most suggestions shown. */
const SUGGESTIONS = 5;
/**
 * The relevance cut-off: besides passing search's match rule, a suggestion
 * scores at least this share of the best one, so the list is never padded
 * with articles that merely share a word with the subject.
 */
const RELEVANCE_CUT_OFF = 0.4;

export function mountContactForm(form: HTMLFormElement): void {
  const param = new URLSearchParams(location.search).get('article') ?? '';
  const article = slugPattern.test(param) ? param : undefined;
  const subject = form.querySelector<HTMLInputElement>('input[name="subject"]');
  const box = form.querySelector<HTMLElement>('[data-contact-suggestions]');
  const list = box?.querySelector('ul');
  const status = form.querySelector<HTMLElement>('[data-contact-status]');
  if (!subject || !box || !list || !status) return;
  track({ type: 'contact_open', ...(article ? { article } : {}) });

  subject.addEventListener('input', () => {
    const text = subject.value.trim();
    if (text.length < 3) {
      box.hidden = true;
      return;
    }
    void searchArticles(text, {}, { pageSize: SUGGESTIONS, debounceMs: 250, typing: true, minScoreShare: RELEVANCE_CUT_OFF }).then((result) => {
      if (!result) return;
      trackSearch(result.query, result.total);
      list.replaceChildren(
        ...result.hits.map((hit, i) => {
          const link = h('a', { href: hit.url }, hit.title);
          link.addEventListener('click', () => trackSearchClick(text, hit.slug, i + 1));
          return h('li', { class: 'card' }, link);
        }),
      );
      box.hidden = result.hits.length === 0;
      status.textContent = result.hits.length === 0 ? '' : `${result.hits.length === 1 ? '1 article' : `${result.hits.length} articles`} may answer this, listed below the subject.`;
    }, () => undefined);
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const details = form.querySelector<HTMLTextAreaElement>('textarea[name="body"]')?.value.trim() ?? '';
    const fields: HandOff = { article, search: lastSearch(), session: sessionId(), subject: subject.value.trim(), details };
    track({ type: 'contact_submit', ...(article ? { article } : {}) });
    location.assign(handOffUrl(form.action, form.dataset.channel === 'form' ? 'form' : 'email', fields));
  });
}
