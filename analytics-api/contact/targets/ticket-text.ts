/**
 * The ticket body helpdesks get: the customer's message, then the context
 * the help center collected (article, last search, page, locale, plan,
 * session, request id, triage), as plain text or as escaped HTML for the
 * APIs whose body is HTML (Freshdesk, Help Scout). Customer text is never
 * passed through as markup.
 */
import { escapeHtml } from '../../../scripts/reports/html.ts';
import type { ContactDelivery } from '../contact-delivery.ts';

/** The context lines under the message, label and value, only those that are known. */
export function contextLines(delivery: ContactDelivery): Array<[string, string]> {
  const { context } = delivery.payload;
  const lines: Array<[string, string | null]> = [
    ['Article', context.article],
    ['Last search', context.search],
    ['Page', context.page],
    ['Locale', context.locale],
    ['Plan', context.plan],
    ['Session', context.session],
    ['Request id', delivery.id],
    ['Triage', [delivery.triage.priority, delivery.triage.category].filter(Boolean).join(', ') || null],
    ['First response due', delivery.triage.first_response_due],
  ];
  return lines.filter((line): line is [string, string] => line[1] !== null && line[1] !== '');
}

/** Plain text: the message, a rule, the context. */
export function ticketText(delivery: ContactDelivery): string {
  return `${delivery.payload.message}\n\n---\n${contextLines(delivery).map(([label, value]) => `${label}: ${value}`).join('\n')}\n`;
}

/** HTML: the message as escaped paragraphs, then the context as a list. */
export function ticketHtml(delivery: ContactDelivery): string {
  const paragraphs = delivery.payload.message
    .split(/\r?\n\s*\r?\n/)
    .map((p) => `<p>${escapeHtml(p).replace(/\r?\n/g, '<br>')}</p>`)
    .join('');
  const context = contextLines(delivery).map(([label, value]) => `<li>${escapeHtml(label)}: ${escapeHtml(value)}</li>`).join('');
  return `${paragraphs}<hr><ul>${context}</ul>`;
}

/** Helpdesk priority words for triage's P0-P3. */
export function helpdeskPriority(priority: string | null): 'urgent' | 'high' | 'normal' | 'low' {
  if (priority === 'P0') return 'urgent';
  if (priority === 'P1') return 'high';
  if (priority === 'P3') return 'low';
  return 'normal';
}
