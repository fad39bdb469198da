/**
 * Churn risk per customer (PLAYBOOK §3.5): points for each signal found,
 * summed and capped at `max_score`, the level band the score falls in, and
 * the offer ceiling for the customer's MRR. Ticket signals read the
 * customer's tickets from the last `lookback_days` (30); account signals
 * come from the customers file and the usage file.
 */
import type { SupportSettings } from '../../plugins/config/support-config.ts';
import type { Ticket } from '../tickets/ticket-schema.ts';
import { compileSupportRules } from '../triage/compile-support-rules.ts';
import type { Sentiment } from '../../plugins/config/support-config.ts';
import { classifySentiment } from '../triage/classify-sentiment.ts';
import type { ReadText } from '../triage/compile-support-rules.ts';
import { createdMs, isoUtc } from '../triage/ticket-times.ts';
import { createCustomerDirectory } from './customer-directory.ts';
import type { Customer, UsageRow } from './customer-schema.ts';

const DAY = 86_400_000;

/** Signal names, as in `support.churn.signals`. */
export type ChurnSignal = keyof SupportSettings['churn']['signals'];

/** One signal that scored, with what was found. */
export interface ScoredSignal {
  signal: ChurnSignal;
  points: number;
  evidence: string;
}

/** One customer's risk. */
export interface ChurnRisk {
  id: string;
  name: string | null;
  plan: string | null;
  mrr: number;
  score: number;
  level: string;
  action: string;
  offer: string;
  signals: ScoredSignal[];
}

/** What {@link scoreChurn} needs. */
export interface ChurnInput {
  customers: readonly Customer[];
  usage: readonly UsageRow[];
  tickets: readonly Ticket[];
  support: SupportSettings;
  now: number;
}

/** The calendar month (`YYYY-MM`, UTC) `months` before the month of `ms`. */
function monthBefore(ms: number, months: number): string {
  const d = new Date(ms);
  const m = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months, 1));
  return `${m.getUTCFullYear()}-${String(m.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The level band and offer ceiling for a score and an MRR. */
export function churnBands(score: number, mrr: number, churn: SupportSettings['churn']): { level: string; action: string; offer: string } {
  const band = churn.levels.find((b) => score <= b.up_to) ?? churn.levels[churn.levels.length - 1]!;
  const offer = churn.offers.find((o) => o.mrr_below === undefined || mrr < o.mrr_below) ?? churn.offers[churn.offers.length - 1]!;
  return { level: band.level, action: band.action, offer: offer.offer };
}

/** Scores every customer; riskiest first (ties by id). */
export function scoreChurn(input: ChurnInput): ChurnRisk[] {
  const { support, now } = input;
  const churn = support.churn;
  const s = churn.signals;
  const rules = compileSupportRules(support);
  const phrase = (name: string) => rules.phrases.get(name)!;
  const directory = createCustomerDirectory(input.customers);
  const ticketsOf = new Map<Customer, Array<{ ticket: Ticket; at: number; read: ReadText; sentiment: Sentiment }>>();
  for (const ticket of input.tickets) {
    const customer = directory.forTicket(ticket);
    if (!customer) continue;
    let list = ticketsOf.get(customer);
    if (!list) ticketsOf.set(customer, (list = []));
    const raw = `${ticket.subject}\n${ticket.description}`;
    const read = rules.read(raw);
    list.push({ ticket, at: createdMs(ticket), read, sentiment: classifySentiment(raw, read, rules).sentiment });
  }
  const usage = new Map<string, Map<string, number>>();
  for (const row of input.usage) {
    let months = usage.get(row.customer_id);
    if (!months) usage.set(row.customer_id, (months = new Map()));
    months.set(row.month, (months.get(row.month) ?? 0) + row.usage);
  }
  const lastMonth = monthBefore(now, 1);
  const monthBeforeLast = monthBefore(now, 2);

  return input.customers
    .map((customer) => {
      const signals: ScoredSignal[] = [];
      const add = (signal: ChurnSignal, evidence: string | null) => {
        if (evidence !== null && s[signal].points > 0) signals.push({ signal, points: s[signal].points, evidence });
      };
      const all = (ticketsOf.get(customer) ?? []).filter((t) => t.at <= now).sort((a, b) => a.at - b.at || (a.ticket.id < b.ticket.id ? -1 : 1));
      const recent = all.filter((t) => t.at > now - churn.lookback_days * DAY);
      const said = (name: string, matcher = phrase(name)) => {
        for (const t of recent) {
          const words = matcher.find(t.read);
          if (words.length > 0) return `ticket ${t.ticket.id} (${isoUtc(t.at).slice(0, 10)}): "${words[0]}"`;
        }
        return null;
      };

      add('cancellation_request', customer.cancellation_requested ? 'cancellation requested (customers file)' : said('cancellation'));
      add('competitor_named', said('competitor', rules.competitors));
      const negativeWindow = all.filter((t) => t.at > now - s.negative_tickets.days * DAY && isNegative(t.ticket, t.sentiment));
      add('negative_tickets', negativeWindow.length >= s.negative_tickets.tickets ? `${negativeWindow.length} negative tickets in ${s.negative_tickets.days} days (${negativeWindow.map((t) => t.ticket.id).join(', ')})` : null);
      const months = usage.get(customer.id);
      const before = months?.get(monthBeforeLast);
      const after = months?.get(lastMonth);
      if (before !== undefined && after !== undefined && before > 0) {
        const drop = ((before - after) / before) * 100;
        add('usage_drop', drop > s.usage_drop.percent ? `usage ${after} in ${lastMonth}, down ${Math.round(drop)}% from ${before} in ${monthBeforeLast}` : null);
      }
      add('failed_payment', customer.failed_payment ? 'last charge failed (customers file)' : said('failed_payment'));
      const sinceLogin = customer.last_login_at === undefined ? undefined : (now - customer.last_login_at) / DAY;
      add('no_login', sinceLogin !== undefined && sinceLogin >= s.no_login.days ? `no login for ${Math.floor(sinceLogin)} days` : null);
      add('downgrade_request', customer.downgrade_requested ? 'downgrade requested (customers file)' : said('downgrade'));
      const renewal = s.renewal_without_engagement;
      if (customer.renewal_date !== undefined) {
        const untilRenewal = (customer.renewal_date - now) / DAY;
        const engagedSince = now - renewal.engagement_days * DAY;
        const loggedIn = customer.last_login_at !== undefined && customer.last_login_at > engagedSince;
        const wrote = all.some((t) => t.at > engagedSince);
        add(
          'renewal_without_engagement',
          untilRenewal >= 0 && untilRenewal < renewal.renewal_days && !loggedIn && !wrote
            ? `renews in ${Math.ceil(untilRenewal)} days; no login or ticket in ${renewal.engagement_days} days`
            : null,
        );
      }
      const score = Math.min(churn.max_score, signals.reduce((sum, x) => sum + x.points, 0));
      return { id: customer.id, name: customer.name ?? null, plan: customer.plan ?? null, mrr: customer.mrr, score, ...churnBands(score, customer.mrr, churn), signals };
    })
    .sort((a, b) => b.score - a.score || b.mrr - a.mrr || (a.id < b.id ? -1 : 1));
}

/** An angry or frustrated ticket (its sentiment), or a bad rating. */
export function isNegative(ticket: Ticket, sentiment: Sentiment): boolean {
  const s = ticket.satisfaction;
  if (s === 'bad' || (typeof s === 'number' && s <= 2)) return true;
  return sentiment === 'angry' || sentiment === 'frustrated';
}
