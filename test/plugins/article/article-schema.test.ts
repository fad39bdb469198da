/** The article model shared by the linter and the site's content collection. */
import { describe, expect, it } from 'vitest';
import { createArticleSchema, isRealDay } from '../../../plugins/article/article-schema.ts';
import { parseConfig } from '../../../plugins/config/load-config.ts';

const config = parseConfig('contact:\n  email: help@example.com\n', 'kb.config.yaml');
const schema = createArticleSchema(config, { today: new Date('2026-11-22T12:00:00Z') });
const valid = {
  title: 'Update your payment method',
  summary: 'Change the card we charge for your plan.',
  category: 'billing-and-account',
  product_area: 'billing',
  applies_to: ['pro'],
  difficulty: 'beginner',
  last_updated: '2026-01-15',
  owner: 'maria',
};

describe('article schema', () => {
  it('fills defaults for type, status, aliases and keywords', () => {
    expect(schema.parse(valid)).toMatchObject({ type: 'how-to', status: 'published', aliases: [], keywords: [] });
  });

  it('accepts a YAML date object (Astro parses dates) and returns the day', () => {
    expect(schema.parse({ ...valid, last_updated: new Date('2026-03-01T00:00:00Z') }).last_updated).toBe('2026-03-01');
  });

  it.each([
    ['2026-02-30', 'is not a real date'],
    ['2026-13-01', 'is not a real date'],
    ['15/01/2026', 'is not a real date'],
    ['2026-11-25', 'is in the future'],
  ])('rejects last_updated %s', (day, message) => {
    const result = schema.safeParse({ ...valid, last_updated: day });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(message);
  });

  it('allows today east of UTC', () => {
    expect(schema.safeParse({ ...valid, last_updated: '2026-11-23' }).success).toBe(true);
  });

  it.each([
    ['category', 'billing'],
    ['type', 'tutorial'],
    ['difficulty', 'easy'],
    ['status', 'hidden'],
    ['applies_to', ['gold']],
    ['aliases', ['Old Slug']],
  ])('rejects %s = %j', (field, value) => {
    expect(schema.safeParse({ ...valid, [field]: value }).success).toBe(false);
  });

  it('rejects unknown fields and a two-sentence summary', () => {
    expect(schema.safeParse({ ...valid, author: 'x' }).success).toBe(false);
    expect(schema.safeParse({ ...valid, summary: 'Change the card. It is easy.' }).success).toBe(false);
  });

  it('checks calendar days', () => {
    expect(isRealDay('2024-02-29')).toBe(true);
    expect(isRealDay('2025-02-29')).toBe(false);
  });
});
