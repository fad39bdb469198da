/**
 * Whether the helpdesk marked a ticket as a bug: its category or one of its
 * tags names one of `labels` as a word, in any case and spelling of the
 * separators — "bug", "Bug", "BUG", "bug_report", "Product bug",
 * "defect-ios" — not only a lowercase `bug` tag.
 */
import type { Ticket } from '../tickets/ticket-schema.ts';

const patterns = new Map<string, RegExp>();

function patternOf(labels: readonly string[]): RegExp {
  const key = labels.join('\u0000');
  let pattern = patterns.get(key);
  if (!pattern) {
    const words = labels.map((l) => l.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).filter(Boolean);
    pattern = new RegExp(`(^| )(${words.join('|')})s?( |$)`);
    patterns.set(key, pattern);
  }
  return pattern;
}

export function isBugTicket(ticket: Pick<Ticket, 'category' | 'tags'>, labels: readonly string[]): boolean {
  if (labels.length === 0) return false;
  const pattern = patternOf(labels);
  const words = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return (ticket.category !== null && pattern.test(words(ticket.category))) || ticket.tags.some((tag) => pattern.test(words(tag)));
}
