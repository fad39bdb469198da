/**
 * The `support` section: defaults are the playbook's numbers, the sample
 * configuration spells out exactly those defaults, and a bad rule fails
 * with file, line, key and fix.
 */
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadConfig, parseConfig } from '../../../plugins/config/load-config.ts';
import { configProblems } from '../../helpers/config-problems.ts';

const minimal = 'contact:\n  email: help@example.com\n';
const defaults = () => parseConfig(minimal, 'kb.config.yaml').support;

const problemsOf = (yaml: string): string[] => configProblems(`${minimal}support:\n${yaml}`);

describe('support configuration', () => {
  it('defaults to the playbook numbers', () => {
    const s = defaults();
    expect(s.sla.targets).toEqual({
      P0: { first_response_minutes: 15, resolution_minutes: 120, compliance_percent: 95, clock: 'calendar' },
      P1: { first_response_minutes: 60, resolution_minutes: 480, compliance_percent: 95, clock: 'calendar' },
      P2: { first_response_minutes: 240, resolution_minutes: 1440, compliance_percent: 90, clock: 'calendar' },
      P3: { first_response_minutes: 1440, resolution_minutes: 4320, compliance_percent: 90, clock: 'calendar' },
    });
    expect(s.sla.warnings_percent).toEqual([50, 80]);
    expect(s.priorities.forced_by_category).toEqual({ security: 'P0' });
    expect(s.priorities.raise_for_plans).toEqual({ plans: ['enterprise'], levels: 1 });
    expect(s.languages.en!.priority_keywords.P1).toEqual(expect.arrayContaining(['broken', 'not working', 'error', 'billing issue', 'billing error']));
    expect(Object.keys(s.languages)).toEqual(['en', 'de']);
    expect(s.default_language).toBe('en');
    expect(s.triage_model).toBeNull();
    expect(s.priorities.questions).toEqual({ priority: 'P3', categories: ['how-to'], unless_categories: ['bug', 'performance', 'security', 'churn-risk'], unless_mentions: ['legal'] });
    expect(s.ticket_categories.precedence).toEqual(['security']);
    expect(Object.keys(s.ticket_categories.keywords).sort()).toEqual(['account', 'billing', 'bug', 'churn-risk', 'feature-request', 'how-to', 'integration', 'onboarding', 'performance', 'security']);
    expect(s.routing.rules.map((r) => [r.name, r.route])).toEqual([
      ['security', 'security-team'], ['critical', 'on-call'], ['enterprise-billing', 'account-manager'], ['churn-risk', 'retention-workflow'],
      ['repeat-bug', 'senior-support'], ['angry-valuable', 'retention-specialist'], ['first-how-to', 'onboarding-team'],
    ]);
    expect(s.escalation.map((r) => r.flag)).toEqual(['engineering-on-call', 'legal', 'manager-approval', 'senior-support', 'retention-first']);
    expect(s.health.csat_percent).toEqual({ green_above: 85, red_below: 70 });
    expect(s.red_flags).toEqual({ csat_mean_below: 4, audit_tickets: 20, first_response_sla_multiple: 2, reopen_rate_percent_above: 15, repeat_customer: { tickets: 3, days: 7 }, detractor_follow_up_hours: 24 });
    expect(Object.values(s.churn.signals).map((x) => x.points)).toEqual([40, 20, 15, 15, 10, 10, 10, 10]);
    expect(s.churn.levels.map((l) => [l.up_to, l.level])).toEqual([[20, 'healthy'], [40, 'monitor'], [60, 'at-risk'], [80, 'high'], [100, 'critical']]);
    expect(s.churn.offers.map((o) => o.mrr_below)).toEqual([100, 500, 2000, undefined]);
    expect(s.staffing).toEqual({ occupancy: 0.75, handle_minutes: 15, history_days: 90 });
    expect(s.priorities.helpdesk_map).toEqual({ urgent: 'P0', high: 'P1', normal: 'P2', low: 'P3' });
  });

  it('reads the helpdesk priority map in any case, keeps the defaults of keys left out, and refuses what is no priority', () => {
    const s = parseConfig(`${minimal}support:\n  priorities:\n    helpdesk_map: { Urgent: P1, LOW: P2 }\n`, 'kb.config.yaml').support;
    expect(s.priorities.helpdesk_map).toEqual({ urgent: 'P1', high: 'P1', normal: 'P2', low: 'P2' });
    expect(problemsOf('  priorities:\n    helpdesk_map: { urgent: P5 }')).toEqual([expect.stringMatching(/support\.priorities\.helpdesk_map\.urgent/)]);
    expect(problemsOf('  priorities:\n    helpdesk_map: { critical: P0 }')).toEqual([expect.stringMatching(/support\.priorities\.helpdesk_map/)]);
  });

  it('the sample kb.config.yaml writes out exactly the defaults (apart from its files and competitors)', () => {
    const sample = structuredClone(loadConfig('content').support) as Record<string, unknown> & { churn: { competitors: string[] } };
    const fallback = structuredClone(defaults()) as typeof sample;
    for (const s of [sample, fallback]) {
      delete s.files;
      s.churn.competitors = [];
    }
    const differing = Object.keys(fallback).filter((key) => !isDeepStrictEqual(sample[key], fallback[key]));
    expect(differing).toEqual([]);
  });

  it.each([
    [
      'a route naming an unknown category',
      '  routing:\n    rules:\n      - name: x\n        when: { category: bugs }\n        route: y\n',
      'kb.config.yaml:7:17  "support.routing.rules[0].when.category[0]" names "bugs", which is not a category. Fix: use one of security, billing, bug, churn-risk, feature-request, performance, integration, how-to, account, onboarding (the keys of support.ticket_categories.keywords).',
    ],
    [
      'a rule without conditions',
      '  escalation:\n    - flag: x\n      when: {}\n      to: someone\n',
      'kb.config.yaml:6:7  "support.escalation[0].when" has no conditions. Fix: add at least one, such as "category: bug".',
    ],
    [
      'an unknown condition',
      '  escalation:\n    - flag: x\n      when: { mood: angry }\n      to: someone\n',
      'kb.config.yaml:6:15  Unknown key "mood" under "support.escalation[0].when". Fix: remove it or check its spelling against the documented keys.',
    ],
    [
      'a phrase list nobody uses (a typo)',
      '  phrases:\n    angy: [furious]\n',
      'kb.config.yaml:5:5  "support.phrases.angy" is not used by any rule. Fix: check its spelling (built-in lists are angry, negative, praise, cancellation, downgrade, competitor, refund, failed_payment, legal, ux_confusion) or refer to it with "mentions: angy".',
    ],
    [
      'a mention of a missing phrase list',
      '  escalation:\n    - flag: x\n      when: { mentions: lawyers }\n      to: someone\n',
      'kb.config.yaml:6:15  "support.escalation[0].when.mentions[0]" names "lawyers", which is not a phrase list. Fix: use one of angry, negative, praise, cancellation, downgrade, competitor, refund, failed_payment, legal, ux_confusion, or add it under support.phrases.',
    ],
    [
      'a priority that does not exist',
      '  priorities:\n    default: P4\n',
      'kb.config.yaml:5:5  "support.priorities.default" is "P4", not an allowed value. Fix: use one of "P0", "P1", "P2", "P3".',
    ],
    [
      'warnings out of order',
      '  sla:\n    warnings_percent: [80, 50]\n',
      'kb.config.yaml:5:5  "support.sla.warnings_percent" is not in increasing order. Fix: list the warnings from lowest to highest.',
    ],
    [
      'traffic-light bounds the wrong way round',
      '  health:\n    csat_percent: { green_above: 60, red_below: 70 }\n',
      'kb.config.yaml:5:5  "support.health.csat_percent" has red_below above green_above. Fix: make red_below at most green_above.',
    ],
    [
      'an offer band below the one before',
      '  churn:\n    offers:\n      - { mrr_below: 500, offer: a }\n      - { mrr_below: 100, offer: b }\n      - { offer: c }\n',
      'kb.config.yaml:7:11  "support.churn.offers[1].mrr_below" is not above the band before it (500). Fix: list the bands from lowest to highest.',
    ],
    [
      'business hours that end before they start',
      '  business_hours: { start: "18:00", end: "09:00" }\n',
      'kb.config.yaml:4:3  "support.business_hours" ends before it starts. Fix: make "end" later than "start".',
    ],
  ])('rejects %s with file, line, key and fix', (_case, yaml, message) => {
    expect(problemsOf(yaml)).toContain(message);
  });
});
