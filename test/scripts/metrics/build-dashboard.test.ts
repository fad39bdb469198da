/**
 * The dashboard on a fixture whose every figure was computed by hand.
 *
 * Fixture: test/fixtures/support/dst-week-tickets.json and dst-week-nps.csv,
 * reports.timezone America/New_York, business hours Mon-Fri 09:00-17:00.
 * Week 2026-W44 runs Mon 26 Oct 00:00 EDT (04:00Z) to Mon 2 Nov 00:00 EST
 * (05:00Z): 169 hours, because DST ends on Sun 1 Nov. W43 runs 19 Oct
 * 04:00Z to 26 Oct 04:00Z. "Now" is 5 Nov 12:00Z.
 *
 * Tickets (local New York time):
 * - A1 Mon 09:00, how-to P2, reply 30 min, solved after 4 h, CSAT 5.
 * - A2 Tue 16:00, "broken" P1, reply after 2 h (business: 1 h), solved Wed 10:00 (18 h; business 2 h), CSAT 2, 2 replies.
 * - A3 Wed 11:00, "outage" P0, reply 10 min, solved after 1.5 h, no CSAT (missing satisfaction), escalated (P0 open > 1 h).
 * - A4 Thu 09:00, how-to P2, reply 1 h, solved Fri 09:00 (24 h, exactly the P2 target; business 8 h), reopened, CSAT 3.
 * - A5 Sat 23:00 EDT, P2, reply Sun 10:00 EST (12 h), solved Sun 23:00 EST: 25 real hours for 24 wall-clock hours (DST); business 0.
 * - A6 Fri 15:00, P2, still open and unanswered.
 * - A7 Sun 1 Nov 23:30 EST (04:30Z on 2 Nov: W44 in New York, W45 in UTC), "feature request" P3, reply after 10 h, pending.
 * - A8 Tue 10:00, P2 raised to P1 by the enterprise plan, reply 45 min, solved after 2 h, CSAT "good".
 * - A9 Sat 10:00, P2, reply 30 min, solved after 1 h, CSAT 5 (a@x's third ticket in 6 days).
 * - B1-B3 in W43; B3 at Sun 25 Oct 23:30 EDT (03:30Z on 26 Oct: W43 in New York, W44 in UTC) is solved in W44.
 * - C1 created 5 Oct, still open.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDashboard, dashboardJson, type Dashboard, type DashboardFigure } from '../../../scripts/metrics/build-dashboard.ts';
import { formatDashboardMarkdown } from '../../../scripts/metrics/format-dashboard-md.ts';
import { loadNpsResponses } from '../../../scripts/metrics/nps-responses.ts';
import { weekPeriod } from '../../../scripts/metrics/report-period.ts';
import { ticketSchema } from '../../../scripts/tickets/ticket-schema.ts';
import { supportConfig } from '../triage/support-fixtures.ts';

// The figures were computed by hand with how-to questions at P2: the question rule (P3) is off here, it has its own tests in triage.
const support = supportConfig('priorities:\n  questions: { categories: [] }', 'America/New_York');
const tickets = (JSON.parse(readFileSync('test/fixtures/support/dst-week-tickets.json', 'utf8')) as unknown[]).map((t) => ticketSchema.parse(t));
const NOW = Date.parse('2026-11-05T12:00:00Z');
let d: Dashboard;
const fig = (key: string): DashboardFigure => d.figures.find((f) => f.key === key)!;

beforeAll(() => {
  d = buildDashboard({
    tickets,
    period: weekPeriod('2026-W44', support.time_zone),
    now: NOW,
    support,
    nps: loadNpsResponses('test/fixtures/support/dst-week-nps.csv', true),
  });
});

describe('the weekly dashboard on a hand-computed fixture (with a DST change)', () => {
  it('reads the week in the team time zone, 169 hours long', () => {
    expect(d.period).toEqual({ label: '2026-W44', from: '2026-10-26T04:00:00Z', to: '2026-11-02T05:00:00Z', time_zone: 'America/New_York', as_of: '2026-11-02T05:00:00Z' });
    expect(d.previous_period.label).toBe('2026-W43');
    expect(d.previous_period.from).toBe('2026-10-19T04:00:00Z');
  });

  it('counts volume: received, open at start, resolved whenever created, backlog', () => {
    // Received A1-A9 = 9 (B3 is W43, A7 is W44 in New York). Open at the start: B3, C1 = 2. Total 2 + 9 = 11.
    // Resolved in W44: A1 A2 A3 A4 A5 A8 A9 and B3 = 8. Backlog at the end: A6, A7, C1 = 3 (11 = 8 + 3).
    expect([fig('volume.total').value, fig('volume.received').value, fig('volume.resolved').value, fig('volume.backlog').value]).toEqual([11, 9, 8, 3]);
    // W43: received B1 B2 B3 = 3, open at start C1, resolved B1 B2, backlog B3 C1.
    expect([fig('volume.total').previous, fig('volume.received').previous, fig('volume.resolved').previous, fig('volume.backlog').previous]).toEqual([4, 3, 2, 2]);
    expect(fig('volume.received')).toMatchObject({ change: 6, change_percent: 200 });
  });

  it('splits new tickets by triaged priority and category', () => {
    // P0 A3; P1 A2 and A8 (enterprise bump); P3 A7; P2 the rest. W43: B2 P1, B1 and B3 P2.
    expect(d.by_priority.map((r) => [r.name, r.count, r.previous])).toEqual([['P0', 1, 0], ['P1', 2, 1], ['P2', 5, 2], ['P3', 1, 0]]);
    expect(d.by_category.map((r) => [r.name, r.count, r.previous, r.change])).toEqual([['how-to', 6, 2, 4], ['bug', 2, 1, 1], ['feature-request', 1, 0, 1]]);
    expect(d.current.receivedPerDay).toEqual([1, 2, 1, 1, 1, 2, 1]);
  });

  it('computes first-response times exactly, in calendar and business hours', () => {
    // Calendar hours, sorted: 1/6, 0.5, 0.5, 0.75, 1, 2, 10, 12 (A6 has no reply). Sum 26.91667 / 8.
    expect(fig('first_response.mean_hours').value).toBeCloseTo(26.916667 / 8, 6);
    // Median: rank (8-1) × 0.5 = 3.5 → between 0.75 and 1.
    expect(fig('first_response.median_hours').value).toBeCloseTo(0.875, 9);
    // p95: rank 7 × 0.95 = 6.65 → 10 + 0.65 × (12 - 10).
    expect(fig('first_response.p95_hours').value).toBeCloseTo(11.3, 9);
    // Business hours: A5 and A9 came at the weekend (0), A7 Sunday night (Mon 09:00-09:30 = 0.5), A2 Tue 16:00-17:00 (1).
    // Sorted: 0, 0, 1/6, 0.5, 0.5, 0.75, 1, 1 → mean 3.91667 / 8, median 0.5, p95 1.
    expect(fig('first_response.business_mean_hours').value).toBeCloseTo(3.916667 / 8, 6);
    expect(fig('first_response.business_median_hours').value).toBeCloseTo(0.5, 9);
    expect(fig('first_response.business_p95_hours').value).toBeCloseTo(1, 9);
    // W43: 1, 0.5, 10 → mean 3.8333, p95 rank 1.9 → 1 + 0.9 × 9 = 9.1.
    expect(fig('first_response.mean_hours').previous).toBeCloseTo(11.5 / 3, 9);
    expect(fig('first_response.p95_hours').previous).toBeCloseTo(9.1, 9);
    // W43 business: B1 1 (Tue 09-10), B2 0.5, B3 0.5 (Sun 23:30 to Mon 09:30) → p95 rank 1.9 → 0.5 + 0.9 × 0.5.
    expect(fig('first_response.business_p95_hours').previous).toBeCloseTo(0.95, 9);
  });

  it('computes SLA compliance per priority against 95% / 90%', () => {
    // First response: met A1 A3 A4 A7 A8 A9; missed A2 (2 h > 1 h), A5 (12 h > 4 h), A6 (unanswered, overdue) → 6/9.
    expect(fig('first_response.sla_percent').value).toBeCloseTo((6 / 9) * 100, 9);
    // Resolution: met A1 A3 A4 (24 h = target) A8 A9; missed A2 (18 h > 8 h), A5 (25 h > 24 h), A6 and A7 (open, overdue) → 5/9.
    expect(fig('resolution.sla_percent').value).toBeCloseTo((5 / 9) * 100, 9);
    expect(d.sla_compliance.map((r) => [r.priority, r.target_percent, r.first_response.met, r.first_response.breached, r.first_response.meets_target])).toEqual([
      ['P0', 95, 1, 0, true],
      ['P1', 95, 1, 1, false],
      ['P2', 90, 3, 2, false],
      ['P3', 90, 1, 0, true],
    ]);
    expect(d.sla_compliance.map((r) => [r.resolution.met, r.resolution.breached])).toEqual([[1, 0], [1, 1], [3, 2], [0, 1]]);
  });

  it('computes resolution times over tickets resolved in the week', () => {
    // A1 4, A2 18, A3 1.5, A4 24, A5 25 (DST), A8 2, A9 1, B3 33.5 → sum 109 / 8; p95 rank 6.65 → 25 + 0.65 × 8.5.
    expect(fig('resolution.mean_hours').value).toBeCloseTo(109 / 8, 9);
    expect(fig('resolution.p95_hours').value).toBeCloseTo(30.525, 9);
    // Business: 4, 2, 1.5, 8, 0, 2, 0, 8 (B3: Mon 26 Oct 09-17) → 25.5 / 8; p95 8.
    expect(fig('resolution.business_mean_hours').value).toBeCloseTo(25.5 / 8, 9);
    expect(fig('resolution.business_p95_hours').value).toBeCloseTo(8, 9);
  });

  it('computes FCR, reopens, CSAT with a missing rating, tickets per customer, NPS and escalations', () => {
    // FCR: one reply and never reopened: A1 A3 A5 A8 A9 B3 = 6 of 8 (A2 had 2 replies, A4 was reopened).
    expect(fig('quality.fcr_percent').value).toBeCloseTo(75, 9);
    expect(fig('quality.reopen_percent').value).toBeCloseTo(12.5, 9);
    // CSAT: A3 unrated is left out; 5 of 7 rated are 4-5 or good (A1 A5 A8 A9 B3). Mean of 5,2,3,4,5,5 = 4.0.
    expect(fig('quality.csat_percent').value).toBeCloseTo((5 / 7) * 100, 9);
    expect(fig('quality.csat_mean').value).toBeCloseTo(4, 9);
    expect(fig('quality.csat_mean').previous).toBeCloseTo(4.5, 9);
    // 9 tickets from 7 requesters (a@x sent 3).
    expect(fig('quality.tickets_per_customer').value).toBeCloseTo(9 / 7, 9);
    // NPS W44: 10, 9, 7, 3 → 50% - 25% = 25; W43: 6, 10 → 0.
    expect(fig('quality.nps')).toMatchObject({ value: 25, previous: 0, change: 25 });
    // Escalated: A3 only (P0 still open after 60 min) → 1 of 9.
    expect(fig('quality.escalation_percent').value).toBeCloseTo(100 / 9, 9);
    expect(fig('quality.deflection_percent').value).toBeNull();
  });

  it('ages the backlog', () => {
    // C1: 5 Oct 14:00Z to 2 Nov 05:00Z = 663 h; a week earlier 494 h; the change is the 169-hour week.
    expect(fig('backlog.oldest_open_hours')).toMatchObject({ value: 663, previous: 494, change: 169 });
    // 3 open / (9 received / 7 days).
    expect(fig('backlog.days_of_volume').value).toBeCloseTo(3 / (9 / 7), 9);
  });

  it('sets the health lights', () => {
    expect(d.health.map((l) => [l.signal, l.light])).toEqual([
      ['first_response_hours', 'green'],
      ['resolution_hours', 'green'],
      ['csat_percent', 'yellow'],
      ['fcr_percent', 'green'],
      ['backlog_days', 'yellow'],
      ['escalation_percent', 'green'],
    ]);
  });

  it('raises the red flags that apply', () => {
    const flags = Object.fromEntries(d.red_flags.map((f) => [f.flag, f]));
    // Mean CSAT is exactly 4.0: the flag is for below 4.0.
    expect(flags['low-csat']!.raised).toBe(false);
    // A6 waited 137 h unanswered, A5 12 h (> 2 × 4 h); A2 waited exactly 2 × 1 h, which is not more.
    expect(flags['slow-first-response']!.items).toEqual(['A6 (P2, 137.0 h and still unanswered, target 4 h)', 'A5 (P2, 12.0 h, target 4 h)']);
    expect(flags['high-reopen-rate']!.raised).toBe(false);
    expect(flags['repeat-customer']!.items).toEqual(['a@x.example: 3 tickets (A1, A4, A9)']);
    expect(flags['nps-detractor']!.items).toEqual(['b@x.example: score 3, follow up by Sat 31 Oct 10:00']);
  });

  it('writes definitions next to figures in Markdown and JSON', () => {
    const md = formatDashboardMarkdown(d);
    expect(md).toMatch(/\| First response, p95 \(business\) +\| 1\.0 h +\| 1\.0 h +\| \+0\.1 h \(\+5\.3%\) +\| The same percentile counted in business hours/);
    expect(md).toContain('business hours (mon, tue, wed, thu, fri 09:00-17:00, America/New_York)');
    expect(md).toMatch(/\| New tickets received +\| 9 +\| 3 +\| \+6 \(\+200\.0%\) +\|/);
    const json = dashboardJson(d) as { figures: Array<{ key: string; value: number; definition: string }> };
    const p95 = json.figures.find((f) => f.key === 'first_response.p95_hours')!;
    expect(p95.value).toBe(11.3);
    expect(p95.definition).toMatch(/linear interpolation/);
  });
});
