/**
 * The fixes `kb lint --fix`, the JSON report, SARIF and the editor's quick
 * fixes share: what each rule's fix writes, and how fixes combine.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../plugins/lint/apply-fixes.ts';
import { createLinter } from '../../../plugins/lint/lint-files.ts';
import type { LintFix } from '../../../plugins/lint/lint-message.ts';

const contentDir = path.resolve('test/fixtures/kb');
const linter = createLinter({ contentDir });
const file = path.join(contentDir, 'articles/how-to/fixes.mdx');

/** Applies the fixes of the given rules (all rules by default) until nothing changes. */
async function fixed(text: string, target = file, rules?: readonly string[]): Promise<string> {
  let current = text;
  for (let pass = 0; pass < 4; pass++) {
    const result = await linter.lintText(current, target);
    const fixes = result.messages.filter((m) => !rules || rules.includes(m.ruleId)).map((m) => m.fix).filter((f): f is LintFix => f !== undefined);
    const next = applyFixes(current, fixes).text;
    if (next === current) break;
    current = next;
  }
  return current;
}

describe('fixes', () => {
  it('write the configured word, capitalized only where a sentence starts', async () => {
    expect(await fixed('Turn on SSO for your team. SSO is on.\n', file, ['no-jargon'])).toBe('Turn on single sign-on for your team. Single sign-on is on.\n');
    expect(await fixed('- Open the admin panel and\n  turn on SSO there.\n', file, ['no-jargon'])).toBe('- Open the admin panel and\n  turn on single sign-on there.\n');
  });

  it('leave a term alone when escapes or entities sit inside it in the source', async () => {
    const text = 'Each ten&#97;nt gets a page.\n';
    const result = await linter.lintText(text, file);
    const jargon = result.messages.find((m) => m.ruleId === 'no-jargon');
    expect(jargon?.message).toBe('Internal term "tenant": say "workspace" instead');
    expect(jargon?.fix).toBeUndefined();
    expect(`${jargon?.column}-${jargon?.endColumn}`).toBe('6-16');
  });

  it('fix the title inside its YAML value', async () => {
    expect(await fixed('---\ntitle: Set up SSO for your team.\n---\n', file, ['title-style'])).toBe('---\ntitle: Set up single sign-on for your team\n---\n');
    expect(await fixed('---\ntitle: "Reset your password:"\n---\n', file, ['title-style'])).toBe('---\ntitle: "Reset your password"\n---\n');
  });

  it('rename a section heading to the profile name, keeping a {#id}', async () => {
    expect(await fixed('## Quick Answer {#answer}\n\nYes.\n', path.join(contentDir, 'articles/how-to/fixes.md'))).toContain('## Quick answer {#answer}\n');
  });

  it('add missing sections with the file’s own line endings', async () => {
    const text = '## Quick answer\r\n\r\nOpen it.\r\n\r\n## Steps\r\n\r\n1. Open it.\r\n';
    const out = await fixed(text);
    expect(out).toContain('\r\n## Troubleshooting\r\n\r\nTODO: write the Troubleshooting section.\r\n\r\n## Related articles\r\n');
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('are all-or-nothing and never overlap', () => {
    const edit = (offset: number, endOffset: number, text: string) => ({ line: 1, column: offset + 1, endLine: 1, endColumn: endOffset + 1, offset, endOffset, text });
    const a: LintFix = { description: 'a', edits: [edit(0, 3, 'AAA')] };
    const b: LintFix = { description: 'b', edits: [edit(2, 5, 'BBB'), edit(8, 9, 'B')] };
    const c: LintFix = { description: 'c', edits: [edit(6, 6, '+')] };
    expect(applyFixes('0123456789', [b, a, c])).toEqual({ text: 'AAA345+6789', applied: 2 });
  });
});

describe('vocabulary', () => {
  const vocabularyKb = createLinter({
    contentDir,
    config: { ...linter.config, vocabulary: { accept: ['SSO Connector', 'GitHub'], reject: ['simply'] } },
  });

  it('accepts terms as written, flags miscased ones with a fix, and rejects terms with no replacement', async () => {
    const result = await vocabularyKb.lintText('Open the SSO Connector. Simply connect Github, or github.com, or GITHUB.\n', file);
    expect(result.messages.filter((m) => m.ruleId === 'no-jargon').map((m) => `${m.column} ${m.message} ${m.fix?.edits[0]?.text ?? '-'}`)).toEqual([
      '25 Rejected term "Simply": the vocabulary rules it out, so reword the sentence -',
      '40 Write "GitHub", not "Github": that is how the vocabulary spells it GitHub',
    ]);
  });
});
