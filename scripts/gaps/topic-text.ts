/**
 * Personal data out of ticket text before it is clustered, labelled or
 * quoted. Topics are built on a ticket's text with personal data removed
 * first, so a customer's name never shapes or names a topic and the same
 * complaint signed by six people is one topic. Names found in any ticket of
 * the batch (a sign-off, a greeting) are removed from all of them; the
 * placeholders are dropped from topic text so "[name]" is no topic word.
 */
import { learnNames, scrubPersonalData, withoutPlaceholders } from '../../plugins/text/scrub-personal-data.ts';
import type { Ticket } from '../tickets/ticket-schema.ts';
import { ticketText } from './ticket-text.ts';

/** The scrubbers of one batch of tickets. */
export interface TicketScrubber {
  /** The text to cluster and label a ticket by (cached by ticket id). */
  topicText(ticket: Ticket): string;
  /** Text to show (an example subject, a quote): the full scrubber, with the batch's names. */
  shown(text: string): string;
}

/** Learns the names of `tickets` once; `stopWords` (product and plan names) are never taken for names. */
export function createTicketScrubber(tickets: readonly Ticket[], stopWords: readonly string[]): TicketScrubber {
  const raw = new Map(tickets.map((t) => [t.id, ticketText(t)]));
  const knownNames = learnNames(raw.values(), stopWords);
  const byText = new Map<string, string>();
  const byId = new Map<string, string>();
  return {
    topicText(ticket) {
      let text = byId.get(ticket.id);
      if (text === undefined) {
        const source = raw.get(ticket.id) ?? ticketText(ticket);
        text = byText.get(source);
        if (text === undefined) {
          text = withoutPlaceholders(scrubPersonalData(source, { knownNames, keep: stopWords, tagger: false }));
          byText.set(source, text);
        }
        byId.set(ticket.id, text);
      }
      return text;
    },
    shown(text) {
      return scrubPersonalData(text, { knownNames, keep: stopWords });
    },
  };
}
