/**
 * One table test per triage rule and number of PLAYBOOK §2: priority
 * keywords, the security override, the enterprise bump, every route (first
 * match wins), every flag and escalation with its boundary, and the SLA
 * targets and warning thresholds.
 */
import { describe, expect, it } from 'vitest';
import { createCustomerDirectory } from '../../../scripts/churn/customer-directory.ts';
import { customerSchema } from '../../../scripts/churn/customer-schema.ts';
import { triageTickets, type TriageResult } from '../../../scripts/triage/triage-tickets.ts';
import type { Ticket } from '../../../scripts/tickets/ticket-schema.ts';
import { supportConfig, ticket } from './support-fixtures.ts';

const support = supportConfig();
const NOW = Date.parse('2026-11-16T10:05:00Z');
const triageOne = (t: Ticket, options: Partial<Parameters<typeof triageTickets>[2]> = {}): TriageResult =>
  triageTickets([t], support, { now: NOW, ...options })[0]!;
const customers = (rows: Array<Record<string, unknown>>) => createCustomerDirectory(rows.map((r) => customerSchema.parse(r)));

describe('priority (PLAYBOOK §2.1)', () => {
  it.each([
    ['P0', 'outage', 'There is an outage in the EU region'],
    ['P0', 'down', 'The whole app is down for us'],
    ['P0', 'data loss', 'We had data loss after the update'],
    // With the helpdesk category set, the keyword and not a category decides.
    ['P0', 'deleted … files', 'All files were deleted after the update', 'billing'],
    ['P0', "can't log in … everyone", "Since 9am everyone can't log in, the whole company is blocked"],
    ['P0', 'cannot log in … all users', 'All users cannot log in. Please hurry'],
    ['P0', 'payment failed', 'Payment failed when we paid the invoice'],
    ['P1', 'broken', 'The shift export is broken'],
    ['P1', 'not working', 'Clock-in is not working on my phone'],
    ['P1', 'error', 'I get an error when I save a shift'],
    ['P1', 'billing issue', 'I have a billing issue with last month'],
    ['P3', 'feature request', 'Feature request: colour shifts by role'],
    ['P3', 'nice to have', 'A dark theme would be nice to have'],
    ['P3', 'suggestion', 'A small suggestion about the calendar view'],
  ])('%s for the keyword "%s"', (priority, keyword, description, category: string | null = null) => {
    const result = triageOne(ticket({ subject: 'Help', description, category }));
    expect(result.priority).toBe(priority);
    expect(result.reasons.priority).toBe(`${priority} keyword "${keyword}"`);
  });

  it('P2 when no keyword matches and the ticket is no question', () => {
    const result = triageOne(ticket({ subject: 'Email address', description: 'My profile still shows the old email address' }));
    expect(result.priority).toBe('P2');
    expect(result.reasons.priority).toBe('no priority keyword: default P2');
  });

  it('P3 for a how-to or general question with no more urgent keyword', () => {
    const result = triageOne(ticket({ subject: 'Question about shifts', description: 'Can my team see each other in the app?' }));
    expect(result.priority).toBe('P3');
    expect(result.reasons.priority).toBe('a how-to question with no more urgent priority keyword: P3');
    expect(triageOne(ticket({ subject: 'Hello', description: 'Quick one about the weekly view' })).priority).toBe('P3');
  });

  it.each([
    ['"down" inside drop-down', 'The drop-down for roles lists old roles'],
    ['"down" as part of a word', 'Where do I download the payroll file?'],
    ["can't log in for one person only", "I can't log in on my new laptop"],
    ['"error" as part of a word', 'The errorless import finished'],
  ])('no P0/P1 for %s', (_case, description) => {
    expect(triageOne(ticket({ subject: 'Help', description })).priority).toMatch(/^P[23]$/);
  });

  it('checks the most urgent keywords first', () => {
    const result = triageOne(ticket({ subject: 'Suggestion', description: 'Suggestion: after the outage, show a banner' }));
    expect(result.priority).toBe('P0');
  });

  it('category security forces P0 whatever the words say', () => {
    const result = triageOne(ticket({ subject: 'Feature request', description: 'A nice to have', category: 'security' }));
    expect(result).toMatchObject({ priority: 'P0', category: 'security', route: 'security-team' });
    expect(result.reasons.priority).toBe('category "security" forces P0');
  });

  it.each([
    ['P3', 'P2', 'Feature request: export to PDF'],
    ['P2', 'P1', 'My profile shows the old email address'],
    ['P1', 'P0', 'The export is broken'],
    ['P0', 'P0', 'Total outage right now'],
  ])('the enterprise plan raises %s to %s', (before, after, description) => {
    expect(triageOne(ticket({ subject: 'Help', description, plan: 'pro' })).priority).toBe(before);
    const raised = triageOne(ticket({ subject: 'Help', description, plan: 'enterprise' }));
    expect(raised.priority).toBe(after);
    expect(raised.reasons.priority).toContain('plan "enterprise"');
  });

  it('reads the plan from the customers file when the ticket has none', () => {
    const directory = customers([{ id: 'acme', plan: 'enterprise', mrr: '900' }]);
    const result = triageOne(ticket({ subject: 'Help', description: 'The export is broken', organization: 'ACME' }), { customers: directory });
    expect(result.priority).toBe('P0');
  });
});

