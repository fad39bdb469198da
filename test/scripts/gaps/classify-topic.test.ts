import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../plugins/config/load-config.ts';
import { classifyTopic, type TopicEvidence } from '../../../scripts/gaps/classify-topic.ts';

const config = parseConfig('contact: { email: help@x.example }\n', 'kb.config.yaml').reports;
const evidence = (extra: Partial<TopicEvidence>): TopicEvidence => ({
  tickets: 10, hasArticle: true, helpfulShare: 0.9, votes: 40, views: 500, zeroResultSearches: 0, hasAnalytics: true, ...extra,
});

describe('classifyTopic (PLAYBOOK §1.4)', () => {
  it('create: no article', () => {
    expect(classifyTopic(evidence({ hasArticle: false }), config)).toMatchObject({ action: 'create', reason: expect.stringContaining('no article') });
  });
  it('improve: helpful share below 60% with 10+ votes', () => {
    expect(classifyTopic(evidence({ helpfulShare: 0.5, votes: 10 }), config)).toMatchObject({ action: 'improve', reason: expect.stringContaining('50% of 10 voters') });
    expect(classifyTopic(evidence({ helpfulShare: 0.5, votes: 9 }), config).action).toBe('covered');
    expect(classifyTopic(evidence({ helpfulShare: 0.6, votes: 10 }), config).action).toBe('covered');
  });
  it('discoverability: good article with matching zero-result searches, or read too rarely per ticket', () => {
    expect(classifyTopic(evidence({ zeroResultSearches: 4 }), config)).toMatchObject({ action: 'discoverability', reason: expect.stringContaining('searched 4 times') });
    expect(classifyTopic(evidence({ views: 99 }), config)).toMatchObject({ action: 'discoverability', reason: expect.stringContaining('read 99 times for 10 tickets') });
    expect(classifyTopic(evidence({ views: 100 }), config).action).toBe('covered');
  });
  it('follows the configured thresholds', () => {
    const strict = parseConfig('contact: { email: help@x.example }\nreports:\n  gaps: { covered_views_per_ticket: 100 }\n  hygiene: { unhelpful: { max_helpful_share: 0.95 } }\n', 'kb.config.yaml').reports;
    expect(classifyTopic(evidence({}), strict).action).toBe('improve');
    expect(classifyTopic(evidence({ helpfulShare: 0.96 }), strict).action).toBe('discoverability');
  });
  it('without analytics, an answered topic is covered with a note', () => {
    expect(classifyTopic(evidence({ hasAnalytics: false, views: 0, votes: 0, helpfulShare: null }), config)).toMatchObject({ action: 'covered', reason: expect.stringContaining('kb analytics pull') });
  });
});
