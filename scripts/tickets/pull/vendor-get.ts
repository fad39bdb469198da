/**
 * GETs one page of a helpdesk API, patiently: a 429 waits for its
 * `Retry-After` (Zendesk, Freshdesk and Help Scout all send one), a
 * nearly spent rate-limit budget (`X-Rate-Limit-Remaining`,
 * `X-RateLimit-Remaining`, `X-RateLimit-Remaining-Minute` at 0) pauses
 * before the next call, and network errors and 5xx answers are retried
 * with backoff. Refusals (401, 403, 404, other 4xx) stop the pull with the
 * vendor's message and what to check.
 */
import { UserError } from '../../cli/user-error.ts';
import { parseRetryAfter } from '../../../analytics-api/contact/targets/retry-after.ts';
import { vendorMessage } from '../../../analytics-api/contact/targets/vendor-message.ts';

export interface VendorGetOptions {
  /** Who is asked, for messages ("Zendesk"). */
  vendor: string;
  /** The environment variables holding the credentials, for a 401's message. */
  credentials: string;
  /** Attempts for one page before the pull stops (default 6). */
  attempts?: number;
  /** Longest single wait, ms (default 10 minutes). */
  maxWaitMs?: number;
  /** Told about each wait, for the progress line. */
  onWait?: (ms: number, why: string) => void;
  sleep?: (ms: number) => Promise<void>;
}

const REMAINING = ['x-rate-limit-remaining', 'x-ratelimit-remaining', 'x-ratelimit-remaining-minute'];

/** Fetches `url` as JSON with `headers`; resolves with the body and the response headers. */
export async function vendorGet(url: string, headers: Record<string, string>, options: VendorGetOptions): Promise<{ body: unknown; headers: Headers }> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const attempts = options.attempts ?? 6;
  const maxWait = options.maxWaitMs ?? 600_000;
  let last = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let response: Response;
    try {
      response = await fetch(url, { headers: { accept: 'application/json', 'user-agent': 'kb-help-center', ...headers }, signal: AbortSignal.timeout(60_000) });
    } catch (error) {
      last = `no answer (${(error as { cause?: { code?: string } }).cause?.code ?? (error instanceof Error ? error.message : String(error))})`;
      await wait(backoff(attempt), last);
      continue;
    }
    const text = await response.text();
    if (response.status === 429) {
      const ms = parseRetryAfter(response.headers.get('retry-after') ?? response.headers.get('x-ratelimit-retry-after')) ?? 60_000;
      last = `rate limited (429)`;
      await wait(Math.min(ms, maxWait), `${options.vendor} rate limit: waiting ${Math.ceil(ms / 1000)} s as its Retry-After asks`);
      attempt--; // A rate-limit wait is not a failure; the vendor said when to come back.
      continue;
    }
    if (response.status >= 500) {
      last = vendorMessage(response.status, text);
      await wait(backoff(attempt), last);
      continue;
    }
    if (response.status === 401 || response.status === 403) {
      throw new UserError(`${options.vendor} refused the credentials (${vendorMessage(response.status, text)}). Fix: check ${options.credentials}.`);
    }
    if (response.status < 200 || response.status >= 300) {
      throw new UserError(`${options.vendor} refused ${new URL(url).pathname} (${vendorMessage(response.status, text)}).`);
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new UserError(`${options.vendor} answered ${new URL(url).pathname} with something that is not JSON: check the account address (${new URL(url).origin}).`);
    }
    const remaining = REMAINING.map((name) => response.headers.get(name)).find((v) => v !== null);
    if (remaining !== undefined && remaining !== null && Number(remaining) <= 0) {
      const ms = parseRetryAfter(response.headers.get('retry-after') ?? response.headers.get('x-ratelimit-retry-after')) ?? 5000;
      await wait(Math.min(ms, maxWait), `${options.vendor} rate limit spent: pausing ${Math.ceil(ms / 1000)} s`);
    }
    return { body, headers: response.headers };
  }
  throw new UserError(`${options.vendor} did not answer ${new URL(url).pathname} after ${attempts} attempts (last: ${last}). The pages saved so far are kept: run the same command again later to continue.`);

  async function wait(ms: number, why: string): Promise<void> {
    options.onWait?.(ms, why);
    await sleep(ms);
  }
}

function backoff(attempt: number): number {
  const base = Math.min(30_000, 500 * 2 ** (attempt - 1));
  return base / 2 + Math.random() * (base / 2);
}
