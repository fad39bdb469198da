/** Every traffic-light boundary of PLAYBOOK §3.2, from the default configuration. */
import { describe, expect, it } from 'vitest';
import { lightFor } from '../../../scripts/metrics/health-lights.ts';
import { supportConfig } from '../triage/support-fixtures.ts';

const health = supportConfig().health;

describe('health lights (PLAYBOOK §3.2)', () => {
  it.each([
    ['first_response_hours', 3.99, 'green'], ['first_response_hours', 4, 'yellow'], ['first_response_hours', 24, 'yellow'], ['first_response_hours', 24.01, 'red'],
    ['resolution_hours', 23.99, 'green'], ['resolution_hours', 24, 'yellow'], ['resolution_hours', 72, 'yellow'], ['resolution_hours', 72.01, 'red'],
    ['csat_percent', 85.01, 'green'], ['csat_percent', 85, 'yellow'], ['csat_percent', 70, 'yellow'], ['csat_percent', 69.99, 'red'],
    ['fcr_percent', 70.01, 'green'], ['fcr_percent', 70, 'yellow'], ['fcr_percent', 50, 'yellow'], ['fcr_percent', 49.99, 'red'],
    ['backlog_days', 0.99, 'green'], ['backlog_days', 1, 'yellow'], ['backlog_days', 3, 'yellow'], ['backlog_days', 3.01, 'red'],
    ['escalation_percent', 14.99, 'green'], ['escalation_percent', 15, 'yellow'], ['escalation_percent', 30, 'yellow'], ['escalation_percent', 30.01, 'red'],
  ] as const)('%s at %s is %s', (signal, value, light) => {
    expect(lightFor(value, health[signal])).toBe(light);
  });

  it('shows no light without data', () => {
    expect(lightFor(null, health.csat_percent)).toBe('none');
  });

  it('reads its bounds from the configuration', () => {
    const custom = supportConfig('health:\n  csat_percent: { green_above: 90, red_below: 80 }').health;
    expect(lightFor(85, custom.csat_percent)).toBe('yellow');
    expect(lightFor(79, custom.csat_percent)).toBe('red');
  });
});
