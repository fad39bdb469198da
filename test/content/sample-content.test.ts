/** The bundled sample KB is complete and passes its own linter. */
import path from 'node:path';
import matter from 'gray-matter';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listArticleFiles } from '../../plugins/lint/article-index.ts';
import { countMessages } from '../../plugins/lint/lint-message.ts';
import { lintKb } from '../../scripts/lint/run-lint.ts';

const contentDir = path.resolve('content');
const files = listArticleFiles(path.join(contentDir, 'articles'));
const data = files.map((file) => matter(readFileSync(file, 'utf8')).data as Record<string, string>);

describe('sample content', () => {
  it('has at least 30 articles across all six categories and all four types', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(new Set(data.map((d) => d.category))).toEqual(new Set(['getting-started', 'how-to', 'troubleshooting', 'api', 'billing-and-account', 'faq']));
    expect(new Set(data.map((d) => d.type ?? 'how-to'))).toEqual(new Set(['how-to', 'troubleshooting', 'faq', 'reference']));
  });

  it('passes the linter with no errors and no warnings', async () => {
    const results = await lintKb([], contentDir);
    const problems = results.flatMap((r) => r.messages.map((m) => `${r.file}:${m.line} ${m.ruleId} ${m.message}`));
    expect(problems).toEqual([]);
    expect(countMessages(results).files).toBe(files.length);
  });
});
