import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runLintGate } from '../../../scripts/build/lint-gate.ts';
import { lintKb } from '../../../scripts/lint/run-lint.ts';

const fixture = fileURLToPath(new URL('../../fixtures/site/kb', import.meta.url));

function copyWithBadArticle(): string {
  const kb = path.join(mkdtempSync(path.join(os.tmpdir(), 'kb-gate-')), 'kb');
  cpSync(fixture, kb, { recursive: true });
  writeFileSync(path.join(kb, 'articles/faq/pricing.mdx'), '---\ntitle: Pricing\nsummary: Prices.\ncategory: faq\n---\n\n## Quick answer\n\nIt depends.\n');
  return kb;
}

describe('runLintGate', () => {
  it('gives exactly what kb lint gives, in the same order, whether or not it uses worker threads', async () => {
    const kb = copyWithBadArticle();
    const expected = await lintKb([], kb);
    const inline = await runLintGate(kb, { workers: 0 });
    const threaded = await runLintGate(kb, { workers: 3 });
    expect(inline.results).toEqual(expected);
    expect(threaded.results).toEqual(expected);
    expect(threaded.passed).toBe(false);
    expect(threaded.errors).toBeGreaterThan(0);
    expect(threaded.report).toBe(inline.report);
  });

  it('passes a clean KB', async () => {
    const gate = await runLintGate(fixture, { workers: 2 });
    expect(gate).toMatchObject({ passed: true, errors: 0, warnings: 0, articles: 9 });
  });

  it('answers unchanged articles from the cache on the next build, and relints a changed one', async () => {
    const kb = copyWithBadArticle();
    const cacheDir = path.join(path.dirname(kb), 'cache');
    const first = await runLintGate(kb, { workers: 0, cacheDir });
    expect(first.cached).toBe(0);
    const second = await runLintGate(kb, { workers: 0, cacheDir });
    expect(second.cached).toBe(second.articles);
    expect(second.results).toEqual(first.results);
    writeFileSync(path.join(kb, 'articles/faq/pricing.mdx'), '---\ntitle: Pricing\n---\n');
    const third = await runLintGate(kb, { workers: 0, cacheDir });
    expect(third.cached).toBe(third.articles - 1);
    expect(await runLintGate(kb, { workers: 0, cache: false })).toMatchObject({ cached: 0, errors: third.errors });
  });

  it('reports a broken config from a worker as a usage error (exit code 2)', async () => {
    const kb = copyWithBadArticle();
    writeFileSync(path.join(kb, 'kb.config.yaml'), 'site:\n  nmae: Typo\n');
    await expect(runLintGate(kb, { workers: 2 })).rejects.toMatchObject({ name: 'UserError', exitCode: 2 });
  });
});
