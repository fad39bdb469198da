/**
 * A short, anonymized quote from a ticket for reports: the first sentences
 * of the description (else the subject), with emails, phone and account
 * numbers, links, handles and people's names removed by the shared
 * scrubber, cut at a word boundary.
 */
import { scrubPersonalData } from '../../plugins/text/scrub-personal-data.ts';
import type { Ticket } from '../tickets/ticket-schema.ts';

/** The quote, at most `maxChars` long; `scrub` may be a batch's scrubber that knows its names. */
export function quoteTicket(ticket: Pick<Ticket, 'subject' | 'description'>, maxChars: number, scrub: (text: string) => string = scrubPersonalData): string {
  const source = (ticket.description.trim() || ticket.subject.trim()).replace(/\s+/g, ' ');
  // Scrub a little more than is shown, so a name cut in half at the end is still caught.
  const scrubbed = scrub(source.slice(0, maxChars * 2)).trim();
  if (scrubbed.length <= maxChars) return scrubbed;
  const cut = scrubbed.slice(0, maxChars - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxChars / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:!?-]+$/, '')}…`;
}
