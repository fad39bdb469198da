import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArticles } from '../../../../scripts/bench/lib/generate-articles.ts';
import { countMessages } from '../../../../plugins/lint/lint-message.ts';
import { lintKb } from '../../../../scripts/lint/run-lint.ts';

const tmp = () => path.join(mkdtempSync(path.join(os.tmpdir(), 'kb-gen-')), 'kb');

describe('generateArticles', () => {
  it('writes lint-clean articles (no errors, no warnings) across every category and type', async () => {
    const dir = tmp();
    const result = generateArticles({ count: 24, dir, seed: 7 });
    const counts = countMessages(await lintKb([], dir));
    expect(counts).toMatchObject({ files: 24, errors: 0, warnings: 0 });
    expect(new Set(result.articles.map((a) => a.category)).size).toBe(6);
    expect([...new Set(result.articles.map((a) => a.type))].sort()).toEqual(['faq', 'how-to', 'reference', 'troubleshooting']);
  });

  it('writes about 600 words per article', () => {
    const result = generateArticles({ count: 12, dir: tmp() });
    const average = result.totalWords / result.articles.length;
    expect(average).toBeGreaterThan(500);
    expect(average).toBeLessThan(700);
  });

  it('writes the same files for the same seed, and different ones for another', () => {
    const a = generateArticles({ count: 8, dir: tmp(), seed: 3 });
    const b = generateArticles({ count: 8, dir: tmp(), seed: 3 });
    const c = generateArticles({ count: 8, dir: tmp(), seed: 4 });
    const text = (r: typeof a) => r.articles.map((x) => readFileSync(path.join(r.dir, x.file), 'utf8')).join('\n');
    expect(text(a)).toBe(text(b));
    expect(text(a)).not.toBe(text(c));
  });

  it('rejects counts too small to cover the categories', () => {
    expect(() => generateArticles({ count: 3, dir: tmp() })).toThrow(/at least 6/);
  });
});
