/**
 * Agents per weekday and hour (PLAYBOOK §3.7), hand-computed: with 14 days
 * of history every weekday occurs twice; 12 tickets on Mondays 09:00-09:59
 * are 6 an hour; 6 × 15 min / (60 × 0.75) = 2 agents exactly. 13 tickets
 * on Tuesdays 10:00 are 6.5 an hour → 2.1667 agents → 3 to schedule.
 */
import { describe, expect, it } from 'vitest';
import { buildStaffing } from '../../../scripts/staffing/build-staffing.ts';
import { formatStaffingMarkdown, staffingHeatmap } from '../../../scripts/staffing/format-staffing.ts';
import type { Ticket } from '../../../scripts/tickets/ticket-schema.ts';
import { supportConfig, ticket } from '../triage/support-fixtures.ts';

const support = supportConfig('staffing:\n  history_days: 14', 'Europe/Berlin');
// Now: Monday 23 Nov 2026, so the window is Mon 9 Nov to Sun 22 Nov (Berlin).
const NOW = Date.parse('2026-11-23T08:00:00Z');
const at = (iso: string, n: number): Ticket[] => Array.from({ length: n }, (_, i) => ticket({ created_at: iso.replace(':00:00', `:${String(i * 4).padStart(2, '0')}:00`) }));

const tickets = [
  ...at('2026-11-09T08:00:00Z', 6), // Mon 09:xx Berlin (UTC+1)
  ...at('2026-11-16T08:00:00Z', 6),
  ...at('2026-11-10T09:00:00Z', 7), // Tue 10:xx Berlin
  ...at('2026-11-17T09:00:00Z', 6),
  ...at('2026-11-23T07:00:00Z', 5), // today: outside the window
  ...at('2026-11-08T08:00:00Z', 5), // before the window
];

describe('staffing forecast', () => {
  const plan = buildStaffing(tickets, support, NOW);
  const cell = (weekday: string, hour: number) => plan.cells.find((c) => c.weekday === weekday && c.hour === hour)!;

  it('averages each weekday-hour over the days between the first and the last ticket of the window', () => {
    // Window Mon 9 to Sun 22 Nov; the tickets in it run from Mon 9 to Tue 17 Nov: 9 days, two Mondays and Tuesdays.
    expect(plan.weekday_counts).toEqual([2, 2, 1, 1, 1, 1, 1]);
    expect(plan).toMatchObject({ days: 9, from: '2026-11-08T23:00:00Z', to: '2026-11-17T23:00:00Z', window_days: 14, window_from: '2026-11-08T23:00:00Z', window_to: '2026-11-22T23:00:00Z' });
    expect(plan.tickets).toBe(25);
    expect(cell('Mon', 9)).toMatchObject({ tickets_per_hour: 6, agents: 2, agents_needed: 2 });
    expect(cell('Tue', 10).tickets_per_hour).toBe(6.5);
    expect(cell('Tue', 10).agents).toBeCloseTo(6.5 * 15 / 45, 12);
    expect(cell('Tue', 10).agents_needed).toBe(3);
    expect(cell('Wed', 9)).toMatchObject({ tickets_per_hour: 0, agents_needed: 0 });
    expect(plan.peak).toMatchObject({ weekday: 'Tue', hour: 10 });
    expect(plan.cells).toHaveLength(7 * 24);
  });

  it('reads occupancy and handle time from the configuration', () => {
    const slower = buildStaffing(tickets, supportConfig('staffing:\n  history_days: 14\n  handle_minutes: 30\n  occupancy: 0.5', 'Europe/Berlin'), NOW);
    // 6 tickets an hour × 30 min / (60 × 0.5) = 6 agents.
    expect(slower.cells.find((c) => c.weekday === 'Mon' && c.hour === 9)!.agents).toBe(6);
  });

  it('draws a heatmap and a table', async () => {
    const svg = await staffingHeatmap(plan);
    expect(svg).toMatch(/^<svg/);
    expect(svg).toContain('Agents needed by weekday and hour');
    const md = formatStaffingMarkdown(plan);
    expect(md).toMatch(/\| Mon \| +0 \|( +\d+ \|){8} +2 \|/);
    expect(md).toContain('Peak: Tue 10:00 with 6.50 tickets an hour → 3 agents.');
    expect(md).toContain('averaged per weekday over the 9 days from the first of them to the last (2026-11-09 to 2026-11-17, Europe/Berlin)');
  });

  it('divides by the days the data covers, not the whole window, and warns below four weeks', () => {
    // 61 days of one ticket a day at 10:00, inside a 90-day window: each weekday's hour averages exactly 1.
    const ninety = supportConfig('', 'UTC');
    const daily = Array.from({ length: 61 }, (_, i) => ticket({ created_at: new Date(Date.parse('2026-09-01T10:00:00Z') + i * 86_400_000).toISOString() }));
    const span = buildStaffing(daily, ninety, NOW);
    expect(span).toMatchObject({ days: 61, window_days: 90, tickets: 61, warning: null });
    expect(span.weekday_counts.reduce((a, b) => a + b, 0)).toBe(61);
    // Divided by the 90 days of the window it would read 9 / 13 Wednesdays.
    expect(span.cells.find((c) => c.weekday === 'Wed' && c.hour === 10)!.tickets_per_hour).toBe(1);
    expect(plan.warning).toBe('The data covers 9 days (under 4 weeks): too few to plan a rota on; import a longer export.');
    expect(formatStaffingMarkdown(plan)).toContain('Warning: The data covers 9 days');
  });
});
