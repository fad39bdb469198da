/** Response templates keep the HEARD shape and the reading grade, checked with the linter's readability pieces. */
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, parseConfig } from '../../../plugins/config/load-config.ts';
import { checkTemplates } from '../../../scripts/suggest/check-templates.ts';
import { loadTemplates, readTemplate, replyText } from '../../../scripts/suggest/load-templates.ts';
import { runKb } from '../../helpers/run-kb.ts';
import { tempKb } from '../../helpers/temp-kb.ts';

const kb = tempKb();
afterAll(() => kb.remove());
const config = loadConfig('content');
const shipped = loadTemplates('content/templates');

const heard = (body: string) => `---\ntitle: Test\nsummary: A test.\n---\n\n## Hear\n\n${body}\n\n## Empathize\n\nI am sorry.\n\n## Act\n\nI did it.\n\n## Resolve\n\nIt works now.\n\n## Delight\n\nThanks!\n`;

describe('response templates', () => {
  it('ships the six templates in English and German, all passing', () => {
    const names = ['at-risk-outreach', 'billing', 'bug-report', 'de-escalation', 'feature-request', 'how-to'];
    expect(shipped.map((t) => `${t.language ?? ''}/${t.name}`)).toEqual([...names.map((n) => `/${n}`), ...names.map((n) => `de/${n}`)]);
    const { checks, missing } = checkTemplates(shipped, config, 'content/templates');
    expect(missing).toEqual([]);
    for (const check of checks) {
      expect(check.problems).toEqual([]);
      if (check.language === null) expect(check.grade).toBeLessThanOrEqual(8);
      else expect(check.grade).toBeNull();
    }
  });

  it('fails a template above the reading grade and points at its hardest sentence', () => {
    const file = kb.write('templates/hard.md', heard('Notwithstanding organizational considerations, comprehensive administrative reconfiguration necessitates substantial documentation.'));
    const [check] = checkTemplates([readTemplate(file)], config, 'templates').checks;
    expect(check!.grade).toBeGreaterThan(8);
    expect(check!.problems.map((p) => [p.line, p.message.split(':')[0]])).toEqual([
      [1, `Reading grade ${check!.grade!.toFixed(1)}, expected 8 or below`],
      // Line 8 of the file: the sentence under "## Hear", after four lines of frontmatter.
      [8, expect.stringMatching(/^Hard sentence \(grade \d+\.\d\)$/)],
    ]);
  });

  it('fails a template without the HEARD sections in order', () => {
    const file = kb.write('templates/short.md', '---\ntitle: Short\n---\n\n## Hear\n\nHi.\n\n## Act\n\nDone.\n');
    const [check] = checkTemplates([readTemplate(file)], config, 'templates').checks;
    expect(check!.problems[0]!.message).toBe('Sections "Hear", "Act", expected "Hear", "Empathize", "Act", "Resolve", "Delight" in this order: give each HEARD step its own "## " heading');
  });

  it('reports templates the configuration names but the folder lacks', () => {
    const custom = parseConfig('contact:\n  email: a@b.example\nsupport:\n  templates:\n    angry: calm-down\n', 'kb.config.yaml');
    expect(checkTemplates(shipped, custom, 'content/templates').missing).toEqual([
      { file: 'content/templates/calm-down.md', line: 1, message: 'No template "calm-down" (named by support.templates.angry): add calm-down.md or change the key' },
    ]);
  });

  it('gives the reply without the step headings', () => {
    const reply = replyText(shipped.find((t) => t.name === 'billing')!);
    expect(reply.startsWith('Hi [first name], thanks for writing.')).toBe(true);
    expect(reply).not.toContain('## ');
  });

  it('kb templates check exits 0 on the shipped templates and 1 on a bad one', async () => {
    const ok = await runKb(['templates', 'check']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('12 templates, 0 problems (reading grade limit 8).');
    kb.write('templates/bug-report.md', heard('Notwithstanding organizational considerations, comprehensive administrative reconfiguration necessitates substantial documentation.'));
    const bad = await runKb(['templates', 'check', '--content', kb.dir]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/FAIL {2}bug-report/);
  });
});
