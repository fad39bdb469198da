/** Every churn signal, level boundary and offer ceiling of PLAYBOOK §3.5. */
import { describe, expect, it } from 'vitest';
import { customerSchema, usageSchema } from '../../../scripts/churn/customer-schema.ts';
import { churnBands, scoreChurn } from '../../../scripts/churn/score-churn.ts';
import type { Ticket } from '../../../scripts/tickets/ticket-schema.ts';
import { supportConfig, ticket } from '../triage/support-fixtures.ts';

const support = supportConfig('churn:\n  competitors: [Rosterly, Shiftwise]');
const NOW = Date.parse('2026-11-20T12:00:00Z');
const customer = (fields: Record<string, unknown> = {}) => customerSchema.parse({ id: 'acme', mrr: '300', ...fields });
const score = (fields: Record<string, unknown> = {}, tickets: Ticket[] = [], usage: Array<Record<string, unknown>> = []) =>
  scoreChurn({ customers: [customer(fields)], usage: usage.map((u) => usageSchema.parse(u)), tickets, support, now: NOW })[0]!;
const fromAcme = (description: string, fields: Record<string, unknown> = {}) => ticket({ organization: 'acme', subject: 'Hi', description, created_at: '2026-11-10T10:00:00Z', ...fields });

describe('churn signals (PLAYBOOK §3.5)', () => {
  it.each([
    ['cancellation_request', 40, {}, [fromAcme('Please cancel our subscription at the end of the month')]],
    ['cancellation_request', 40, { cancellation_requested: 'yes' }, []],
    ['competitor_named', 20, {}, [fromAcme('Rosterly does this for free')]],
    ['competitor_named', 20, {}, [fromAcme('We are switching to a different tool')]],
    ['negative_tickets', 15, {}, [fromAcme('This is unacceptable'), fromAcme('Still broken, so frustrating'), fromAcme('Export again', { satisfaction: 1 })]],
    ['failed_payment', 10, { failed_payment: 'true' }, []],
    ['failed_payment', 10, {}, [fromAcme('My card was declined this morning')]],
    ['no_login', 10, { last_login_at: '2026-11-06T12:00:00Z' }, []],
    ['downgrade_request', 10, {}, [fromAcme('Can we downgrade to a smaller plan?')]],
    ['downgrade_request', 10, { downgrade_requested: '1' }, []],
    // Without a login date only tickets count as engagement (a known old login would also score no_login).
    ['renewal_without_engagement', 10, { renewal_date: '2026-12-20', last_login_at: '' }, [fromAcme('Old question', { created_at: '2026-10-01T10:00:00Z' })]],
  ] as const)('%s scores %i', (signal, points, fields, tickets) => {
    const risk = score({ last_login_at: '2026-11-19', ...fields }, [...tickets]);
    expect(risk.signals.map((s) => [s.signal, s.points])).toEqual([[signal, points]]);
    expect(risk.score).toBe(points);
  });

  it('usage down more than 50% month over month scores 15', () => {
    const usage = (before: string, after: string) => [
      { customer_id: 'acme', month: '2026-09', usage: before },
      { customer_id: 'acme', month: '2026-10', usage: after },
    ];
    expect(score({ last_login_at: '2026-11-19' }, [], usage('100', '49')).signals).toEqual([{ signal: 'usage_drop', points: 15, evidence: 'usage 49 in 2026-10, down 51% from 100 in 2026-09' }]);
    expect(score({ last_login_at: '2026-11-19' }, [], usage('100', '50')).signals).toEqual([]);
  });

  it.each([
    ['no login for 13.9 days', { last_login_at: '2026-11-06T14:00:00Z' }, []],
    ['two negative tickets', {}, [fromAcme('This is unacceptable'), fromAcme('So frustrating')]],
    ['negative tickets older than 30 days', {}, [fromAcme('Unacceptable', { created_at: '2026-10-01T10:00:00Z' }), fromAcme('Frustrating', { created_at: '2026-10-02T10:00:00Z' }), fromAcme('Awful', { created_at: '2026-10-03T10:00:00Z' })]],
    ['renewal in 60 days', { renewal_date: '2027-01-19T12:00:00Z', last_login_at: '' }, []],
    ['renewal soon but logged in lately', { renewal_date: '2026-12-20', last_login_at: '2026-11-10' }, []],
    ['renewal soon but a recent ticket', { renewal_date: '2026-12-20', last_login_at: '' }, [fromAcme('Where is the report?')]],
    ['cancellation asked more than 30 days ago', {}, [fromAcme('Please cancel our subscription', { created_at: '2026-10-15T10:00:00Z' })]],
    ['a shift cancelled is no churn', {}, [fromAcme('How do I cancel a shift for tomorrow?')]],
  ] as const)('no signal for %s', (_case, fields, tickets) => {
    expect(score({ last_login_at: '2026-11-19', ...fields }, [...tickets]).signals).toEqual([]);
  });

  it('caps the score at 100', () => {
    const risk = score(
      { failed_payment: 'true', downgrade_requested: 'true', last_login_at: '2026-09-01', renewal_date: '2026-12-01' },
      [fromAcme('Cancel our subscription, Shiftwise is better'), fromAcme('Unacceptable'), fromAcme('Awful'), fromAcme('Terrible')],
      [{ customer_id: 'acme', month: '2026-09', usage: '100' }, { customer_id: 'acme', month: '2026-10', usage: '10' }],
    );
    // Every signal but the renewal one (recent tickets are engagement): 40 + 20 + 15 + 15 + 10 + 10 + 10 = 120.
    expect(risk.signals.reduce((sum, s) => sum + s.points, 0)).toBe(120);
    expect(risk).toMatchObject({ score: 100, level: 'critical', action: 'Escalate to an executive.' });
  });
});

describe('levels and offers', () => {
  it.each([
    [0, 'healthy'], [20, 'healthy'], [21, 'monitor'], [40, 'monitor'], [41, 'at-risk'], [60, 'at-risk'], [61, 'high'], [80, 'high'], [81, 'critical'], [100, 'critical'],
  ])('score %i is %s', (value, level) => {
    expect(churnBands(value, 50, support.churn).level).toBe(level);
  });

  it.each([
    [99.99, 'One month free, or 20% off for 3 months.'],
    [100, 'Two months free, or 30% off for 6 months.'],
    [499.99, 'Two months free, or 30% off for 6 months.'],
    [500, 'Three months free, or a custom plan.'],
    [1999.99, 'Three months free, or a custom plan.'],
    [2000, 'An executive call and a custom contract.'],
  ])('MRR $%s has the ceiling "%s"', (mrr, offer) => {
    expect(churnBands(50, mrr, support.churn).offer).toBe(offer);
  });

  it('names the action of each level', () => {
    expect(churnBands(50, 50, support.churn).action).toBe('Start the retention workflow.');
    expect(churnBands(70, 50, support.churn).action).toBe('Hand to the account manager.');
  });

  it('sorts the riskiest first and matches tickets by email domain', () => {
    const customers = [customerSchema.parse({ id: 'calm', mrr: '50', last_login_at: '2026-11-19' }), customerSchema.parse({ id: 'loud', domains: 'loud.example', mrr: '50', last_login_at: '2026-11-19' })];
    const risks = scoreChurn({ customers, usage: [], tickets: [ticket({ requester_email: 'ann@loud.example', description: 'Please cancel my account', created_at: '2026-11-10T10:00:00Z' })], support, now: NOW });
    expect(risks.map((r) => [r.id, r.score])).toEqual([['loud', 40], ['calm', 0]]);
  });
});
