/** The text of a ticket that says what it is about: subject, the start of the description, and tags. */
import type { Ticket } from '../tickets/ticket-schema.ts';

/** Characters of the description used: the question is asked at the start; signatures and quoted threads follow. */
const DESCRIPTION_CHARS = 600;

/** A line that starts a sign-off: what follows is a name and a signature, not the question. */
const SIGN_OFF = /^\s*(thanks|thank you|many thanks|cheers|regards|kind regards|best regards|best|sincerely|sent from my)\b[^\n]*$/im;

export function ticketText(ticket: Pick<Ticket, 'subject' | 'description' | 'tags'>): string {
  const tags = ticket.tags.map((tag) => tag.replace(/[_-]+/g, ' ')).join(' ');
  return `${ticket.subject}\n${questionPart(ticket.description)}\n${tags}`;
}

/** The start of a description, without the sign-off and what follows it. */
export function questionPart(description: string): string {
  const text = description.slice(0, DESCRIPTION_CHARS);
  const signOff = SIGN_OFF.exec(text);
  return signOff ? text.slice(0, signOff.index) : text;
}

/** What a person would call the ticket: its subject, else the first line of its description. */
export function ticketTitle(ticket: Pick<Ticket, 'subject' | 'description'>): string {
  const subject = ticket.subject.trim();
  if (subject) return subject;
  const firstLine = ticket.description.trim().split(/\n/, 1)[0] ?? '';
  return firstLine.length > 120 ? `${firstLine.slice(0, 117)}…` : firstLine;
}
