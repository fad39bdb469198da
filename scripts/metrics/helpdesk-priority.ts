/**
 * The helpdesk's own priority (Urgent, High, Normal, Low, as exported) on
 * the P0-P3 scale, by `support.priorities.helpdesk_map`, so reports can put
 * it beside the priority triage gives the same tickets.
 */
import { priorityIds, type PriorityId } from '../../plugins/config/support-config.ts';
import type { Ticket } from '../tickets/ticket-schema.ts';

/** A helpdesk priority on the P0-P3 scale, or `none` when the ticket has none (or one the map does not name). */
export type HelpdeskPriority = PriorityId | 'none';

/** Maps `priority` (a helpdesk word, or already P0-P3) with `map` (helpdesk word → P0-P3). */
export function helpdeskPriorityOf(priority: Ticket['priority'], map: Readonly<Partial<Record<string, PriorityId>>>): HelpdeskPriority {
  if (priority === null) return 'none';
  if ((priorityIds as readonly string[]).includes(priority)) return priority as PriorityId;
  return map[priority] ?? 'none';
}
