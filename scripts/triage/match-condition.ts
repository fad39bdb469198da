/**
 * Evaluates the `when:` of a routing, flag, escalation or root-cause rule
 * against what triage knows about a ticket. Every condition given must
 * hold; the answer lists, in words, why each one did, for `reasons`.
 */
import type { PriorityId, RuleCondition, Sentiment } from '../../plugins/config/support-config.ts';
import type { Customer } from '../churn/customer-schema.ts';
import { lifetimeValue, tenureDays } from '../churn/customer-directory.ts';
import type { Ticket } from '../tickets/ticket-schema.ts';
import type { CompiledSupport, ReadText } from './compile-support-rules.ts';
import type { HistoryFacts } from './customer-history.ts';
import { largestAmount } from './money-amounts.ts';

const MINUTE = 60_000;

/** Everything a rule may test about one ticket. */
export interface TicketFacts {
  ticket: Ticket;
  /** Normalized subject and description. */
  text: string;
  /** Language and stemmed forms that phrases are matched in. */
  read: ReadText;
  language: string;
  sentiment: Sentiment;
  /** The trained model's label, or null without a model. */
  predicted: string | null;
  category: string;
  secondary: readonly string[];
  priority: PriorityId;
  plan: string | null;
  customer: Customer | undefined;
  /** The customer's earlier tickets; computed on first use, since most rules never ask. */
  history(): HistoryFacts;
  created: number;
  /** When it was resolved, or null. */
  resolved: number | null;
  now: number;
}

const quote = (words: readonly string[]) => words.map((w) => `"${w}"`).join(', ');
const money = (n: number) => `$${Math.round(n).toLocaleString('en-US')}`;

/** Why the rule matched (one phrase per condition), or null when it did not. */
export function matchCondition(when: RuleCondition, facts: TicketFacts, rules: CompiledSupport): string[] | null {
  const because: string[] = [];
  const { ticket, customer } = facts;
  if (when.category) {
    if (!when.category.includes(facts.category)) return null;
    because.push(`category ${facts.category}`);
  }
  if (when.has_category) {
    const hit = [facts.category, ...facts.secondary].find((c) => when.has_category!.includes(c));
    if (hit === undefined) return null;
    because.push(`has category ${hit}`);
  }
  if (when.priority) {
    if (!when.priority.includes(facts.priority)) return null;
    because.push(`priority ${facts.priority}`);
  }
  if (when.plan) {
    if (facts.plan === null || !when.plan.some((p) => p.toLowerCase() === facts.plan!.toLowerCase())) return null;
    because.push(`plan ${facts.plan}`);
  }
  if (when.tags_any) {
    const tags = new Set(ticket.tags.map((t) => t.toLowerCase()));
    const hit = when.tags_any.find((t) => tags.has(t.toLowerCase()));
    if (hit === undefined) return null;
    because.push(`tag "${hit}"`);
  }
  if (when.mentions) {
    let said: string | null = null;
    for (const name of when.mentions) {
      const words = rules.phrases.get(name)?.find(facts.read) ?? [];
      if (words.length > 0) {
        said = `mentions ${name} (${quote(words)})`;
        break;
      }
    }
    if (said === null) return null;
    because.push(said);
  }
  if (when.text_any) {
    const words = rules.inline(when.text_any).find(facts.read);
    if (words.length === 0) return null;
    because.push(`says ${quote(words)}`);
  }
  if (when.language) {
    if (!when.language.includes(facts.language)) return null;
    because.push(`language ${facts.language}`);
  }
  if (when.sentiment) {
    if (!when.sentiment.includes(facts.sentiment)) return null;
    because.push(`sentiment ${facts.sentiment}`);
  }
  if (when.predicted) {
    if (facts.predicted === null || !when.predicted.includes(facts.predicted)) return null;
    because.push(`model predicts "${facts.predicted}"`);
  }
  if (when.repeat_issue !== undefined) {
    const { sameTopic } = facts.history();
    const repeat = sameTopic >= 2;
    if (repeat !== when.repeat_issue) return null;
    because.push(repeat ? `repeat issue (${sameTopic} tickets on ${facts.category} in ${rules.support.repeat_window_days} days)` : 'not a repeat issue');
  }
  if (when.first_contact !== undefined) {
    const { firstContact } = facts.history();
    if (firstContact === null || firstContact !== when.first_contact) return null;
    because.push(when.first_contact ? 'first contact' : 'not the first contact');
  }
  if (when.same_topic_tickets_at_least !== undefined) {
    const { sameTopic } = facts.history();
    if (sameTopic < when.same_topic_tickets_at_least) return null;
    because.push(`${sameTopic} tickets from the customer on ${facts.category} in ${rules.support.repeat_window_days} days`);
  }
  if (when.tenure_days_below !== undefined) {
    const days = customer ? tenureDays(customer, facts.created) : undefined;
    if (days === undefined || !(days < when.tenure_days_below)) return null;
    because.push(`customer for ${Math.floor(Math.max(0, days))} days`);
  }
  if (when.ltv_above !== undefined) {
    const ltv = customer ? lifetimeValue(customer, facts.created) : undefined;
    if (ltv === undefined || !(ltv > when.ltv_above)) return null;
    because.push(`lifetime value ${money(ltv)}`);
  }
  if (when.mrr_above !== undefined) {
    if (!customer || !(customer.mrr > when.mrr_above)) return null;
    because.push(`MRR ${money(customer.mrr)}`);
  }
  if (when.replies_at_least !== undefined) {
    // An export that does not count replies never meets a reply condition.
    if (ticket.replies === null || ticket.replies < when.replies_at_least) return null;
    because.push(`${ticket.replies} replies`);
  }
  if (when.unresolved !== undefined) {
    const open = facts.resolved === null;
    if (open !== when.unresolved) return null;
    because.push(open ? 'unresolved' : 'resolved');
  }
  if (when.unresolved_after_minutes !== undefined) {
    const mark = facts.created + when.unresolved_after_minutes * MINUTE;
    const stillOpen = (facts.resolved ?? facts.now) > mark;
    if (!stillOpen) return null;
    because.push(`unresolved after ${when.unresolved_after_minutes} min`);
  }
  if (when.amount_above !== undefined) {
    const amount = largestAmount(facts.text);
    if (!(amount > when.amount_above)) return null;
    because.push(`amount ${money(amount)}`);
  }
  return because;
}
