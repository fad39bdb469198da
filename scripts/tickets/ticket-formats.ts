/** The helpdesk export formats `kb tickets import` reads, each mapped onto the canonical ticket. */

export const ticketFormats = ['zendesk-csv', 'zendesk-explore-csv', 'zendesk-json', 'freshdesk-csv', 'freshdesk-json', 'helpscout-json', 'intercom-json', 'csv'] as const;

/** One export format. */
export type TicketFormat = (typeof ticketFormats)[number];

/** What each format is, for help text and messages. */
export const formatDescriptions: Record<TicketFormat, string> = {
  'zendesk-csv': 'Zendesk CSV export or view export (Id, Created at, Status, Subject, Solved at, Satisfaction Score, …)',
  'zendesk-explore-csv': 'Zendesk Explore report as CSV: duration columns (First reply time (min), … within business hours), replies, reopens, usually no text',
  'zendesk-json': 'Zendesk JSON tickets, one per line or in a "tickets" array, with metric_set',
  'freshdesk-csv': 'Freshdesk CSV export (Ticket ID, Subject, Status, Created time, Resolved time, …)',
  'freshdesk-json': 'Freshdesk API v2 tickets (array or one per line), with stats and requester',
  'helpscout-json': 'Help Scout conversations (API 2.0: _embedded.conversations, or an array)',
  'intercom-json': 'Intercom conversations (conversation.list, or an array)',
  csv: 'any CSV, with a column map file (--map) naming the column for each ticket field',
};
