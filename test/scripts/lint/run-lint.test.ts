/**
 * `kb lint` as writers and CI use it: an empty selection, --max-warnings,
 * --metrics, --fix (which never makes a failing article pass) and the
 * content-hash cache — through the real command.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runKb } from '../../helpers/run-kb.ts';
import { tempKb, type TempKb } from '../../helpers/temp-kb.ts';

const good = readFileSync(path.resolve('test/fixtures/kb/articles/how-to/invite-teammates.mdx'), 'utf8');
let kb: TempKb | undefined;
afterEach(() => {
  kb?.remove();
  kb = undefined;
});

describe('kb lint selection', () => {
  it('exits 2 with the reason when there is nothing to check', async () => {
    kb = tempKb();
    kb.write('articles/empty/notes.txt', 'not an article');
    const folder = await runKb(['lint', '--content', kb.dir, path.join(kb.dir, 'articles/empty')]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(/No articles to check in .*empty: no \.md or \.mdx files there/);
    const empty = mkdtempSync(path.join(tmpdir(), 'kb-empty-'));
    try {
      writeFileSync(path.join(empty, 'kb.config.yaml'), 'contact:\n  email: a@example.com\n');
      mkdirSync(path.join(empty, 'articles'));
      writeFileSync(path.join(empty, 'articles', 'README.txt'), 'nothing');
      const all = await runKb(['lint', '--content', empty]);
      expect(all.code).toBe(2);
      expect(all.stderr).toMatch(/No articles to check: .* holds no \.md or \.mdx files/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('lints .md articles beside .mdx ones, and a.md beside a.mdx is a slug conflict', async () => {
    kb = tempKb();
    kb.write('articles/how-to/invite-teammates.md', good);
    const run = await runKb(['lint', '--content', kb.dir, '--format', 'json']);
    const results = JSON.parse(run.stdout) as Array<{ file: string; messages: Array<{ ruleId: string; message: string }> }>;
    expect(results).toHaveLength(5);
    const md = results.find((r) => r.file.endsWith('invite-teammates.md'));
    expect(md?.messages.map((m) => m.ruleId)).toEqual(['unique-slug']);
    expect(md?.messages[0]?.message).toContain('also used by articles/how-to/invite-teammates.mdx');
  });
});

describe('kb lint --max-warnings', () => {
  it('exits 1 when there are more warnings than allowed, 0 at the limit', async () => {
    kb = tempKb();
    kb.write('articles/how-to/invite-teammates.mdx', good.replace('Type one email per line.', 'Type one email per line, or add the SSO group.'));
    expect((await runKb(['lint', '--content', kb.dir, '--max-warnings', '1'])).code).toBe(0);
    const over = await runKb(['lint', '--content', kb.dir, '--max-warnings', '0']);
    expect(over.code).toBe(1);
    expect(over.stdout).toContain('1 warning, more than --max-warnings 0 allows.');
    expect((await runKb(['lint', '--content', kb.dir, '--max-warnings', 'many'])).code).toBe(2);
  });
});

describe('kb lint --metrics', () => {
  it('prints grade, words, sentences and steps for every article, passing ones too', async () => {
    const run = await runKb(['lint', '--content', path.resolve('test/fixtures/kb'), '--metrics']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\| article\s+\| grade \| words \| sentences \| longest procedure \| procedures \| passes \|/);
    expect(run.stdout).toMatch(/invite-teammates\.mdx\s+\|\s+\d+\.\d \|\s+\d+ \|\s+\d+ \|\s+4 \|\s+1 \| yes/);
    expect(run.stdout).toContain('Hardest sentences:');
  });
});

describe('kb lint --fix', () => {
  it('writes the configured words, the section names and order, and never makes a failing article pass', async () => {
    kb = tempKb();
    const messy = [
      '---',
      'title: Invite teammates to your workspace',
      'summary: Add the people you schedule so they can see their shifts.',
      'category: how-to',
      'product_area: team',
      'applies_to: [free, pro, enterprise]',
      'difficulty: beginner',
      'last_updated: 2026-02-01',
      'owner: sam',
      '---',
      '',
      '## Quick Answer',
      '',
      'Open **Team** and click **Invite**. SSO users join on their own.',
      '',
      '## Steps',
      '',
      '1. Open **Team**.',
      '2. Click **Invite**.',
      '',
      '## Still stuck',
      '',
      'Write to us from the [contact page](/contact).',
      '',
      '## Related articles',
      '',
      '- [Update your payment method](../billing-and-account/update-payment-method.mdx)',
      '- [Export timesheets](./export-timesheets.mdx)',
      '- [Which browsers work?](../faq/which-browsers.mdx)',
      '',
    ].join('\n');
    const file = kb.write('articles/how-to/invite-teammates.mdx', messy);
    const run = await runKb(['lint', '--content', kb.dir, '--fix', '--format', 'json']);
    expect(run.stderr).toMatch(/kb lint --fix: applied \d+ fixes in 1 article/);
    const fixed = readFileSync(file, 'utf8');
    expect(fixed).toContain('## Quick answer');
    expect(fixed).toContain('Single sign-on users join on their own.');
    expect(fixed.indexOf('## Related articles')).toBeLessThan(fixed.indexOf('## Still stuck?'));
    expect(fixed).toMatch(/## Troubleshooting\n\nTODO: write the Troubleshooting section\.\n\n## Related articles/);
    // The stub is an error until a writer fills it: the article still fails.
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as Array<{ file: string; messages: Array<{ ruleId: string; line: number }> }>;
    const left = results.find((r) => r.file.endsWith('invite-teammates.mdx'))?.messages.map((m) => m.ruleId);
    expect(left).toEqual(['todo-stub']);
    // A second --fix has nothing left to do.
    const again = await runKb(['lint', '--content', kb.dir, '--fix']);
    expect(again.stderr).toContain('kb lint --fix: nothing to fix.');
    expect(readFileSync(file, 'utf8')).toBe(fixed);
  });
});

describe('kb lint --cache', () => {
  it('reuses unchanged articles, relints a changed one, and reruns the cross-file rules for all', async () => {
    kb = tempKb();
    const cacheDir = path.join(kb.dir, '.cache');
    const env = { KB_LINT_CACHE_DIR: cacheDir };
    const first = await runKb(['lint', '--content', kb.dir, '--cache', '--format', 'json'], { env });
    expect(first.code).toBe(0);
    expect(existsSync(cacheDir)).toBe(true);
    // Renaming the heading another article links to breaks that link: the other article's messages change.
    const target = path.join(kb.dir, 'articles/billing-and-account/update-payment-method.mdx');
    const linker = kb.write('articles/how-to/linker.mdx', good.replace('(../billing-and-account/update-payment-method.mdx)', '(../billing-and-account/update-payment-method.mdx#steps)'));
    expect((await runKb(['lint', '--content', kb.dir, '--cache'], { env })).code).toBe(0);
    kb.write(path.relative(kb.dir, target), readFileSync(target, 'utf8').replace('## Steps', '## The steps'));
    const second = await runKb(['lint', '--content', kb.dir, '--cache', '--format', 'json'], { env });
    const results = JSON.parse(second.stdout) as Array<{ file: string; messages: Array<{ ruleId: string; message: string }> }>;
    const linkerResult = results.find((r) => path.resolve(r.file) === linker || r.file.endsWith('linker.mdx'));
    expect(linkerResult?.messages.some((m) => m.ruleId === 'no-broken-links' && m.message.includes('#steps'))).toBe(true);
    // The same run without the cache says the same.
    const fresh = await runKb(['lint', '--content', kb.dir, '--no-cache', '--format', 'json']);
    expect(fresh.stdout).toBe(second.stdout);
    // A config change discards the cache: the new limit applies at once.
    kb.write('kb.config.yaml', `${readFileSync(path.join(kb.dir, 'kb.config.yaml'), 'utf8')}limits:\n  max_steps: 3\n`);
    const stricter = await runKb(['lint', '--content', kb.dir, '--cache'], { env });
    expect(stricter.stdout).toContain('Unexpected 4 steps, expected at most 3');
  });
});
