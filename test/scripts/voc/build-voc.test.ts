/** Voice of the customer: topics with counts and scrubbed quotes, requests by plan, bugs, praise, root causes, the 10x rule. */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../plugins/config/load-config.ts';
import { supportSettings } from '../../../plugins/config/support-config.ts';
import { monthPeriod } from '../../../scripts/metrics/report-period.ts';
import type { Ticket } from '../../../scripts/tickets/ticket-schema.ts';
import { buildVoc, type VocReport } from '../../../scripts/voc/build-voc.ts';
import { formatVocMarkdown } from '../../../scripts/voc/format-voc.ts';
import { ticket } from '../triage/support-fixtures.ts';

// The 10x thresholds come from the content-gap settings; low here so a small fixture reaches them.
const config = parseConfig('contact:\n  email: help@example.com\nreports:\n  gaps:\n    ten_x_per_month: 5\n    bug_escalation_per_month: 4\n', 'kb.config.yaml');
const support = supportSettings(config);
const day = (d: number) => `2026-11-${String(d).padStart(2, '0')}T10:00:00Z`;

const tickets: Ticket[] = [
  ticket({ created_at: day(2), subject: 'Password reset email never arrived', description: "Hi, I'm John Smith. The password reset email never arrived. Call me at +1 415 555 0100 or write to john.smith@acme.example." }),
  ticket({ created_at: day(3), subject: 'Password reset email not arriving', description: 'The password reset email is not arriving in my inbox.' }),
  ticket({ created_at: day(4), subject: 'No password reset email', description: 'I asked for a password reset email twice and got nothing.' }),
  ticket({ created_at: day(5), subject: 'Reset password email missing', description: 'Reset password email is missing, checked spam too.' }),
  ticket({ created_at: day(6), subject: 'Password reset email never came', description: 'Password reset email never came for my manager Maria Lopez.' }),
  ticket({ created_at: day(7), subject: 'Feature request: dark mode', description: 'Please add a dark mode for night shifts.', plan: 'pro' }),
  ticket({ created_at: day(8), subject: 'Dark mode please', description: 'Feature request: a dark mode would be nice.', plan: 'pro' }),
  ticket({ created_at: day(9), subject: 'Any plans for dark mode?', description: 'Suggestion: dark mode for the schedule screen.', plan: 'enterprise' }),
  ticket({ created_at: day(10), subject: 'Calendar sync crashes', description: 'The calendar sync crashes every morning.' }),
  ticket({ created_at: day(11), subject: 'Calendar sync crash', description: 'Calendar sync crashes when I open the app.' }),
  ticket({ created_at: day(12), subject: 'Calendar sync is broken', description: 'Calendar sync crashes and is broken since the update.' }),
  ticket({ created_at: day(13), subject: 'Calendar sync crashed again', description: 'The calendar sync crashed again today.' }),
  ticket({ created_at: day(14), subject: 'Thanks!', description: 'Thank you so much, great support from your team.' }),
  ticket({ created_at: day(15), subject: 'Great job', description: 'Great job on the new schedule view, we love it.' }),
  ticket({ created_at: '2026-10-30T10:00:00Z', subject: 'Password reset email never arrived', description: 'October ticket, outside the month.' }),
];
let r: VocReport;

beforeAll(() => {
  r = buildVoc({ tickets, period: monthPeriod('2026-11', 'UTC'), now: Date.parse('2026-12-01T00:00:00Z'), config, support, stopWords: [] });
});

describe('voice of the customer', () => {
  it('counts the month only', () => {
    expect(r.period.label).toBe('2026-11');
    expect(r.tickets).toBe(14);
  });

  it('finds the top pain points with counts and anonymized quotes', () => {
    const top = r.pain_points[0]!;
    expect(top.tickets).toBe(5);
    expect(top.topic).toMatch(/reset|email|password/);
    expect(top.quotes).toHaveLength(2);
    const quotes = top.quotes.join(' ');
    expect(quotes).not.toMatch(/John|Smith|415|acme\.example/);
    expect(quotes).toContain('[email]');
    expect(quotes).toContain('[phone]');
    expect(quotes).toContain('[name]');
  });

  it('lists feature requests with the plans that ask', () => {
    expect(r.feature_requests).toHaveLength(1);
    expect(r.feature_requests[0]).toMatchObject({ tickets: 3, segments: [{ plan: 'pro', tickets: 2 }, { plan: 'enterprise', tickets: 1 }] });
  });

  it('ranks bugs by volume with their severity and escalates past the monthly threshold', () => {
    expect(r.bugs[0]).toMatchObject({ tickets: 4, severity: 'P1', escalate: true });
  });

  it('collects praise', () => {
    expect(r.praise.tickets).toBe(2);
    expect(r.praise.quotes[0]).toBe('Thank you so much, great support from your team.');
  });

  it('shares root causes with the action each implies', () => {
    const total = r.root_causes.reduce((sum, c) => sum + c.tickets, 0);
    expect(total).toBe(14);
    const bug = r.root_causes.find((c) => c.cause === 'product-bug')!;
    expect(bug).toMatchObject({ tickets: 4, action: 'Send the bug to engineering with its ticket count and the customers it blocks.' });
    expect(bug.share_percent).toBeCloseTo((4 / 14) * 100, 9);
    expect(r.root_causes.find((c) => c.cause === 'missing-feature')?.tickets).toBe(3);
  });

  it('applies the 10x rule', () => {
    expect(r.ten_x.map((t) => [t.tickets, t.action.split(':')[0]])).toEqual([
      [5, 'Add in-app guidance'],
      [4, 'Escalate to engineering as P1'],
    ]);
  });

  it('renders every section in Markdown', () => {
    const md = formatVocMarkdown(r);
    for (const heading of ['# Voice of the customer — 2026-11', '## Top pain points', '## Feature requests', '## Bugs by volume', '## Praise', '## Root causes', '## The 10x rule']) {
      expect(md).toContain(heading);
    }
  });
});
