/**
 * The feedback widget: Yes sends an up vote at once; No asks why (reason,
 * optional comment) and sends the down vote with them. A "No" left without
 * a reason is still sent when the customer leaves the page. The answer
 * stays pressed (`aria-pressed`) and is kept in this browser's
 * localStorage, never sent anywhere else, so a reload shows it again; a
 * customer can change it, which the API counts as one vote.
 */
import type { voteReasons } from '../../analytics-api/events/event-schema.ts';
import type { UiKey } from '../../plugins/locale/ui-strings.ts';
import { track } from '../lib/tracker/index.ts';
import { uiText } from './ui-text.ts';

type Reason = (typeof voteReasons)[number];
type Vote = 'up' | 'down';

interface Remembered {
  vote: Vote;
  /** The reason form was sent (or not needed). */
  done: boolean;
}

const key = (article: string) => `kb-vote:${article}`;

function recall(article: string): Remembered | undefined {
  try {
    const value = JSON.parse(localStorage.getItem(key(article)) ?? 'null') as Remembered | null;
    return value && (value.vote === 'up' || value.vote === 'down') ? value : undefined;
  } catch {
    return undefined;
  }
}

function remember(article: string, value: Remembered): void {
  try {
    localStorage.setItem(key(article), JSON.stringify(value));
  } catch {
    // Storage full or blocked: the vote is sent all the same, only not shown after a reload.
  }
}

const THANKS: Record<Vote, UiKey> = { up: 'vote_thanks_up', down: 'vote_thanks_down' };

export function mountVoteWidget(root: HTMLElement): void {
  const article = root.dataset.article;
  const form = root.querySelector<HTMLFormElement>('.vote-reasons');
  const thanks = root.querySelector<HTMLElement>('.vote-thanks');
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('[data-vote]')];
  if (!article || !form || !thanks) return;
  root.hidden = false;
  let pendingDown = false;

  const press = (vote: Vote | undefined) => {
    for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.vote === vote));
  };
  const finish = (vote: Vote) => {
    form.hidden = true;
    thanks.textContent = uiText(THANKS[vote]);
    remember(article, { vote, done: true });
  };
  const askWhy = () => {
    form.hidden = false;
    thanks.textContent = '';
    form.querySelector<HTMLInputElement>('input[name="reason"]')?.focus();
  };

  const before = recall(article);
  if (before) {
    press(before.vote);
    if (before.done) thanks.textContent = uiText(THANKS[before.vote]);
    else form.hidden = false;
  }

  for (const button of buttons) {
    button.addEventListener('click', () => {
      const vote: Vote = button.dataset.vote === 'up' ? 'up' : 'down';
      press(vote);
      if (vote === 'up') {
        pendingDown = false;
        track({ type: 'vote', article, vote: 'up' });
        finish('up');
      } else {
        pendingDown = true;
        remember(article, { vote: 'down', done: false });
        askWhy();
      }
    });
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const reason = (data.get('reason') as Reason | null) ?? undefined;
    const comment = String(data.get('comment') ?? '').trim();
    track({ type: 'vote', article, vote: 'down', reason, ...(comment ? { comment } : {}) });
    pendingDown = false;
    finish('down');
  });
  addEventListener('pagehide', () => {
    if (pendingDown) track({ type: 'vote', article, vote: 'down' });
    pendingDown = false;
  });
}
