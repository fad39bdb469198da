/**
 * "Was this helpful?": Yes sends an up vote at once; No asks why (reason,
 * optional comment) and sends the down vote with them. A "No" left without
 * a reason is still sent when the customer leaves the page.
 */
import type { voteReasons } from '../../analytics-api/events/event-schema.ts';
import { track } from '../lib/tracker/index.ts';

type Reason = (typeof voteReasons)[number];

export function mountVoteWidget(root: HTMLElement): void {
  const article = root.dataset.article;
  const form = root.querySelector<HTMLFormElement>('.vote-reasons');
  const thanks = root.querySelector<HTMLElement>('.vote-thanks');
  const buttons = root.querySelectorAll<HTMLButtonElement>('[data-vote]');
  if (!article || !form || !thanks) return;
  root.hidden = false;
  let pendingDown = false;

  const done = (message: string) => {
    for (const button of buttons) button.disabled = true;
    form.hidden = true;
    thanks.textContent = message;
  };

  for (const button of buttons) {
    button.addEventListener('click', () => {
      if (button.dataset.vote === 'up') {
        track({ type: 'vote', article, vote: 'up' });
        done('Thanks for letting us know.');
      } else {
        pendingDown = true;
        form.hidden = false;
        form.querySelector<HTMLInputElement>('input[name="reason"]')?.focus();
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
    done('Thanks. We will use this to improve the article.');
  });
  addEventListener('pagehide', () => {
    if (pendingDown) track({ type: 'vote', article, vote: 'down' });
    pendingDown = false;
  });
}
