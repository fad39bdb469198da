/**
 * Sends a contact request to the analytics service (`POST /api/contact`)
 * and reads back its first-response promise. The outcome says what the
 * page does next: show the confirmation, say what to fix (the page words
 * it by the status, in its language), or hand the
 * customer to the helpdesk form or email when the service cannot take it
 * (not there, not configured, down, or unreachable).
 */
import type { FirstResponse } from './response-promise.ts';

/** What the page posts. */
export interface ContactRequestBody {
  email: string;
  name?: string;
  subject: string;
  message: string;
  website?: string;
  context: { article?: string; search?: string; page?: string; locale?: string; session?: string };
}

/** A refused request's HTTP status says what the customer can do: 413 shorten it, 429 wait, 400 and 415 check it. */
export type ContactOutcome = { kind: 'accepted'; id: string } | { kind: 'refused'; status: number } | { kind: 'unavailable' };

export async function sendContactRequest(endpoint: string, body: ContactRequestBody): Promise<ContactOutcome> {
  let response: Response;
  try {
    response = await fetch(endpoint, { method: 'POST', body: JSON.stringify(body), credentials: 'omit', headers: { 'content-type': 'application/json' } });
  } catch {
    return { kind: 'unavailable' };
  }
  const answer = (await response.json().catch(() => undefined)) as { id?: unknown } | undefined;
  if (response.status === 202 && typeof answer?.id === 'string') return { kind: 'accepted', id: answer.id };
  // The customer can fix these; anything else (404, 405, 5xx) means the service cannot take the request.
  if ([400, 413, 415, 429].includes(response.status)) return { kind: 'refused', status: response.status };
  return { kind: 'unavailable' };
}

/** The first-response target the request was given, or null when the service does not say. */
export async function fetchFirstResponse(endpoint: string, id: string): Promise<FirstResponse | null> {
  try {
    const response = await fetch(`${endpoint.replace(/\/$/, '')}/${encodeURIComponent(id)}`, { credentials: 'omit' });
    if (!response.ok) return null;
    const body = (await response.json()) as { first_response?: FirstResponse | null };
    return body.first_response ?? null;
  } catch {
    return null;
  }
}

/** Whether the service takes contact requests (`GET` on the endpoint answers `{"accepting": true}`); false when it is not there. */
export async function contactAvailable(endpoint: string): Promise<boolean> {
  try {
    const response = await fetch(endpoint, { credentials: 'omit' });
    if (!response.ok) return false;
    const body = (await response.json()) as { accepting?: unknown };
    return body.accepting === true;
  } catch {
    return false;
  }
}
