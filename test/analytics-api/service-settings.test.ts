import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../plugins/config/load-config.ts';
import { resolveDatabasePath, resolveSettings, SettingsError } from '../../analytics-api/service-settings.ts';

const base = 'site:\n  url: https://help.test.example\ncontact:\n  email: support@test.example\n';

describe('analytics config', () => {
  it('defaults to the playbook numbers', () => {
    const config = parseConfig(base, 'kb.config.yaml');
    expect(config.analytics).toEqual({
      endpoint: '/api/events',
      database: 'data/analytics.db',
      retention_months: 13,
      respect_dnt: true,
      respect_gpc: true,
      drop_bots: true,
      allowed_origins: [],
      trusted_proxies: [],
      rate_limit: { requests_per_minute: 240, burst: 60, events_per_day: 5000 },
      max_clock_skew_hours: 24,
      synchronous: 'normal',
    });
  });

  it('rejects origins with paths, bad proxies and unknown keys, naming the key and line', () => {
    const text = `${base}analytics:\n  allowed_origins: [https://cdn.example.com/assets]\n  trusted_proxies: [not-an-ip]\n  retention: 12\n`;
    expect(() => parseConfig(text, 'kb.config.yaml')).toThrow(/allowed_origins\[0\][\s\S]*trusted_proxies\[0\][\s\S]*retention/);
  });
});

describe('resolveSettings', () => {
  const config = parseConfig(`${base}analytics:\n  allowed_origins: [https://cdn.test.example]\n  trusted_proxies: [loopback]\n`, 'kb.config.yaml');

  it('always allows the site origin and reads the config', () => {
    const settings = resolveSettings(config, {});
    expect(settings.allowedOrigins).toEqual(['https://cdn.test.example', 'https://help.test.example']);
    expect(settings.trustedProxies).toEqual(['loopback']);
    expect(settings.token).toBeUndefined();
    expect(settings.maxClockSkewMs).toBe(24 * 3_600_000);
  });

  it('lets the environment override origins, proxies, token and database', () => {
    const env = {
      KB_ALLOWED_ORIGINS: 'https://a.example, https://b.example:8443',
      KB_TRUSTED_PROXIES: '10.0.0.0/8,192.168.1.1',
      KB_ANALYTICS_TOKEN: 'a-long-enough-token-value',
      KB_ANALYTICS_DB: '/var/lib/kb/analytics.db',
    };
    const settings = resolveSettings(config, env);
    expect(settings.allowedOrigins).toEqual(['https://a.example', 'https://b.example:8443', 'https://help.test.example']);
    expect(settings.trustedProxies).toEqual(['10.0.0.0/8', '192.168.1.1']);
    expect(settings.token).toBe('a-long-enough-token-value');
    expect(resolveDatabasePath(undefined, env, config.analytics)).toBe('/var/lib/kb/analytics.db');
    expect(resolveDatabasePath('flag.db', env, config.analytics)).toBe('flag.db');
    expect(resolveDatabasePath(undefined, {}, config.analytics)).toBe('data/analytics.db');
  });

  it('names the variable when an environment value is wrong', () => {
    expect(() => resolveSettings(config, { KB_ALLOWED_ORIGINS: 'cdn.example.com' })).toThrow(/KB_ALLOWED_ORIGINS: "cdn.example.com" is not valid/);
    expect(() => resolveSettings(config, { KB_TRUSTED_PROXIES: '10.0.0.0/99' })).toThrow(SettingsError);
    expect(() => resolveSettings(config, { KB_ANALYTICS_TOKEN: 'short' })).toThrow(/at least 16 characters/);
  });
});
