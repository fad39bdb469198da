/**
 * Personal data out of ticket text before it is clustered, labelled or
 * quoted. Topics are built on a ticket's text with personal data removed
 * first, so a customer's name never shapes or names a topic and the same
 * complaint signed by six people is one topic. Names found in any ticket of
 * the batch (a sign-off, a greeting) are removed from all of them; the
 * placeholders are dropped from topic text so "[name]" is no topic word.
 */
import { learnNames, scrubBatch, scrubPersonalData, withoutPlaceholders } from '../../plugins/text/scrub-personal-data.ts';
import type { Ticket } from '../tickets/ticket-schema.ts';
import { ticketText } from './ticket-text.ts';

/** The scrubbers of one batch of tickets. */
export interface TicketScrubber {
  /** The text to cluster and label a ticket by. */
  topicText(ticket: Ticket): string;
  /** Text to show (an example subject, a quote): the full scrubber, with the batch's names. */
  shown(text: string): string;
}

/** Scrubs `tickets` once; `stopWords` (product and plan names) are never taken for names. */
export function createTicketScrubber(tickets: readonly Ticket[], stopWords: readonly string[]): TicketScrubber {
  const raw = tickets.map((t) => ticketText(t));
  const scrubbed = scrubBatch(raw, stopWords);
  const byId = new Map(tickets.map((t, i) => [t.id, withoutPlaceholders(scrubbed[i]!)]));
  let knownNames: Set<string> | undefined;
  return {
    topicText(ticket) {
      return byId.get(ticket.id) ?? withoutPlaceholders(scrubPersonalData(ticketText(ticket), { tagger: false, keep: stopWords }));
    },
    shown(text) {
      knownNames ??= learnNames(raw, stopWords);
      return scrubPersonalData(text, { knownNames, keep: stopWords });
    },
  };
}
