import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../plugins/config/load-config.ts';
import { filterLabels } from '../../../site/lib/filter-labels.ts';

describe('filterLabels', () => {
  it('maps config ids to the labels the index uses', () => {
    const config = parseConfig('contact:\n  email: help@example.com\nplans: [free, pro]\n', 'kb.config.yaml');
    const labels = filterLabels(config, [{ product_area: 'time-tracking', difficulty: 'beginner' }]);
    expect(labels.category['billing-and-account']).toBe('Billing and account');
    expect(labels.area).toEqual({ 'time-tracking': 'Time tracking' });
    expect(labels.difficulty.advanced).toBe('Advanced');
    expect(labels.plan).toEqual({ free: 'Free', pro: 'Pro' });
  });
});