describe('category tags (PLAYBOOK §2.2)', () => {
  it.each([
    ['billing', 'I was charged twice on my invoice'],
    ['bug', 'The app crashes when I open the calendar'],
    ['how-to', 'How do I add a second location?'],
    ['feature-request', 'Please add a dark theme'],
    ['account', 'I want to change the email address on my profile'],
    ['integration', 'The Zapier integration stopped syncing'],
    ['performance', 'The schedule page is very slow and laggy'],
    ['security', 'I got a phishing email that looks like yours'],
    ['onboarding', 'We are getting started with the trial'],
    ['churn-risk', 'We are switching to another tool and want to close our account'],
  ])('%s from its words', (category, description) => {
    expect(triageOne(ticket({ subject: 'Hi', description })).category).toBe(category);
  });

  it('takes the helpdesk category first, then tags, then words, with at most two secondary tags', () => {
    const result = triageOne(
      ticket({ subject: 'Slow and broken', description: 'The invoice page is slow, shows an error, and the API sync fails', category: 'Feature Request', tags: ['billing'] }),
    );
    expect(result.category).toBe('feature-request');
    expect(result.secondary).toEqual(['billing', 'bug']);
    expect(result.reasons.category).toBe('helpdesk category "feature-request"');
    expect(result.reasons.secondary).toContain('billing: tag "billing"');
  });

  it('falls back to the default category', () => {
    const result = triageOne(ticket({ subject: 'Hello', description: 'Quick one about the weekly view' }));
    expect(result.category).toBe('how-to');
    expect(result.reasons.category).toBe('no category evidence: default "how-to"');
  });
});

