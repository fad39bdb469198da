/**
 * What a customer wrote before a ticket: whether this is their first
 * contact, and how many tickets they sent on the same topic (primary
 * category) within the repeat window. A customer is the requester (id, else
 * email), else the organization; tickets with none of these have no history.
 * Only earlier tickets count, so a ticket's flags do not change when later
 * tickets arrive.
 */
import type { Ticket } from '../tickets/ticket-schema.ts';
import { createdMs } from './ticket-times.ts';

const DAY = 86_400_000;

/** A ticket's history facts. `firstContact` is null when the customer is unknown. */
export interface HistoryFacts {
  customer: string | null;
  firstContact: boolean | null;
  /** Tickets on the same topic within the window, this one included (1 when unknown). */
  sameTopic: number;
}

/** Who "the same customer" is for a ticket, or null when the ticket does not say. */
export function customerKey(ticket: Ticket): string | null {
  if (ticket.requester_id) return `id:${ticket.requester_id}`;
  if (ticket.requester_email) return `email:${ticket.requester_email.toLowerCase()}`;
  if (ticket.organization) return `org:${ticket.organization.toLowerCase()}`;
  return null;
}

interface Entry {
  id: string;
  ms: number;
  category: string;
}

/** History of many tickets, answering per ticket. */
export interface CustomerHistory {
  factsFor(ticket: Ticket): HistoryFacts;
}

/** Indexes tickets (each with its primary category) by customer. */
export function buildCustomerHistory(items: Iterable<{ ticket: Ticket; category: string }>, windowDays: number): CustomerHistory {
  const byCustomer = new Map<string, Entry[]>();
  const position = new Map<string, { list: Entry[]; index: number }>();
  for (const { ticket, category } of items) {
    const key = customerKey(ticket);
    if (key === null) continue;
    let list = byCustomer.get(key);
    if (!list) byCustomer.set(key, (list = []));
    list.push({ id: ticket.id, ms: createdMs(ticket), category });
  }
  for (const list of byCustomer.values()) {
    list.sort((a, b) => a.ms - b.ms || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    list.forEach((entry, index) => position.set(entry.id, { list, index }));
  }
  const window = windowDays * DAY;
  return {
    factsFor(ticket) {
      const customer = customerKey(ticket);
      const at = position.get(ticket.id);
      if (customer === null || at === undefined) return { customer, firstContact: customer === null ? null : true, sameTopic: 1 };
      const self = at.list[at.index]!;
      let sameTopic = 1;
      for (let i = at.index - 1; i >= 0; i--) {
        const earlier = at.list[i]!;
        if (earlier.ms < self.ms - window) break;
        if (earlier.category === self.category) sameTopic++;
      }
      return { customer, firstContact: at.index === 0, sameTopic };
    },
  };
}
