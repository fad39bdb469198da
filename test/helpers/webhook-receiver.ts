/**
 * A webhook receiver on 127.0.0.1 that checks the signature of every
 * request and answers from a script: a status (with headers), `'hang'` (no
 * answer, to hit the sender's timeout) or `'close'` (the socket dropped).
 * After the script it answers 200. Tests read what arrived.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Reply = number | { status: number; headers?: Record<string, string>; body?: string } | 'hang' | 'close';

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  /** Whether X-KB-Signature is the HMAC of "<X-KB-Timestamp>.<body>" with the secret. */
  signed: boolean;
  /** What it was answered. */
  reply: Reply;
}

export interface WebhookReceiver {
  url: string;
  port: number;
  received: Received[];
  /** Requests answered 2xx, by idempotency key. */
  accepted(): Map<string, Received[]>;
  /** Replaces the script of answers still to give. */
  script(replies: Reply[]): void;
  close(): Promise<void>;
}

export async function startWebhookReceiver(secret: string, replies: Reply[] = [], port = 0): Promise<WebhookReceiver> {
  let queue = [...replies];
  const received: Received[] = [];
  const hanging = new Set<import('node:http').ServerResponse>();
  const server: Server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      const reply = queue.shift() ?? 200;
      const timestamp = String(request.headers['x-kb-timestamp'] ?? '');
      const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`);
      const given = Buffer.from(String(request.headers['x-kb-signature'] ?? ''));
      received.push({ headers: request.headers, body, signed: given.length === expected.length && timingSafeEqual(given, expected), reply });
      if (reply === 'hang') {
        hanging.add(response);
        return;
      }
      if (reply === 'close') {
        request.socket.destroy();
        return;
      }
      const { status, headers = {}, body: answer = '{"ok":true}' } = typeof reply === 'number' ? { status: reply } : reply;
      response.writeHead(status, { 'content-type': 'application/json', ...headers });
      response.end(answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}/hooks/kb`,
    port: actual,
    received,
    accepted() {
      const map = new Map<string, Received[]>();
      for (const r of received) {
        const status = typeof r.reply === 'number' ? r.reply : typeof r.reply === 'object' ? r.reply.status : 0;
        if (status < 200 || status >= 300) continue;
        const key = String(r.headers['idempotency-key']);
        map.set(key, [...(map.get(key) ?? []), r]);
      }
      return map;
    },
    script(next) {
      queue = [...next];
    },
    async close() {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
