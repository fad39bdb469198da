/**
 * The dashboard pages (`/admin/`, `/admin/reports/`): sign in with the
 * service's read token, then the page's view. A wrong token is refused
 * with the service's reason and never stored; "Sign out" forgets it.
 */
import { forgetToken, savedToken, saveToken, type AdminFailure } from './admin-api.ts';
import { renderOverview } from './admin-overview.ts';
import { renderReports } from './admin-reports.ts';

export function mountAdmin(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-admin-signin]');
  const input = form?.querySelector<HTMLInputElement>('input');
  const error = root.querySelector<HTMLElement>('[data-admin-error]');
  const app = root.querySelector<HTMLElement>('[data-admin-app]');
  const content = root.querySelector<HTMLElement>('[data-admin-content]');
  const signOut = root.querySelector<HTMLButtonElement>('[data-admin-signout]');
  const status = root.querySelector<HTMLElement>('[data-admin-status]');
  if (!form || !input || !error || !app || !content || !signOut || !status) return;
  const render = root.dataset.view === 'reports' ? renderReports : renderOverview;

  const showSignIn = (message = '') => {
    app.hidden = true;
    form.hidden = false;
    error.textContent = message;
    if (message) input.focus();
  };
  const show = async (token: string, fresh: boolean): Promise<void> => {
    status.textContent = 'Loading…';
    const failure: AdminFailure | undefined = await render(content, token);
    status.textContent = '';
    if (!failure) {
      if (fresh) saveToken(token);
      form.hidden = true;
      app.hidden = false;
      return;
    }
    if (failure.kind === 'unauthorized') {
      forgetToken();
      showSignIn(`${fresh ? 'That token was not accepted' : 'Your session has ended'}: ${failure.message}`);
      return;
    }
    // The service is down or missing: say so where the data would be, keep the token for a retry.
    form.hidden = fresh ? false : true;
    app.hidden = fresh;
    if (fresh) error.textContent = failure.message;
    else content.replaceChildren(Object.assign(document.createElement('p'), { className: 'notice', role: 'alert', textContent: failure.message }));
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const token = input.value.trim();
    input.value = '';
    void show(token, true);
  });
  signOut.addEventListener('click', () => {
    forgetToken();
    content.replaceChildren();
    showSignIn();
    input.focus();
  });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    const token = savedToken();
    if (token && !app.hidden) void show(token, false);
  });
  const token = savedToken();
  if (token) void show(token, false);
  else showSignIn();
}
