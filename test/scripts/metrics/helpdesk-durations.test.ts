/**
 * Figures from an export that gives durations, not event times (the shape of
 * a Zendesk Explore report: business-hours first reply times, full
 * resolution minutes, replies, reopens, survey states, a category list
 * column), computed by hand from test/fixtures/tickets/zendesk-explore-business.csv.
 *
 * Week 2023-W15 in Asia/Kolkata: Mon 10 Apr 00:00 to Mon 17 Apr 00:00 IST;
 * rows 297732-297741 are received in it (297741 at Sun 23:59:59), 297742 a
 * week before. "Now" is 20 Apr.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDashboard, type Dashboard } from '../../../scripts/metrics/build-dashboard.ts';
import { formatDashboardMarkdown } from '../../../scripts/metrics/format-dashboard-md.ts';
import { weekPeriod } from '../../../scripts/metrics/report-period.ts';
import { importTickets } from '../../../scripts/tickets/import-tickets.ts';
import type { Ticket } from '../../../scripts/tickets/ticket-schema.ts';
import { listTickets } from '../../../scripts/warehouse/list-tickets.ts';
import { createTempWarehouse } from '../../helpers/temp-warehouse.ts';
import { supportConfig } from '../triage/support-fixtures.ts';

const ZONE = 'Asia/Kolkata';
const NOW = Date.parse('2023-04-20T12:00:00Z');
let tickets: Ticket[];
// The figures were computed by hand with how-to questions at P2: the question rule (P3) is off here, it has its own tests in triage.
const questionsOff = 'priorities:\n  questions: { categories: [] }';
const dashboard = (yaml = ''): Dashboard =>
  buildDashboard({ tickets, period: weekPeriod('2023-W15', ZONE), now: NOW, support: supportConfig(yaml.startsWith('priorities:') ? `${questionsOff}${yaml.slice('priorities:'.length)}` : `${questionsOff}\n${yaml}`, ZONE) });
const value = (d: Dashboard, key: string) => d.figures.find((f) => f.key === key)!.value;

beforeAll(async () => {
  const temp = createTempWarehouse('kb-durations-');
  try {
    await importTickets(temp.db, new URL('../../fixtures/tickets/zendesk-explore-business.csv', import.meta.url).pathname, { timezone: ZONE });
    tickets = listTickets(temp.db);
  } finally {
    temp.close();
  }
});

describe('figures from helpdesk durations', () => {
  it('takes first reply times from the business minutes the helpdesk exported; no calendar times means none, not zero', () => {
    const d = dashboard();
    // Business minutes of the 8 answered new tickets: 15, 20, 30, 45, 60, 76, 120, 600 (297735 unanswered, 297736 solved without a reply).
    expect(value(d, 'first_response.business_mean_hours')).toBeCloseTo(966 / 8 / 60, 9);
    expect(value(d, 'first_response.business_median_hours')).toBeCloseTo((45 + 60) / 2 / 60, 9);
    // p95: rank 7 × 0.95 = 6.65 → 120 + 0.65 × 480 = 432 min.
    expect(value(d, 'first_response.business_p95_hours')).toBeCloseTo(7.2, 9);
    expect(value(d, 'first_response.mean_hours')).toBeNull();
    expect(d.current.counts).toMatchObject({ received: 10, answered: 0, answered_business: 8, helpdesk_business_replies: 8, reply_unknown: 0 });
    // The health light reads the business mean, and says so.
    expect(d.health[0]).toMatchObject({ figure: 'first_response.business_mean_hours', light: 'green', label: expect.stringContaining('business hours') });
  });

  it('never counts a ticket without reply data as missed: a calendar SLA cannot judge business minutes', () => {
    const d = dashboard();
    // All ten are P2 (no text to triage). Only 297735, open and unanswered since 12 Apr, is judged: missed.
    // With 9 of 10 unknown, a share of the one judged ticket would read as 0% compliance: there is no figure.
    expect(d.sla_compliance.find((r) => r.priority === 'P2')!.first_response).toMatchObject({ met: 0, breached: 1, pending: 0, unknown: 9, percent: null });
    expect(value(d, 'first_response.sla_percent')).toBeNull();
    const slow = d.red_flags.find((f) => f.flag === 'slow-first-response')!;
    // 297737 took 600 business minutes: at least 10 h, more than 2 × the 4 h target; no answered ticket reads "still unanswered".
    expect(slow.items).toEqual(['297735 (P2, 193.5 h and still unanswered, target 4 h)', '297737 (P2, at least 10.0 h (business hours in the export), target 4 h)']);
  });

  it('judges a business-clock target by the helpdesk business minutes', () => {
    const d = dashboard('sla:\n  targets:\n    P2: { clock: business }');
    // Within 240 business minutes: all answered but 297737 (600); 297735 overdue; 297736 needed no reply.
    expect(d.sla_compliance.find((r) => r.priority === 'P2')!.first_response).toMatchObject({ met: 7, breached: 2, unknown: 1 });
    expect(value(d, 'first_response.sla_percent')).toBeCloseTo((7 / 9) * 100, 9);
  });

  it('takes resolution times from full resolution minutes, calendar and business', () => {
    const d = dashboard();
    // Resolved in W15: 297732 (360 / 360), 297733 (1440 / 480), 297736 (30 / 0), 297738 (1560 / 600), 297739 (60 / 0).
    expect(value(d, 'volume.resolved')).toBe(5);
    expect(value(d, 'resolution.mean_hours')).toBeCloseTo(3450 / 5 / 60, 9);
    expect(value(d, 'resolution.business_mean_hours')).toBeCloseTo(1440 / 5 / 60, 9);
    // Requester wait (calendar) 90, 200, 30, 300, 15 → median 90 min.
    expect(value(d, 'resolution.requester_wait_median_hours')).toBeCloseTo(1.5, 9);
    // Backlog at the week's end: 297734, 297735, 297737, 297740, 297741 (solved on 17 Apr) and 297742 (reopened, open again).
    expect(value(d, 'volume.backlog')).toBe(6);
  });

  it('reports FCR without tickets solved with no reply, and Zendesk one-touch beside it', () => {
    const d = dashboard();
    // FCR: 297732 and 297739 (1 reply, never reopened) of the 4 resolved with a reply; 297736 (0 replies) is left out.
    expect(value(d, 'quality.fcr_percent')).toBeCloseTo(50, 9);
    // One-touch (Zendesk: fewer than 2 replies, solved): 297732, 297736, 297739 of 5; two-touch: 297733.
    expect(value(d, 'quality.one_touch_percent')).toBeCloseTo(60, 9);
    expect(value(d, 'quality.two_touch_percent')).toBeCloseTo(20, 9);
    expect(value(d, 'quality.reopen_percent')).toBeCloseTo(20, 9);
  });

  it('computes CSAT over resolved tickets and the response rate over new ones', () => {
    const d = dashboard();
    // Rated resolved: 5, 4, 2 → 2 of 3 satisfied, mean 11 / 3.
    expect(value(d, 'quality.csat_percent')).toBeCloseTo((2 / 3) * 100, 9);
    expect(value(d, 'quality.csat_mean')).toBeCloseTo(11 / 3, 9);
    // Surveyed new tickets: 297732 (5), 297733 (Offered), 297737 (Offered), 297738 (4), 297739 (2), 297740 (Offered), 297741 (5); rated 4 of 7.
    expect(value(d, 'quality.csat_response_rate_percent')).toBeCloseTo((4 / 7) * 100, 9);
  });

  it('breaks new tickets down by the helpdesk priority, its category and the channel', () => {
    const d = dashboard();
    expect(d.by_priority.map((r) => [r.name, r.count])).toEqual([['P0', 0], ['P1', 0], ['P2', 10], ['P3', 0]]);
    expect(d.by_helpdesk_priority.map((r) => [r.name, r.count])).toEqual([['P0', 2], ['P1', 2], ['P2', 4], ['P3', 2], ['none', 0]]);
    expect(d.by_channel.map((r) => [r.name, r.count])).toEqual([['email', 7], ['api', 1], ['chat', 1], ['web', 1]]);
    expect(d.by_helpdesk_category.map((r) => [r.name, r.count])).toEqual([['Claims', 6], ['none', 2], ['HR Queries', 1], ['Is my treatment covered (IMTC)', 1]]);
    const remapped = dashboard('priorities:\n  helpdesk_map: { Urgent: P1, High: P1 }');
    expect(remapped.by_helpdesk_priority.map((r) => [r.name, r.count])).toEqual([['P0', 0], ['P1', 4], ['P2', 4], ['P3', 2], ['none', 0]]);
    const md = formatDashboardMarkdown(d);
    expect(md).toContain('### New tickets by helpdesk priority');
    expect(md).toContain('### New tickets by channel');
    expect(md).toMatch(/First response: 0 of 10 new tickets have a calendar reply time, 8 a business one \(8 as the helpdesk computed it\)/);
    expect(md).toMatch(/\| P2 +\| 90% +\| — \(0 met, 1 missed, 9 unknown\)/);
  });
});
