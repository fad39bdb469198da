/**
 * The documented pre-commit hook (.githooks/pre-commit): a commit that adds
 * a failing article is stopped with the lint message; a good one passes;
 * a commit without articles does not run the linter at all.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';

const repo = mkdtempSync(path.join(tmpdir(), 'kb-hook-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));

function git(...args: string[]) {
  return spawnSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } });
}

it('stops a commit with a failing article and lets a good one through', () => {
  // A project laid out like this one: the kb package, its node_modules, content/ and the hook.
  for (const entry of ['package.json', 'scripts', 'plugins', 'analytics-api', '.githooks']) cpSync(path.resolve(entry), path.join(repo, entry), { recursive: true });
  symlinkSync(path.resolve('node_modules'), path.join(repo, 'node_modules'));
  cpSync(path.resolve('test/fixtures/kb'), path.join(repo, 'content'), { recursive: true });
  execFileSync('git', ['init', '-q'], { cwd: repo });
  git('config', 'core.hooksPath', '.githooks');
  git('add', 'package.json');
  expect(git('commit', '-qm', 'no articles').status).toBe(0);
  const good = readFileSync(path.resolve('test/fixtures/kb/articles/how-to/invite-teammates.mdx'), 'utf8');
  writeFileSync(path.join(repo, 'content/articles/how-to/label title.mdx'), good.replace('title: Invite teammates to your workspace', 'title: Teammate invitations'));
  git('add', 'content');
  const bad = git('commit', '-qm', 'a label title');
  expect(bad.status).not.toBe(0);
  expect(bad.stdout + bad.stderr).toMatch(/label title\.mdx:2:1 {2}error {2}Title "Teammate invitations" reads as a label/);
  writeFileSync(path.join(repo, 'content/articles/how-to/label title.mdx'), good.replace('title: Invite teammates to your workspace', 'title: Invite teammates by email'));
  git('add', 'content');
  expect(git('commit', '-qm', 'an action title').status).toBe(0);
});
