/**
 * The contact page's deflection and sending. While the customer types a
 * subject, matching articles appear (the site's search, with a relevance
 * cut-off: none when nothing is relevant). Sending posts the request to
 * the analytics service, which records the one `contact_submit` event,
 * and shows a confirmation with the request id, the first-response
 * promise of its triaged priority and the articles suggested. When the
 * service cannot take it, sending opens the helpdesk form (query
 * parameters) or an email (fields in the body) with the article they came
 * from, their last search and the anonymous session token, as it does
 * without JavaScript.
 */
import { sessionId, track, trackSearch, trackSearchClick } from '../lib/tracker/index.ts';
import { contactAvailable, fetchFirstResponse, sendContactRequest } from './contact-request.ts';
import { h } from './dom.ts';
import { handOffUrl, type HandOff } from './hand-off-url.ts';
import { lastSearch } from './last-search.ts';
import { responsePromise } from './response-promise.ts';
import { cancelSearches, searchArticles } from './search-engine.ts';
import { uiCount, uiParts, uiText } from './ui-text.ts';

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
  const endpoint = form.dataset.endpoint ?? '';
  let suggested: Array<{ url: string; title: string }> = [];
  // Only a service that says it takes requests gets them; otherwise the page stays a hand-off, as without JavaScript.
  const available = endpoint ? contactAvailable(endpoint) : Promise.resolve(false);
  void available.then((yes) => {
    if (yes) enableApiFields(form);
  });

  subject.addEventListener('input', () => {
    const text = subject.value.trim();
    if (text.length < 3) {
      box.hidden = true;
      suggested = [];
      return;
    }
    void searchArticles(text, {}, { pageSize: SUGGESTIONS, debounceMs: 250, typing: true, minScoreShare: RELEVANCE_CUT_OFF }).then((result) => {
      if (!result) return;
      trackSearch(result.query, result.total);
      suggested = result.hits.map((hit) => ({ url: hit.url, title: hit.title }));
      list.replaceChildren(
        ...result.hits.map((hit, i) => {
          const link = h('a', { href: hit.url }, hit.title);
          link.addEventListener('click', () => trackSearchClick(text, hit.slug, i + 1));
          return h('li', { class: 'card' }, link);
        }),
      );
      box.hidden = result.hits.length === 0;
      status.textContent = result.hits.length === 0 ? '' : uiCount('contact_suggested_one', 'contact_suggested_other', result.hits.length);
    }, () => undefined);
  });

  let sending = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (sending) return;
    // Suggestions the customer never saw are moot once they send: they are neither shown nor logged as a search.
    cancelSearches();
    const details = form.querySelector<HTMLTextAreaElement>('textarea[name="body"]')?.value.trim() ?? '';
    const fields: HandOff = { article, search: lastSearch(), session: sessionId(), subject: subject.value.trim(), details };
    const handOff = () => {
      track({ type: 'contact_submit', ...(article ? { article } : {}) });
      location.assign(handOffUrl(form.action, form.dataset.channel === 'form' ? 'form' : 'email', fields));
    };
    sending = true;
    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
    const label = button?.textContent ?? '';
    if (button) button.disabled = true;
    const value = (name: string) => form.querySelector<HTMLInputElement>(`[name="${name}"]`)?.value.trim() ?? '';
    const done = () => {
      sending = false;
      if (button) {
        button.disabled = false;
        button.textContent = label;
      }
    };
    void available.then(async (yes) => {
      if (!yes) {
        done();
        return handOff();
      }
      if (button) button.textContent = uiText('contact_sending');
      const outcome = await sendContactRequest(endpoint, {
        email: value('email'),
        ...(value('name') ? { name: value('name') } : {}),
        subject: fields.subject,
        message: details,
        ...(value('website') ? { website: value('website') } : {}),
        context: { ...(article ? { article } : {}), ...(fields.search ? { search: fields.search } : {}), page: location.pathname + location.search, locale: document.documentElement.lang || undefined, session: fields.session },
      });
      done();
      if (outcome.kind === 'unavailable') return handOff();
      if (outcome.kind === 'refused') return showError(form, refusal(outcome.status));
      const first = await fetchFirstResponse(endpoint, outcome.id);
      showConfirmation(form, outcome.id, responsePromise(first, form.dataset.responseTime ?? '', { text: uiText, language: document.documentElement.lang || 'en' }), suggested);
    });
  });
}

/** The email and name fields are for posting to the service: without JavaScript they stay disabled and are not submitted. */
function enableApiFields(form: HTMLFormElement): void {
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  if (button) button.textContent = uiText('contact_send');
  const details = form.querySelector<HTMLElement>('[data-details-label]');
  if (details) details.textContent = uiText('contact_details');
  for (const part of form.querySelectorAll<HTMLFieldSetElement | HTMLElement>('[data-api-fields]')) {
    part.hidden = false;
    if (part instanceof HTMLFieldSetElement) part.disabled = false;
    for (const control of part.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) {
      control.disabled = false;
      if (control.dataset.required !== undefined) control.required = true;
    }
  }
}

/** What the customer reads when the service refused the request, by its status (the service's own message is for developers, in English). */
function refusal(status: number): string {
  if (status === 413) return uiText('contact_refused_too_long');
  if (status === 429) return uiText('contact_refused_busy');
  return uiText('contact_refused');
}

function showError(form: HTMLFormElement, message: string): void {
  const error = form.querySelector<HTMLElement>('[data-contact-error]');
  if (!error) return;
  error.textContent = message;
  error.hidden = false;
}

function showConfirmation(form: HTMLFormElement, id: string, promise: string, suggested: ReadonlyArray<{ url: string; title: string }>): void {
  const panel = document.querySelector<HTMLElement>('[data-contact-confirmation]');
  if (!panel) return;
  const articles = suggested.length === 0 ? [] : [h('p', {}, uiText('contact_while_you_wait')), h('ul', { class: 'card-list' }, ...suggested.map((s) => h('li', { class: 'card' }, h('a', { href: s.url }, s.title))))];
  panel.replaceChildren(
    h('h2', { tabindex: '-1' }, uiText('contact_sent_title')),
    h('p', {}, ...uiParts('contact_sent', { promise, id: h('code', { 'data-request-id': true }, id) })),
    ...articles,
  );
  form.hidden = true;
  panel.hidden = false;
  panel.querySelector<HTMLElement>('h2')?.focus();
}
