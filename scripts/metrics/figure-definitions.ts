/**
 * The label and definition of every dashboard figure, written from the
 * configuration so they say exactly what was counted: calendar or business
 * hours, which tickets, which thresholds.
 */
import type { SupportSettings } from '../../plugins/config/support-config.ts';
import type { FigureKey } from './period-figures.ts';

/** How a figure is shown and what it means. */
export interface FigureInfo {
  label: string;
  unit: 'count' | 'hours' | 'percent' | 'ratio' | 'score' | 'points';
  /** Whether a rise is good news (for headlines); null when neither. */
  better: 'higher' | 'lower' | null;
  definition: string;
}

/** Labels and definitions for a configuration. */
export function figureInfo(support: SupportSettings): Record<FigureKey, FigureInfo> {
  const m = support.metrics;
  const h = support.business_hours;
  const businessHours = `business hours (${h.days.join(', ')} ${h.start}-${h.end}, ${support.time_zone}${h.holidays.length > 0 ? ', without holidays' : ''})`;
  const received = 'tickets received (created) in the period';
  const resolved = 'tickets resolved in the period (status solved or closed, solve time in the period)';
  const calendar = 'calendar hours (the clock never stops)';
  const helpdeskReply = "; where the export gives the helpdesk's own first reply time in minutes, that figure is used";
  const helpdeskBusiness = "; where the export gives the helpdesk's own business minutes (on its schedule), those are used";
  const helpdeskResolution = "; where the export gives the helpdesk's full resolution time (creation to the latest solve), that figure is used";
  const fcrReplies = `at most ${m.fcr_max_replies} agent repl${m.fcr_max_replies === 1 ? 'y' : 'ies'}`;
  return {
    'volume.total': { label: 'Total tickets', unit: 'count', better: null, definition: 'Tickets open at the start of the period plus tickets received in it.' },
    'volume.received': { label: 'New tickets received', unit: 'count', better: null, definition: `Tickets created in the period, in ${support.time_zone}.` },
    'volume.resolved': { label: 'Resolved', unit: 'count', better: 'higher', definition: `${resolved[0]!.toUpperCase()}${resolved.slice(1)}, whenever created.` },
    'volume.backlog': { label: 'Backlog', unit: 'count', better: 'lower', definition: 'Tickets not resolved at the end of the period (or now, while the period runs), whenever created.' },
    'first_response.mean_hours': { label: 'First response, mean', unit: 'hours', better: 'lower', definition: `Mean time to the first public agent reply, in ${calendar}, over ${received} that have a reply${helpdeskReply}; tickets without reply data are left out, never counted as late.` },
    'first_response.median_hours': { label: 'First response, median', unit: 'hours', better: 'lower', definition: `Median of the same times, in ${calendar}.` },
    'first_response.p95_hours': { label: `First response, p${m.percentile}`, unit: 'hours', better: 'lower', definition: `${m.percentile}th percentile of the same times, in ${calendar}; computed over every ticket by linear interpolation between ranks.` },
    'first_response.business_mean_hours': { label: 'First response, mean (business)', unit: 'hours', better: 'lower', definition: `The same mean counted in ${businessHours}${helpdeskBusiness}.` },
    'first_response.business_median_hours': { label: 'First response, median (business)', unit: 'hours', better: 'lower', definition: `The same median counted in ${businessHours}${helpdeskBusiness}.` },
    'first_response.business_p95_hours': { label: `First response, p${m.percentile} (business)`, unit: 'hours', better: 'lower', definition: `The same percentile counted in ${businessHours}${helpdeskBusiness}.` },
    'first_response.sla_percent': { label: 'First response SLA compliance', unit: 'percent', better: 'higher', definition: `Share of ${received} answered within their priority's first-response target (on the target's clock: business targets use the helpdesk's business minutes when exported); unanswered tickets past their due time count as missed, those not yet due are left out, and so are tickets solved without a reply and tickets whose reply time the export does not give on the target's clock (counted as unknown); with more unknown than judged tickets there is no figure.` },
    'resolution.mean_hours': { label: 'Resolution, mean', unit: 'hours', better: 'lower', definition: `Mean time from creation to resolution, in ${calendar}, over ${resolved}${helpdeskResolution}.` },
    'resolution.p95_hours': { label: `Resolution, p${m.percentile}`, unit: 'hours', better: 'lower', definition: `${m.percentile}th percentile of the same times, in ${calendar}, by linear interpolation between ranks.` },
    'resolution.business_mean_hours': { label: 'Resolution, mean (business)', unit: 'hours', better: 'lower', definition: `The same mean counted in ${businessHours}${helpdeskBusiness}.` },
    'resolution.business_p95_hours': { label: `Resolution, p${m.percentile} (business)`, unit: 'hours', better: 'lower', definition: `The same percentile counted in ${businessHours}${helpdeskBusiness}.` },
    'resolution.sla_percent': { label: 'Resolution SLA compliance', unit: 'percent', better: 'higher', definition: `Share of ${received} resolved within their priority's resolution target; open tickets past their due time count as missed, those not yet due are left out.` },
    'resolution.requester_wait_median_hours': { label: 'Requester wait, median', unit: 'hours', better: 'lower', definition: `Median of the helpdesk's requester wait time (Zendesk: time in the new, open and on-hold statuses) over ${resolved} whose export gives it, in ${calendar}.` },
    'resolution.requester_wait_business_median_hours': { label: 'Requester wait, median (business)', unit: 'hours', better: 'lower', definition: "The same median within business hours, as the helpdesk computed it on its schedule." },
    'quality.fcr_percent': { label: 'First contact resolution', unit: 'percent', better: 'higher', definition: `Share of ${resolved} with ${fcrReplies} and never reopened, among those with at least one agent reply: a ticket solved without a reply was no contact to resolve. Tickets whose export does not count replies or reopens are left out.` },
    'quality.one_touch_percent': { label: 'One-touch tickets (Zendesk)', unit: 'percent', better: 'higher', definition: `Zendesk's definition, for comparison with FCR: share of ${resolved} solved after fewer than 2 agent replies, tickets solved with none included and reopens not considered (Explore: % One-touch tickets), among those whose export counts replies.` },
    'quality.two_touch_percent': { label: 'Two-touch tickets (Zendesk)', unit: 'percent', better: null, definition: `Zendesk's definition: share of ${resolved} solved after exactly 2 agent replies (Explore: % Two-touch tickets).` },
    'quality.reopen_percent': { label: 'Reopen rate', unit: 'percent', better: 'lower', definition: `Share of ${resolved} that were reopened at least once, among those whose export counts reopens.` },
    'quality.tickets_per_customer': { label: 'Tickets per customer', unit: 'ratio', better: 'lower', definition: `${received[0]!.toUpperCase()}${received.slice(1)} with a known requester, divided by the number of distinct requesters (id, else email, else organization).` },
    'quality.csat_percent': { label: 'CSAT', unit: 'percent', better: 'higher', definition: `Share of rated ${resolved} rated ${m.csat_satisfied_min}-5 on 1-5 (or "good"); unrated tickets are left out.` },
    'quality.csat_mean': { label: 'CSAT mean', unit: 'score', better: 'higher', definition: `Mean of the 1-5 ratings of ${resolved}; good/bad ratings and unrated tickets are left out.` },
    'quality.csat_response_rate_percent': { label: 'CSAT response rate', unit: 'percent', better: 'higher', definition: `Rated ÷ (rated + surveyed without an answer), over ${received} whose export says whether a survey was sent (Zendesk: Good, Bad or Offered; Explore: % Satisfaction rated).` },
    'quality.nps': { label: 'NPS', unit: 'points', better: 'higher', definition: `% promoters (${m.nps_promoter_min}-10) minus % detractors (0-${m.nps_detractor_max}) among NPS answers given in the period (NPS file).` },
    'quality.escalation_percent': { label: 'Escalation rate', unit: 'percent', better: 'lower', definition: `Share of ${received} with an escalation flag from triage (support.escalation) or a tag in ${m.escalated_tags.map((t) => `"${t}"`).join(', ')}.` },
    'quality.deflection_percent': { label: 'Self-service deflection', unit: 'percent', better: 'higher', definition: 'Share of help-center visits with an article view that did not go on to contact support in the same visit (analytics).' },
    'backlog.oldest_open_hours': { label: 'Oldest open ticket', unit: 'hours', better: 'lower', definition: 'Age in calendar hours, at the end of the period (or now), of the oldest ticket in the backlog.' },
    'backlog.days_of_volume': { label: 'Backlog in days of volume', unit: 'ratio', better: 'lower', definition: 'Backlog divided by tickets received per day in the period.' },
  };
}