describe('routing (PLAYBOOK §2.3, first match wins)', () => {
  const directory = customers([
    { id: 'big', mrr: '2500', ltv: '40000', plan: 'enterprise', customer_since: '2024-01-01' },
    { id: 'small', mrr: '20', ltv: '200', plan: 'pro', customer_since: '2024-01-01' },
    { id: 'fresh', mrr: '50', plan: 'pro', customer_since: '2026-11-01' },
  ]);
  const earlierBug = ticket({ created_at: '2026-11-10T09:00:00Z', requester_email: 'rita@x.example', subject: 'Bug', description: 'The app crashes on save' });

  it.each([
    ['security-team', 'security', { description: 'Our account was hacked', plan: 'enterprise', category: 'security' }],
    ['on-call', 'critical', { description: 'Everything is down' }],
    ['account-manager', 'enterprise-billing', { description: 'Question about our invoice', plan: 'enterprise' }],
    ['retention-workflow', 'churn-risk', { description: 'We want to close our account' }],
    ['senior-support', 'repeat-bug', { description: 'It crashes again when I save', requester_email: 'rita@x.example', created_at: '2026-11-16T09:00:00Z' }],
    ['retention-specialist', 'angry-valuable', { description: 'This is unacceptable, the weekly view shows old data', organization: 'big' }],
    ['onboarding-team', 'first-how-to', { description: 'How do I add a second location?', requester_email: 'new@y.example' }],
  ])('%s (rule "%s")', (route, rule, fields) => {
    const result = triageTickets([earlierBug, ticket({ subject: 'Help', ...fields })], support, { now: NOW, customers: directory })[1]!;
    expect(result.route).toBe(route);
    expect(result.reasons.route).toMatch(new RegExp(`^rule "${rule}"`));
  });

  it('routes everything else to the default queue', () => {
    const result = triageOne(ticket({ subject: 'Help', description: 'Can my team see each other in the app?' }));
    expect(result.route).toBe('support-queue');
    expect(result.reasons.route).toBe('no routing rule matched: default support-queue');
  });

  it('an angry customer worth $1000 or less is not sent to retention', () => {
    const angry = { subject: 'Help', description: 'This is unacceptable, my profile shows the old email address' };
    expect(triageOne(ticket({ ...angry, organization: 'big' }), { customers: directory }).route).toBe('retention-specialist');
    expect(triageOne(ticket({ ...angry, organization: 'small' }), { customers: directory }).route).toBe('support-queue');
  });

  it('a how-to from someone who wrote before is not first contact', () => {
    const before = ticket({ created_at: '2026-10-01T09:00:00Z', requester_id: 'u1', description: 'Invoice question' });
    const result = triageTickets([before, ticket({ requester_id: 'u1', subject: 'Help', description: 'How do I add a location?' })], support, { now: NOW })[1]!;
    expect(result.route).toBe('support-queue');
  });

  it('the first matching rule wins: an enterprise billing ticket at P0 goes on call, not to the account manager', () => {
    const result = triageOne(ticket({ subject: 'Invoice', description: 'Payment failed on our invoice', plan: 'enterprise' }));
    expect(result).toMatchObject({ category: 'billing', priority: 'P0', route: 'on-call' });
  });

  it('flags new customers (tenure under 30 days) for an onboarding tone', () => {
    const result = triageOne(ticket({ subject: 'Help', description: 'Where are the reports?', organization: 'fresh' }), { customers: directory });
    expect(result.flags).toContain('new-customer');
    expect(result.reasons.flags['new-customer']).toBe('customer for 15 days (use an onboarding tone)');
    expect(triageOne(ticket({ subject: 'Help', description: 'Where are the reports?', organization: 'small' }), { customers: directory }).flags).not.toContain('new-customer');
  });

  it('flags a repeat issue at 2 tickets and the product team at 3 on the same topic within 30 days', () => {
    const thread = [
      ticket({ created_at: '2026-10-10T09:00:00Z', requester_id: 'u9', description: 'Export to PDF would be nice' }),
      ticket({ created_at: '2026-10-20T09:00:00Z', requester_id: 'u9', description: 'The invoice has the wrong VAT' }),
      ticket({ created_at: '2026-10-25T09:00:00Z', requester_id: 'u9', description: 'My invoice total is wrong' }),
      ticket({ created_at: '2026-11-16T09:00:00Z', requester_id: 'u9', description: 'Invoice still shows the wrong plan' }),
    ];
    const results = triageTickets(thread, support, { now: NOW });
    expect(results.map((r) => r.flags.filter((f) => f === 'repeat-issue' || f === 'product-team'))).toEqual([[], [], ['repeat-issue'], ['repeat-issue', 'product-team']]);
    expect(results[3]!.reasons.flags['product-team']).toBe('3 tickets from the customer on billing in 30 days (same customer, same topic, 3+ tickets)');
  });
});

