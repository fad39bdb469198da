/**
 * The linter on help centers written the way other teams write them
 * (test/fixtures/help-centers): plain Markdown with raw HTML, comments,
 * `{#id}` headings, CRLF line endings and a folder name with a space; MDX
 * with components. Every file is read and checked, nothing crashes, and
 * every message that names a word points at that word in the file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintKbRun } from '../../../scripts/lint/run-lint.ts';

const corpora = ['markdown', 'mdx'].map((name) => path.resolve('test/fixtures/help-centers', name));

/** The word a message quotes first: "SSO" in `Internal term "SSO": …`, "is" in `Passive voice "is sent": …`. */
function quotedWord(message: string): string | undefined {
  const match = /^(?:Internal term|Rejected term|Passive voice|Write "[^"]+", not) "([^"]+)"/.exec(message) ?? /^Write "[^"]+", not "([^"]+)"/.exec(message);
  return match?.[1]?.split(' ')[0];
}

describe.each(corpora)('help center %s', (contentDir) => {
  it('checks every article, with every check that can run, and no crash', async () => {
    const run = await lintKbRun([], contentDir);
    expect(run.results.length).toBeGreaterThanOrEqual(5);
    for (const result of run.results) {
      expect(result.messages.filter((m) => m.message.includes('could not finish'))).toEqual([]);
      // Reading grade and words are measured for every article, the one MDX cannot read included.
      expect(result.metrics.words, result.file).toBeGreaterThan(10);
      expect(result.metrics.grade, result.file).not.toBeNull();
    }
    const markdown = run.results.filter((r) => r.path.endsWith('.md'));
    for (const result of markdown) expect(result.messages.filter((m) => m.ruleId === 'parse-error'), result.file).toEqual([]);
  });

  it('points every word message at the word itself (wrapped list items, quotes, tables, CRLF)', async () => {
    const run = await lintKbRun([], contentDir);
    let checked = 0;
    for (const result of run.results) {
      const lines = readFileSync(result.path, 'utf8').split(/\r?\n|\r/);
      for (const m of result.messages) {
        const word = quotedWord(m.message);
        if (!word) continue;
        const at = (lines[m.line - 1] ?? '').slice(m.column - 1);
        expect(at.startsWith(word), `${result.file}:${m.line}:${m.column} ${m.message} — found "${at.slice(0, 20)}"`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(8);
  });
});

describe('help center defects from real help centers', () => {
  const markdown = corpora[0] as string;
  const mdx = corpora[1] as string;

  it('accepts <a id> and {#id} anchors, and percent-encoded paths with spaces', async () => {
    const run = await lintKbRun([], markdown);
    const links = run.results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'no-broken-links' || m.ruleId === 'related-articles'));
    expect(links).toEqual([]);
  });

  it('counts a procedure split by a comment and a code block, or by a callout, as one', async () => {
    const run = await lintKbRun([], markdown);
    const steps = run.results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'maximum-steps').map((m) => `${path.basename(r.file)}:${m.line} ${m.message}`));
    expect(steps).toEqual([
      'router-lights.md:16 Unexpected 8 steps, expected at most 7: split the procedure into linked articles',
      'reset-the-router.md:22 Unexpected 8 steps, expected at most 7: split the procedure into linked articles',
    ]);
  });

  it('finds script in raw HTML', async () => {
    const run = await lintKbRun([], markdown);
    const unsafe = run.results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'no-unsafe-html').map((m) => `${m.line}:${m.column}`));
    expect(unsafe).toEqual(['14:8', '14:34']);
  });

  it('reads <Steps> as a procedure, applies waivers inside components, and per-folder overrides', async () => {
    const run = await lintKbRun([], mdx);
    const byFile = new Map(run.results.map((r) => [path.basename(r.file), r.messages]));
    const first = byFile.get('send-your-first-message.mdx') ?? [];
    expect(first.filter((m) => m.ruleId === 'required-sections' || m.ruleId === 'waiver-reason')).toEqual([]);
    expect(first.filter((m) => m.ruleId === 'passive-voice').map((m) => m.line)).toEqual([22]);
    // passive-voice is off for articles/admin/** in this KB's config.
    expect((byFile.get('set-up-single-sign-on.mdx') ?? []).some((m) => m.ruleId === 'passive-voice')).toBe(false);
  });

  it('reports an MDX file with an HTML comment at the comment and still checks its frontmatter and text', async () => {
    const run = await lintKbRun([], mdx);
    const invite = run.results.find((r) => r.file.endsWith('invite-people.mdx'));
    expect(invite?.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual(['12:2 parse-error']);
    expect(invite?.metrics.sentences).toBeGreaterThan(4);
  });
});
