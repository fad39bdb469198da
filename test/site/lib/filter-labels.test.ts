import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, parseConfig } from '../../../plugins/config/load-config.ts';
import { localesOf } from '../../../plugins/locale/load-locales.ts';
import { defaultLocale } from '../../../plugins/locale/locales.ts';
import { filterLabels } from '../../../site/lib/filter-labels.ts';

describe('filterLabels', () => {
  it('maps config ids to the labels the index uses', () => {
    const config = parseConfig('contact:\n  email: help@example.com\nplans: [free, pro]\n', 'kb.config.yaml');
    const labels = filterLabels(config, [{ product_area: 'time-tracking', difficulty: 'beginner' }], defaultLocale(config));
    expect(labels.category['billing-and-account']).toBe('Billing and account');
    expect(labels.area).toEqual({ 'time-tracking': 'Time tracking' });
    expect(labels.difficulty.advanced).toBe('Advanced');
    expect(labels.plan).toEqual({ free: 'Free', pro: 'Pro' });
  });

  it('uses the locale’s names on its pages: categories, product areas and difficulties from locales/de.yaml; plans stay product names', () => {
    const config = loadConfig(path.resolve('content'));
    const german = localesOf(config).get('de');
    if (!german) throw new Error('the sample has no German locale');
    const labels = filterLabels(config, [], german);
    expect(labels.category['billing-and-account']).toBe('Abrechnung und Konto');
    expect(labels.area['time-tracking']).toBe('Zeiterfassung');
    expect(labels.difficulty.beginner).toBe('Einsteiger');
    expect(labels.plan.pro).toBe('Pro');
  });
});
