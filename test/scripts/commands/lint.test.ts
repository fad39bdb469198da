/**
 * The `kb lint` contract: exit codes, the three output formats, a malformed
 * file among good ones, bad configuration, bad usage — all through the real
 * command in a child process.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runKb } from '../../helpers/run-kb.ts';
import { tempKb, type TempKb } from '../../helpers/temp-kb.ts';

const fixture = path.resolve('test/fixtures/kb');
const good = readFileSync(path.join(fixture, 'articles/how-to/invite-teammates.mdx'), 'utf8');
const eightSteps = good.replace('4. Click **Send invites**.', '4. Click **Send invites**.\n5. Wait.\n6. Check.\n7. Look.\n8. Done.');
let kb: TempKb | undefined;

afterEach(() => {
  kb?.remove();
  kb = undefined;
});

function noStackTrace(text: string): void {
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);
}

describe('kb lint', () => {
  it('exits 0 and says so when every article passes', async () => {
    const run = await runKb(['lint', '--content', fixture]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('4 articles checked: no problems.');
  });

  it('exits 1 with file:line:column  severity  message  rule-id lines on an error', async () => {
    kb = tempKb();
    kb.write('articles/how-to/invite-teammates.mdx', eightSteps);
    const run = await runKb(['lint', '--content', kb.dir]);
    expect(run.code).toBe(1);
    const line = run.stdout.split('\n').find((l) => l.includes('maximum-steps'));
    expect(line).toMatch(/^.*articles\/how-to\/invite-teammates\.mdx:18:1 {2}error {2}Unexpected 8 steps, expected at most 7: split the procedure into linked articles {2}maximum-steps$/);
    expect(run.stdout).toMatch(/✖ 4 articles checked: 1 error, 0 warnings in 1 article/);
  });

  it('exits 0 on warnings only', async () => {
    kb = tempKb();
    kb.write('articles/how-to/invite-teammates.mdx', good.replace('Type one email per line.', 'Type one email per line, or add the SSO group.'));
    const run = await runKb(['lint', '--content', kb.dir]);
    expect(run.stdout).toContain('warning  Internal term "SSO": say "single sign-on" instead  no-jargon');
    expect(run.code).toBe(0);
  });

  it('writes the JSON shape without ancestors', async () => {
    kb = tempKb();
    kb.write('articles/how-to/invite-teammates.mdx', eightSteps);
    const run = await runKb(['lint', '--content', kb.dir, '--format', 'json']);
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as Array<{ file: string; messages: Array<Record<string, unknown>> }>;
    expect(results).toHaveLength(4);
    const bad = results.find((r) => r.file.endsWith('invite-teammates.mdx'));
    expect(bad?.messages).toEqual([
      {
        ruleId: 'maximum-steps',
        severity: 'error',
        line: 18,
        column: 1,
        endLine: 25,
        endColumn: 9,
        message: 'Unexpected 8 steps, expected at most 7: split the procedure into linked articles',
      },
    ]);
    expect(run.stdout).not.toContain('ancestors');
  });

  it('writes SARIF 2.1.0 with rules and locations', async () => {
    kb = tempKb();
    kb.write('articles/how-to/invite-teammates.mdx', eightSteps);
    const run = await runKb(['lint', '--content', kb.dir, '--format', 'sarif']);
    expect(run.code).toBe(1);
    const sarif = JSON.parse(run.stdout);
    expect(sarif.version).toBe('2.1.0');
    const [runEntry] = sarif.runs;
    expect(runEntry.tool.driver.rules.map((r: { id: string }) => r.id)).toContain('maximum-steps');
    expect(runEntry.results).toHaveLength(1);
    expect(runEntry.results[0]).toMatchObject({
      ruleId: 'maximum-steps',
      level: 'error',
      locations: [{ physicalLocation: { region: { startLine: 18, startColumn: 1 } } }],
    });
    expect(runEntry.results[0].locations[0].physicalLocation.artifactLocation.uri).toMatch(/invite-teammates\.mdx$/);
  });

  it('reports a malformed file at its position, still runs the checks that need no MDX, and checks the others', async () => {
    kb = tempKb();
    kb.write('articles/how-to/broken.mdx', '---\ntitle: Fix a broken thing\n---\n\nIf the total is 1 <3 call us.\n');
    const run = await runKb(['lint', '--content', kb.dir, '--format', 'json']);
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as Array<{ file: string; messages: Array<{ ruleId: string; line: number; message: string }> }>;
    expect(results).toHaveLength(5);
    const broken = results.find((r) => r.file.endsWith('broken.mdx'));
    const parse = broken?.messages.filter((m) => m.ruleId === 'parse-error') ?? [];
    expect(parse).toHaveLength(1);
    expect(parse[0]?.line).toBe(5);
    expect(parse[0]?.message).toMatch(/^MDX could not read this file: .+ A `<` in text starts a tag in MDX/);
    // The frontmatter is still checked; the structure checks wait until the file parses.
    expect(broken?.messages.some((m) => m.ruleId === 'frontmatter-schema' && m.message.includes('"summary"'))).toBe(true);
    expect(broken?.messages.some((m) => m.ruleId === 'required-sections')).toBe(false);
    for (const other of results.filter((r) => !r.file.endsWith('broken.mdx'))) expect(other.messages).toEqual([]);
    noStackTrace(run.stdout + run.stderr);
  });

  it('reports frontmatter YAML that does not parse as parse-error at its line', async () => {
    kb = tempKb();
    kb.write('articles/how-to/yaml.mdx', good.replace('owner: sam', 'owner: [sam'));
    const run = await runKb(['lint', '--content', kb.dir, 'articles/how-to/yaml.mdx'.replace(/^/, `${kb.dir}/`)]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/yaml\.mdx:\d+:\d+ {2}error {2}Frontmatter YAML does not parse: .+ {2}parse-error/);
  });

  it('lints only the given paths', async () => {
    const run = await runKb(['lint', '--content', fixture, path.join(fixture, 'articles/faq')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1 article checked');
  });

  it('fails with exit 2, the file, line, key and fix on a bad config', async () => {
    kb = tempKb();
    kb.write('kb.config.yaml', 'contact:\n  email: help@example.com\nlimits:\n  max_steps: seven\n');
    const run = await runKb(['lint', '--content', kb.dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/kb\.config\.yaml:4:3 {2}"limits\.max_steps" is "seven", expected a number\. Fix: change "limits\.max_steps" to a number\./);
    noStackTrace(run.stderr);
  });

  it('fails with exit 2 on bad usage', async () => {
    const badFormat = await runKb(['lint', '--content', fixture, '--format', 'yaml']);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain("argument 'yaml' is invalid");
    const missing = await runKb(['lint', '--content', fixture, 'no/such/file.mdx']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('No such file or folder: no/such/file.mdx');
    const unknown = await runKb(['lint', '--bogus']);
    expect(unknown.code).toBe(2);
    noStackTrace(badFormat.stderr + missing.stderr + unknown.stderr);
  });

  it('has --help', async () => {
    const run = await runKb(['lint', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: kb lint [options] [paths...]');
    expect(run.stdout).toContain('--format <format>');
  });
});
