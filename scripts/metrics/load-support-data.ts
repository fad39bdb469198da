/**
 * Loads what the support reports read: every ticket in the warehouse, the
 * customers and NPS files. Shared by `kb metrics`, `kb report weekly`,
 * `kb churn`, `kb voc` and `kb staffing`.
 */
import { existsSync } from 'node:fs';
import { UserError } from '../cli/user-error.ts';
import type { Ticket } from '../tickets/ticket-schema.ts';
import { listTickets } from '../warehouse/list-tickets.ts';
import { openWarehouse } from '../warehouse/open-warehouse.ts';
import { createdMs, isoUtc } from '../triage/ticket-times.ts';

/** Every ticket in the warehouse at `file`, oldest first; `otherwise` ends the hint given when there is no warehouse. */
export function loadWarehouseTickets(file: string, otherwise = 'point --db at the warehouse'): Ticket[] {
  if (!existsSync(file)) {
    throw new UserError(`No warehouse at ${file}: import tickets first with "kb tickets import FILE", or ${otherwise}.`);
  }
  const db = openWarehouse(file);
  try {
    return listTickets(db);
  } finally {
    db.close();
  }
}

/** "from X to Y" for the tickets held, for hints when a period is empty. */
export function ticketSpan(tickets: readonly Ticket[]): string {
  if (tickets.length === 0) return 'the warehouse holds no tickets';
  let min = Infinity;
  let max = -Infinity;
  for (const t of tickets) {
    const ms = createdMs(t);
    if (ms < min) min = ms;
    if (ms > max) max = ms;
  }
  return `the warehouse holds tickets created from ${isoUtc(min).slice(0, 10)} to ${isoUtc(max).slice(0, 10)}`;
}
