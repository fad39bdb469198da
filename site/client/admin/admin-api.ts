/**
 * How the dashboard talks to the analytics service: every request carries
 * the read token in the `Authorization` header. The token lives in this
 * tab's sessionStorage only — never in an address, a cookie or
 * localStorage — so it is gone when the tab closes.
 */
import { siteBase } from '../site-base.ts';

const KEY = 'kb-admin-token';

export function savedToken(): string | undefined {
  try {
    return sessionStorage.getItem(KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function saveToken(token: string): void {
  try {
    sessionStorage.setItem(KEY, token);
  } catch {
    // Storage blocked: the dashboard still works until the page is left.
  }
}

export function forgetToken(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Nothing stored.
  }
}

/** Why a request gave no data. */
export type AdminFailure =
  | { kind: 'unauthorized'; message: string }
  | { kind: 'unreachable'; message: string }
  | { kind: 'error'; message: string };

export type AdminResult<T> = { ok: true; data: T } | { ok: false; failure: AdminFailure };

/** GETs `/api/admin/<path>` with the token; `as` says how to read the body. */
export async function adminGet<T>(path: string, token: string, as: 'json' | 'text' = 'json'): Promise<AdminResult<T>> {
  const url = `${siteBase()}api/admin/${path}`;
  let response: Response;
  try {
    response = await fetch(url, { headers: { Authorization: `Bearer ${token}`, Accept: as === 'json' ? 'application/json' : 'text/html' }, cache: 'no-store' });
  } catch {
    return { ok: false, failure: { kind: 'unreachable', message: `The analytics service does not answer at ${url}. Check that kb serve is running (or that your proxy forwards /api/ to it), then reload.` } };
  }
  if (response.status === 401 || response.status === 403) {
    let message = 'The token was refused.';
    try {
      message = ((await response.json()) as { error?: { message?: string } }).error?.message ?? message;
    } catch {
      // Not the API's JSON: keep the plain message.
    }
    return { ok: false, failure: { kind: 'unauthorized', message } };
  }
  const type = response.headers.get('content-type') ?? '';
  if (response.status >= 500 || (as === 'json' && !type.includes('application/json'))) {
    return { ok: false, failure: { kind: 'unreachable', message: `The analytics service is not reachable at ${url} (HTTP ${response.status}). Is the site served by kb serve, with the API beside it?` } };
  }
  if (!response.ok) {
    return { ok: false, failure: { kind: 'error', message: `The service answered HTTP ${response.status} for ${path}.` } };
  }
  return { ok: true, data: (as === 'json' ? await response.json() : await response.text()) as T };
}
