/**
 * Red flags (PLAYBOOK §3.3): conditions that call for an action this week,
 * each with the tickets or customers behind it.
 */
import { DateTime } from 'luxon';
import type { SupportSettings } from '../../plugins/config/support-config.ts';
import { fixed } from './format-value.ts';
import type { PeriodFigures } from './period-figures.ts';

/** One red flag; `raised` says whether it applies this period. */
export interface RedFlag {
  flag: 'low-csat' | 'slow-first-response' | 'high-reopen-rate' | 'repeat-customer' | 'nps-detractor';
  raised: boolean;
  /** What was found, or why it did not apply. */
  finding: string;
  /** What to do. */
  action: string;
  /** Ticket ids, customers or answers behind it. */
  items: string[];
}


/** Evaluates every red flag for one period. */
export function redFlags(figures: PeriodFigures, support: SupportSettings): RedFlag[] {
  const rules = support.red_flags;
  const zone = support.time_zone;
  const csatMean = figures.values['quality.csat_mean'];
  const reopen = figures.values['quality.reopen_percent'];
  const local = (ms: number) => DateTime.fromMillis(ms, { zone }).toFormat('ccc d LLL HH:mm');
  return [
    {
      flag: 'low-csat',
      raised: csatMean !== null && csatMean < rules.csat_mean_below,
      finding: csatMean === null ? 'no numeric ratings this period' : `mean CSAT ${fixed(csatMean, 2)} (flag below ${rules.csat_mean_below})`,
      action: `Audit the last ${rules.audit_tickets} resolved tickets.`,
      items: csatMean !== null && csatMean < rules.csat_mean_below ? figures.latestResolved : [],
    },
    {
      flag: 'slow-first-response',
      raised: figures.slowResponses.length > 0,
      finding: `${figures.slowResponses.length} ticket${figures.slowResponses.length === 1 ? '' : 's'} waited more than ${rules.first_response_sla_multiple}× the first-response SLA`,
      action: 'Find why these waited (queue, routing, staffing) and answer any still open now.',
      items: figures.slowResponses.map(
        (s) =>
          `${s.id} (${s.priority}, ${s.at_least ? 'at least ' : ''}${fixed(s.hours, 1)} h${s.at_least ? ' (business hours in the export)' : ''}${s.answered ? '' : ' and still unanswered'}, target ${fixed(s.target_hours, 2).replace(/\.?0+$/, '')} h)`,
      ),
    },
    {
      flag: 'high-reopen-rate',
      raised: reopen !== null && reopen > rules.reopen_rate_percent_above,
      finding: reopen === null ? 'no resolved tickets this period' : `reopen rate ${fixed(reopen, 1)}% (flag above ${rules.reopen_rate_percent_above}%)`,
      action: 'Review reopened tickets: answers that did not solve the problem, or tickets closed too early.',
      items: [],
    },
    {
      flag: 'repeat-customer',
      raised: figures.repeatCustomers.length > 0,
      finding: `${figures.repeatCustomers.length} customer${figures.repeatCustomers.length === 1 ? '' : 's'} sent ${rules.repeat_customer.tickets}+ tickets within ${rules.repeat_customer.days} days`,
      action: 'Reach out to them before they write again.',
      items: figures.repeatCustomers.map((c) => `${c.customer}: ${c.tickets} tickets (${c.ids.join(', ')})`),
    },
    {
      flag: 'nps-detractor',
      raised: figures.detractors.length > 0,
      finding:
        figures.counts.nps_responses === 0
          ? 'no NPS answers this period'
          : `${figures.detractors.length} detractor${figures.detractors.length === 1 ? '' : 's'} among ${figures.counts.nps_responses} NPS answers`,
      action: `Follow up within ${rules.detractor_follow_up_hours} h of the answer.`,
      items: figures.detractors.map((d) => `${d.customer ?? 'anonymous'}: score ${d.score}, follow up by ${local(d.follow_up_by)}`),
    },
  ];
}
