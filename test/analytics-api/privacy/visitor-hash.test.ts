import { describe, expect, it } from 'vitest';
import { createVisitorHasher } from '../../../analytics-api/privacy/visitor-hash.ts';

const DAY = 86_400_000;
const NOON = Date.parse('2025-11-20T12:00:00Z');
const UA = 'Mozilla/5.0 (X11; Linux x86_64) Chrome/141.0';

describe('createVisitorHasher', () => {
  it('is stable within a UTC day and changes at midnight UTC', () => {
    const hash = createVisitorHasher('https://help.test.example');
    const morning = hash('203.0.113.5', UA, Date.parse('2025-11-20T00:00:00Z'));
    expect(hash('203.0.113.5', UA, Date.parse('2025-11-20T23:59:59.999Z'))).toBe(morning);
    expect(hash('203.0.113.5', UA, Date.parse('2025-11-21T00:00:00Z'))).not.toBe(morning);
  });

  it('depends on the address, the user agent and the site', () => {
    const hash = createVisitorHasher('https://help.test.example');
    const base = hash('203.0.113.5', UA, NOON);
    expect(hash('203.0.113.6', UA, NOON)).not.toBe(base);
    expect(hash('203.0.113.5', `${UA} Edg/141.0`, NOON)).not.toBe(base);
    expect(createVisitorHasher('https://other.example')('203.0.113.5', UA, NOON)).not.toBe(base);
  });

  it('uses a random salt, so two servers (or a restart) cannot link visitors', () => {
    const a = createVisitorHasher('https://help.test.example');
    const b = createVisitorHasher('https://help.test.example');
    expect(a('203.0.113.5', UA, NOON)).not.toBe(b('203.0.113.5', UA, NOON));
  });

  it('never contains the address or user agent', () => {
    const value = createVisitorHasher('s')('203.0.113.5', UA, NOON + DAY);
    expect(value).toMatch(/^[\w-]{22}$/);
    expect(value).not.toContain('203');
  });
});
