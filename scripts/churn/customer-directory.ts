/**
 * Finds the customer account a ticket belongs to: by `organization` (the
 * account's id or name, any case), else by the domain of the requester's
 * email. Lifetime value and tenure are derived here so triage and churn
 * agree on them.
 */
import type { Ticket } from '../tickets/ticket-schema.ts';
import type { Customer } from './customer-schema.ts';

const DAY = 86_400_000;
/** Average month length, for LTV from MRR and tenure. */
const MONTH_DAYS = 30.4375;

/** Lookup of customers by the fields tickets carry. */
export interface CustomerDirectory {
  readonly customers: readonly Customer[];
  /** The ticket's customer, or undefined when none matches. */
  forTicket(ticket: Ticket): Customer | undefined;
}

/** Indexes customers for {@link CustomerDirectory.forTicket}. */
export function createCustomerDirectory(customers: readonly Customer[]): CustomerDirectory {
  const byKey = new Map<string, Customer>();
  const byDomain = new Map<string, Customer>();
  // First row wins on a clash, so the file's order decides, not the map's.
  for (const c of customers) {
    for (const key of [c.id, c.name]) if (key) if (!byKey.has(key.toLowerCase())) byKey.set(key.toLowerCase(), c);
    for (const d of c.domains) if (!byDomain.has(d)) byDomain.set(d, c);
  }
  return {
    customers,
    forTicket(ticket) {
      if (ticket.organization) {
        const hit = byKey.get(ticket.organization.toLowerCase());
        if (hit) return hit;
      }
      const email = ticket.requester_email;
      const at = email?.lastIndexOf('@') ?? -1;
      if (email && at > 0) return byDomain.get(email.slice(at + 1).toLowerCase());
      return undefined;
    },
  };
}

/** An empty directory, for runs without a customers file. */
export const noCustomers: CustomerDirectory = createCustomerDirectory([]);

/** Lifetime value in dollars: the file's `ltv`, else MRR × months since `customer_since` (at `at`). */
export function lifetimeValue(customer: Customer, at: number): number | undefined {
  if (customer.ltv !== undefined) return customer.ltv;
  if (customer.customer_since === undefined) return undefined;
  return customer.mrr * Math.max(0, (at - customer.customer_since) / DAY / MONTH_DAYS);
}

/** Days between `customer_since` and `at`, or undefined when the start is unknown. */
export function tenureDays(customer: Customer, at: number): number | undefined {
  if (customer.customer_since === undefined) return undefined;
  return (at - customer.customer_since) / DAY;
}
