/**
 * Gaps from exports that carry categories and tags but no text (a Zendesk
 * Explore report), the topic most tickets share, the one-word rule for
 * "covered", and bug labels in any case. The KB is test/fixtures/gaps/kb:
 * "Export timesheets for payroll" has payroll in its title; "approve"
 * appears only in article bodies.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../plugins/config/load-config.ts';
import type { KbConfig } from '../../../plugins/config/kb-config-schema.ts';
import { findGaps, type GapInputs } from '../../../scripts/gaps/find-gaps.ts';
import { isBugTicket } from '../../../scripts/gaps/is-bug-ticket.ts';
import { reportStopWords } from '../../../scripts/gaps/report-stop-words.ts';
import { createArticleSearch, type ArticleSearch } from '../../../scripts/kb-search/article-search.ts';
import { ticketSchema, type TicketInput } from '../../../scripts/tickets/ticket-schema.ts';

const kbDir = path.join(new URL('../../../', import.meta.url).pathname, 'test/fixtures/gaps/kb');
let config: KbConfig;
let search: ArticleSearch;

beforeAll(() => {
  config = loadConfig(kbDir);
  search = createArticleSearch(kbDir, { stopWords: reportStopWords(config) });
});

let next = 0;
const tickets = (n: number, fields: (i: number) => Partial<TicketInput>) =>
  Array.from({ length: n }, (_, i) => ticketSchema.parse({ id: `G${++next}`, created_at: `2026-03-0${2 + (i % 5)}T10:00:00Z`, ...fields(i) }));

function gaps(list: ReturnType<typeof tickets>) {
  const inputs: GapInputs = {
    period: { from: new Date('2026-03-02T00:00:00Z'), to: new Date('2026-03-09T00:00:00Z'), days: 7 },
    tickets: list,
    search,
    views: new Map(),
    votes: new Map(),
    zeroResults: [],
    hasAnalytics: false,
    config: config.reports,
    stopWords: reportStopWords(config),
  };
  return findGaps(inputs);
}

describe('topics from categories and tags', () => {
  it('makes one topic per helpdesk category when tickets have no text, matched against articles', () => {
    const report = gaps([
      ...tickets(12, () => ({ category: 'Payroll', tags: ['Payroll'] })),
      ...tickets(5, () => ({ category: 'Approvals', tags: ['Approvals'] })),
      ...tickets(2, () => ({ category: 'Claims' })),
      ...tickets(2, () => ({ category: 'claims ' })),
      ...tickets(2, () => ({ category: 'Rare' })),
      ...tickets(3, () => ({})),
    ]);
    expect(report.topics.map((t) => [t.label, t.tickets])).toEqual([['Payroll', 12], ['Approvals', 5], ['Claims', 4]]);
    expect(report.unclustered).toBe(5);
    const topic = (label: string) => report.topics.find((t) => t.label === label)!;
    // A one-word topic is covered only by an article with the word in its title or keywords.
    expect(topic('Payroll')).toMatchObject({ article: 'export-timesheets', action: 'covered' });
    // "approve" is in two article bodies, in no title or keywords: no article answers "Approvals".
    expect(topic('Approvals')).toMatchObject({ article: null, action: 'create' });
    expect(topic('Claims')).toMatchObject({ article: null, action: 'create' });
  });

  it('clusters tickets with tags only by their tags, keeping the tag most of them share', () => {
    const report = gaps([...tickets(14, (i) => ({ tags: i % 2 ? ['payroll', 'export'] : ['payroll'] })), ...tickets(4, () => ({ tags: ['kiosk', 'login'] }))]);
    expect(report.topics.map((t) => [t.label, t.tickets])).toEqual([['payroll export', 14], ['kiosk login', 4]]);
  });
});

describe('the topic most tickets are about', () => {
  it('does not disappear when it is most of the period', () => {
    // Words in more than half the tickets carry no topic for the clustering: here they are the whole topic.
    const phrasings = ['Password reset', 'password reset please', 'PASSWORD RESET!!', 'Password reset?'];
    const report = gaps([
      ...tickets(40, (i) => ({ subject: phrasings[i % phrasings.length]! })),
      ...tickets(6, () => ({ subject: 'How do I export timesheets to payroll?' })),
      ...tickets(5, () => ({ subject: 'Calendar sync error with Google' })),
    ]);
    expect(report.topics.map((t) => [t.label, t.tickets])).toEqual([['password reset', 40], ['export timesheets payroll', 6], ['calendar sync error', 5]]);
    expect(report.topics[0]!.article).toBe('reset-password');
    expect(report.unclustered).toBe(0);
  });
});

describe('bug escalation', () => {
  it('reads bug labels in any case and spelling, from the category or a tag', () => {
    const labels = config.reports.gaps.bug_labels;
    const is = (fields: Partial<TicketInput>) => isBugTicket(ticketSchema.parse({ id: 'x', created_at: '2026-03-02T10:00:00Z', ...fields }), labels);
    for (const fields of [{ tags: ['bug'] }, { tags: ['Bug'] }, { tags: ['BUG_report'] }, { category: 'Bug' }, { category: 'Product bugs' }, { tags: ['defect-ios'] }]) expect(is(fields), JSON.stringify(fields)).toBe(true);
    for (const fields of [{ tags: ['debug-mode'] }, { category: 'Billing' }, { tags: ['bugfix'] }, {}]) expect(is(fields), JSON.stringify(fields)).toBe(false);
  });

  it('escalates a topic of tickets the helpdesk categorised "Bug"', () => {
    const report = gaps([...tickets(6, () => ({ subject: 'Clock-in button crashes the app', category: 'Bug' }))]);
    expect(report.topics[0]).toMatchObject({ tickets: 6, escalate_bug: true });
  });
});
