/**
 * Help Scout (Mailbox API 2.0): an OAuth2 token from the client-credentials
 * flow (`POST /v2/oauth2/token` with the app id and secret, kept in memory
 * until it expires), then `POST /v2/conversations` — an email conversation
 * in the configured inbox with one customer thread. A 401 on the
 * conversation means the token expired early: it is fetched again once in
 * the same attempt. The new conversation's id is the `Resource-ID` header.
 */
import type { ContactTarget, DeliveryOutcome } from '../contact-delivery.ts';
import { httpOutcome, isAnswer, jsonBody, postJson, type HttpAnswer } from './http-outcome.ts';
import { ticketHtml } from './ticket-text.ts';

export interface HelpScoutTargetOptions {
  /** `https://api.helpscout.net`, or `KB_HELPSCOUT_URL`. */
  baseUrl: string;
  appId: string;
  appSecret: string;
  mailboxId: number;
  tags: readonly string[];
  now?: () => number;
}

export function createHelpScoutTarget(options: HelpScoutTargetOptions): ContactTarget {
  const base = options.baseUrl.replace(/\/$/, '');
  const now = options.now ?? Date.now;
  let token: { value: string; expiresAt: number } | undefined;

  async function accessToken(signal: AbortSignal): Promise<string | DeliveryOutcome> {
    if (token && token.expiresAt > now()) return token.value;
    const answer = await postJson(`${base}/v2/oauth2/token`, { grant_type: 'client_credentials', client_id: options.appId, client_secret: options.appSecret }, {}, signal);
    if (!isAnswer(answer)) return answer;
    const outcome = httpOutcome(answer);
    if (!outcome.ok) return { ...outcome, message: `token request: ${outcome.message}` };
    const body = jsonBody(answer);
    const value = typeof body?.access_token === 'string' ? body.access_token : undefined;
    if (!value) return { ok: false, retry: true, status: answer.status, message: 'token request: the answer has no access_token' };
    const seconds = typeof body?.expires_in === 'number' ? body.expires_in : 3600;
    // Renew a minute early so a token never runs out between reading and using it.
    token = { value, expiresAt: now() + Math.max(0, seconds - 60) * 1000 };
    return value;
  }

  return {
    type: 'helpscout',
    description: `helpscout inbox ${options.mailboxId} at ${base}`,
    async send(delivery, signal) {
      const { payload } = delivery;
      const [firstName, ...rest] = (payload.name ?? '').split(/\s+/).filter(Boolean);
      const customer = { email: payload.email, ...(firstName ? { firstName } : {}), ...(rest.length > 0 ? { lastName: rest.join(' ') } : {}) };
      const body = {
        subject: payload.subject,
        customer,
        mailboxId: options.mailboxId,
        type: 'email',
        status: 'active',
        threads: [{ type: 'customer', customer: { email: payload.email }, text: ticketHtml(delivery) }],
        tags: [...options.tags],
      };
      let answer: HttpAnswer | DeliveryOutcome | undefined;
      for (let round = 0; round < 2; round++) {
        const bearer = await accessToken(signal);
        if (typeof bearer !== 'string') return bearer;
        answer = await postJson(`${base}/v2/conversations`, body, { authorization: `Bearer ${bearer}`, 'Idempotency-Key': delivery.id }, signal);
        if (!isAnswer(answer) || answer.status !== 401) break;
        token = undefined;
      }
      if (!answer || !isAnswer(answer)) return answer ?? { ok: false, retry: true, status: null, message: 'no answer' };
      return httpOutcome(answer, (a) => a.headers.get('resource-id'));
    },
  };
}