describe('escalation flags (PLAYBOOK §2.4)', () => {
  const created = '2026-11-16T10:00:00Z';
  it.each([
    ['P0 unresolved after 1 h', 'engineering-on-call', { description: 'Outage', created_at: created }, Date.parse('2026-11-16T11:00:01Z'), true],
    ['P0 open exactly 1 h', 'engineering-on-call', { description: 'Outage', created_at: created }, Date.parse('2026-11-16T11:00:00Z'), false],
    ['P0 solved within 1 h', 'engineering-on-call', { description: 'Outage', created_at: created, status: 'solved' as const, solved_at: '2026-11-16T10:59:00Z' }, Date.parse('2026-11-16T12:00:00Z'), false],
    ['P0 solved after 1 h', 'engineering-on-call', { description: 'Outage', created_at: created, status: 'solved' as const, solved_at: '2026-11-16T11:30:00Z' }, Date.parse('2026-11-16T12:00:00Z'), true],
    ['"lawyer"', 'legal', { description: 'My lawyer will read this' }, NOW, true],
    ['"legal"', 'legal', { description: 'This needs legal review' }, NOW, true],
    ['"sue"', 'legal', { description: 'We will sue you' }, NOW, true],
    ['"issue" is not "sue"', 'legal', { description: 'I have an issue with a shift' }, NOW, false],
    ['refund over $500', 'manager-approval', { description: 'Please refund $750 for the annual plan' }, NOW, true],
    ['refund of exactly $500', 'manager-approval', { description: 'Please refund $500' }, NOW, false],
    ['refund over 500 written as USD', 'manager-approval', { description: 'I want my money back: 1,200 USD' }, NOW, true],
    ['3 replies unresolved', 'senior-support', { description: 'Still stuck', replies: 3 }, NOW, true],
    ['2 replies unresolved', 'senior-support', { description: 'Still stuck', replies: 2 }, NOW, false],
    ['3 replies but solved', 'senior-support', { description: 'Still stuck', replies: 3, status: 'solved' as const, solved_at: '2026-11-16T10:04:00Z' }, NOW, false],
    ['cancellation above $1K MRR', 'retention-first', { description: 'Please cancel our subscription', organization: 'big' }, NOW, true],
    ['cancellation at exactly $1K MRR', 'retention-first', { description: 'Please cancel our subscription', organization: 'edge' }, NOW, false],
  ])('%s → %s: %s', (_case, flag, fields, now, expected) => {
    const directory = customers([{ id: 'big', mrr: '1500' }, { id: 'edge', mrr: '1000' }]);
    const result = triageOne(ticket({ subject: 'Help', ...fields }), { now, customers: directory });
    expect(result.flags.includes(flag)).toBe(expected);
    if (expected) expect(result.reasons.flags[flag]).toMatch(/escalate to /);
  });
});

