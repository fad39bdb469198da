/**
 * The generic webhook: the JSON body (`webhook-body.ts`) POSTed to the
 * configured URL with
 * - `Idempotency-Key: <request id>`, the same on every attempt;
 * - `X-KB-Timestamp: <unix seconds>` of this attempt;
 * - `X-KB-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">` with
 *   `KB_CONTACT_WEBHOOK_SECRET`, so a receiver can check the sender and
 *   refuse replays (an old timestamp).
 */
import { createHmac } from 'node:crypto';
import type { ContactTarget } from '../contact-delivery.ts';
import { httpOutcome, isAnswer, postJson } from './http-outcome.ts';
import { webhookBody } from './webhook-body.ts';

/** The signature header's value for `body` sent at `timestamp` (unix seconds). */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export function createWebhookTarget(options: { url: string; secret: string; now?: () => number }): ContactTarget {
  const now = options.now ?? Date.now;
  return {
    type: 'webhook',
    description: `webhook ${new URL(options.url).origin}${new URL(options.url).pathname}`,
    async send(delivery, signal) {
      const body = webhookBody(delivery);
      const timestamp = Math.floor(now() / 1000);
      const answer = await postJson(
        options.url,
        body,
        { 'Idempotency-Key': delivery.id, 'X-KB-Timestamp': String(timestamp), 'X-KB-Signature': signWebhook(options.secret, timestamp, body) },
        signal,
      );
      return isAnswer(answer) ? httpOutcome(answer) : answer;
    },
  };
}
