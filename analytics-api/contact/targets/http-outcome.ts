/**
 * Posts JSON to a target and classifies the answer the same way for every
 * HTTP target: 2xx delivered; 408, 429 and 5xx retried (with the target's
 * `Retry-After`); any other status refused for good with the vendor's
 * message; network errors and timeouts retried. Redirects are not followed:
 * credentials must never travel to a host the config did not name.
 */
import type { DeliveryOutcome } from '../contact-delivery.ts';
import { parseRetryAfter } from './retry-after.ts';
import { vendorMessage } from './vendor-message.ts';

/** Statuses worth another attempt besides 5xx. */
const RETRYABLE = new Set([408, 429]);

/** A sent request's status, headers and body text. */
export interface HttpAnswer {
  status: number;
  headers: Headers;
  body: string;
}

/** Posts `body` as JSON; resolves with the answer, or with a retryable outcome when nothing came back. */
export async function postJson(url: string, body: unknown, headers: Record<string, string>, signal: AbortSignal): Promise<HttpAnswer | DeliveryOutcome> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      body: typeof body === 'string' ? body : JSON.stringify(body),
      headers: { 'content-type': 'application/json', accept: 'application/json', 'user-agent': 'kb-help-center', ...headers },
      redirect: 'manual',
      signal,
    });
    return { status: response.status, headers: response.headers, body: await response.text() };
  } catch (error) {
    return networkOutcome(error, signal);
  }
}

/** The outcome of an answer; `remoteId` reads the ticket id from a 2xx answer. */
export function httpOutcome(answer: HttpAnswer, remoteId: (answer: HttpAnswer) => string | null = () => null): DeliveryOutcome {
  const { status } = answer;
  if (status >= 200 && status < 300) return { ok: true, remoteId: safeRemoteId(remoteId, answer), status };
  if (status >= 300 && status < 400) {
    return { ok: false, retry: false, status, message: `HTTP ${status}: redirected to ${answer.headers.get('location') ?? '(no location)'}; set the final URL in the config` };
  }
  const message = vendorMessage(status, answer.body);
  if (status >= 500 || RETRYABLE.has(status)) return { ok: false, retry: true, status, message, retryAfterMs: parseRetryAfter(answer.headers.get('retry-after')) };
  return { ok: false, retry: false, status, message };
}

/** A request that got no answer: a timeout, a refused or reset connection, a DNS failure. Always retried. */
export function networkOutcome(error: unknown, signal?: AbortSignal): DeliveryOutcome {
  if (signal?.aborted) return { ok: false, retry: true, status: null, message: 'no answer before the timeout (contact.delivery.timeout_seconds)' };
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const detail = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return { ok: false, retry: true, status: null, message: `no answer: ${detail}` };
}

/** True when `value` is an answer rather than an outcome. */
export function isAnswer(value: HttpAnswer | DeliveryOutcome): value is HttpAnswer {
  return 'body' in value && 'headers' in value;
}

function safeRemoteId(read: (answer: HttpAnswer) => string | null, answer: HttpAnswer): string | null {
  try {
    const id = read(answer);
    return id === null ? null : id.slice(0, 200);
  } catch {
    return null;
  }
}

/** Reads a JSON body, or undefined. */
export function jsonBody(answer: HttpAnswer): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(answer.body);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
