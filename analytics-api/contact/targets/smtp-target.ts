/**
 * Email over SMTP with nodemailer, for helpdesks that read a mailbox. The
 * message comes from `contact.deliver.from` with the customer as Reply-To,
 * and its Message-ID is made from the request id
 * (`<id@kb-contact.invalid>`), so a retry after a lost answer is the same
 * message to a mailbox that de-duplicates; `Idempotency-Key` and
 * `X-KB-Request-Id` headers carry the id too. SMTP 4xx answers and
 * connection errors are retried, 5xx (a permanent refusal) and failed
 * authentication are dead-lettered.
 */
import nodemailer from 'nodemailer';
import type { ContactTarget, DeliveryOutcome } from '../contact-delivery.ts';
import { ticketText } from './ticket-text.ts';

export interface SmtpTargetOptions {
  host: string;
  port: number;
  secure: boolean;
  from: string;
  to: string;
  user?: string | undefined;
  password?: string | undefined;
  timeoutMs: number;
}

export function createSmtpTarget(options: SmtpTargetOptions): ContactTarget {
  const transport = nodemailer.createTransport({
    host: options.host,
    port: options.port,
    secure: options.secure,
    ...(options.user ? { auth: { user: options.user, pass: options.password ?? '' } } : {}),
    connectionTimeout: options.timeoutMs,
    greetingTimeout: options.timeoutMs,
    socketTimeout: options.timeoutMs,
  });
  return {
    type: 'smtp',
    description: `smtp ${options.host}:${options.port} to ${options.to}`,
    async send(delivery, signal) {
      const { payload } = delivery;
      if (signal.aborted) return { ok: false, retry: true, status: null, message: 'no answer before the timeout' };
      try {
        const info = await transport.sendMail({
          from: options.from,
          to: options.to,
          replyTo: payload.name ? { name: payload.name, address: payload.email } : payload.email,
          subject: payload.subject,
          text: ticketText(delivery),
          messageId: `<${delivery.id}@kb-contact.invalid>`,
          headers: { 'Idempotency-Key': delivery.id, 'X-KB-Request-Id': delivery.id, ...(delivery.triage.priority ? { 'X-KB-Priority': delivery.triage.priority } : {}) },
        });
        return { ok: true, remoteId: info.messageId ?? null, status: 250 };
      } catch (error) {
        return smtpOutcome(error);
      }
    },
    close() {
      transport.close();
    },
  };
}

function smtpOutcome(error: unknown): DeliveryOutcome {
  const e = error as { responseCode?: number; code?: string; response?: string; message?: string };
  const message = `SMTP ${e.responseCode ?? e.code ?? 'error'}: ${(e.response ?? e.message ?? String(error)).replace(/\s+/g, ' ').trim()}`.slice(0, 500);
  if (e.code === 'EAUTH') return { ok: false, retry: false, status: e.responseCode ?? null, message: `${message} (check KB_SMTP_USER and KB_SMTP_PASSWORD)` };
  if (typeof e.responseCode === 'number' && e.responseCode >= 500) return { ok: false, retry: false, status: e.responseCode, message };
  return { ok: false, retry: true, status: e.responseCode ?? null, message };
}