describe('SLA (PLAYBOOK §2.1)', () => {
  it.each([
    ['P0', 'Outage', '2026-11-16T10:15:00Z', '2026-11-16T12:00:00Z'],
    ['P1', 'It is broken', '2026-11-16T11:00:00Z', '2026-11-16T18:00:00Z'],
    ['P2', 'My profile shows the old email address', '2026-11-16T14:00:00Z', '2026-11-17T10:00:00Z'],
    ['P3', 'A suggestion', '2026-11-17T10:00:00Z', '2026-11-19T10:00:00Z'],
  ])('%s: first response and resolution due', (priority, description, firstResponse, resolution) => {
    const result = triageOne(ticket({ subject: 'Hi', description, created_at: '2026-11-16T10:00:00Z' }));
    expect(result).toMatchObject({ priority, first_response_due: firstResponse, resolution_due: resolution });
  });

  // P2: first response 240 min. 50% = 120 min, 80% = 192 min.
  it.each([
    ['2026-11-16T11:59:00Z', 'ok'],
    ['2026-11-16T12:00:00Z', 'warning-50'],
    ['2026-11-16T13:11:00Z', 'warning-50'],
    ['2026-11-16T13:12:00Z', 'warning-80'],
    ['2026-11-16T14:00:00Z', 'breached'],
  ])('an unanswered P2 at %s is %s', (now, state) => {
    const result = triageOne(ticket({ subject: 'Hi', description: 'My profile shows the old email address', created_at: '2026-11-16T10:00:00Z' }), { now: Date.parse(now) });
    expect(result.sla_state).toBe(state);
  });

  it('an answered ticket moves on to its resolution target', () => {
    const t = ticket({ subject: 'Hi', description: 'My profile shows the old email address', created_at: '2026-11-16T10:00:00Z', first_reply_minutes: 30 });
    expect(triageOne(t, { now: Date.parse('2026-11-16T21:00:00Z') }).sla_state).toBe('ok');
    expect(triageOne(t, { now: Date.parse('2026-11-17T05:12:00Z') }).sla_state).toBe('warning-80');
  });

  it('a late answer stays a breach', () => {
    const t = ticket({ subject: 'Hi', description: 'My profile shows the old email address', created_at: '2026-11-16T10:00:00Z', first_reply_minutes: 300, status: 'solved', solved_at: '2026-11-16T16:00:00Z' });
    const result = triageOne(t, { now: Date.parse('2026-11-20T00:00:00Z') });
    expect(result.sla_state).toBe('breached');
    expect(result.reasons.sla_state).toBe('first response missed: took 5 h, target 4 h; resolution met after 6 h');
  });

  it('counts business hours when a priority runs on the business clock', () => {
    const business = supportConfig('sla:\n  targets:\n    P2: { clock: business }', 'Europe/Berlin');
    // Friday 16:00 Berlin (15:00Z) + 4 business hours = Monday 12:00 Berlin (11:00Z).
    const [result] = triageTickets([ticket({ subject: 'Hi', description: 'My profile shows the old email address', created_at: '2026-11-20T15:00:00Z' })], business, { now: Date.parse('2026-11-20T15:00:00Z') });
    expect(result!.first_response_due).toBe('2026-11-23T11:00:00Z');
    expect(result!.reasons.first_response_due).toBe('P2 first-response target 4 h (business clock)');
  });

  it('never calls a reply late for want of data: business minutes only, no reply data, or solved without a reply', () => {
    const now = { now: Date.parse('2026-11-20T00:00:00Z') };
    const businessOnly = ticket({ subject: 'Hi', description: 'My profile shows the old email address', created_at: '2026-11-16T10:00:00Z', first_reply_business_minutes: 76, replies: 1 });
    expect(triageOne(businessOnly, now).reasons.sla_state).toMatch(/^first response answered, but the export gives no calendar reply time; resolution overdue/);
    const unknown = ticket({ subject: 'Hi', description: 'A question', created_at: '2026-11-16T10:00:00Z', replies: null });
    expect(triageOne(unknown, now).reasons.sla_state).toMatch(/^first response time not in the export;/);
    const noReply = ticket({ subject: 'Hi', description: 'A question', created_at: '2026-11-16T10:00:00Z', status: 'solved', solved_at: '2026-11-16T11:00:00Z' });
    expect(triageOne(noReply, now)).toMatchObject({ sla_state: 'ok', reasons: { sla_state: 'first response not needed: solved without a reply; resolution met after 1 h' } });
    // On a business-clock target the helpdesk's business minutes decide: 76 min is within 4 h.
    const business = supportConfig('sla:\n  targets:\n    P2: { clock: business }');
    const [judged] = triageTickets([businessOnly], business, now);
    expect(judged!.reasons.sla_state).toMatch(/^first response met after 1 h 16 min/);
  });

  it('uses the configured warning thresholds', () => {
    const custom = supportConfig('sla:\n  warnings_percent: [25, 90]');
    const [result] = triageTickets([ticket({ subject: 'Hi', description: 'My profile shows the old email address', created_at: '2026-11-16T10:00:00Z' })], custom, { now: Date.parse('2026-11-16T11:00:00Z') });
    expect(result!.sla_state).toBe('warning-25');
  });
});

describe('rules are data', () => {
  it('a keyword, a route and an escalation added in the config take effect', () => {
    const custom = supportConfig(
      [
        'priorities:',
        '  keywords:',
        '    P0: [payroll missing]',
        'routing:',
        '  rules:',
        '    - name: payroll',
        '      when: { text_any: [payroll] }',
        '      route: payroll-team',
        'escalation:',
        '  - flag: press',
        '    when: { text_any: [journalist, newspaper] }',
        '    to: communications',
      ].join('\n'),
    );
    const [result] = triageTickets([ticket({ subject: 'Payroll missing', description: 'A journalist asked us about it' })], custom, { now: NOW });
    expect(result).toMatchObject({ priority: 'P0', route: 'payroll-team', flags: ['press'] });
    expect(result!.reasons.route).toBe('rule "payroll": says "payroll"');
  });

  it('returns exactly the documented fields', () => {
    const result = triageOne(ticket({ subject: 'Hi', description: 'My profile shows the old email address' }));
    expect(Object.keys(result)).toEqual(['id', 'language', 'priority', 'category', 'secondary', 'sentiment', 'route', 'first_response_due', 'resolution_due', 'sla_state', 'flags', 'reasons']);
    expect(Object.keys(result.reasons)).toEqual(['language', 'priority', 'category', 'secondary', 'sentiment', 'route', 'first_response_due', 'resolution_due', 'sla_state', 'flags']);
  });
});
