/**
 * Editors get the same messages as `kb lint`: the remark CLI (what the remark
 * language server runs) loads `.remarkrc.mjs` and reports the kb rules.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { tempKb, type TempKb } from './helpers/temp-kb.ts';

let kb: TempKb | undefined;
afterEach(() => kb?.remove());

it('reports kb rule messages through .remarkrc.mjs', () => {
  kb = tempKb();
  const file = kb.write('articles/how-to/label-title.mdx', '---\ntitle: Password reset\n---\n\n## Steps\n\n1. Open it.\n');
  const remark = path.resolve('node_modules/remark-cli/cli.js');
  const run = spawnSync(process.execPath, [remark, file, '--rc-path', path.resolve('.remarkrc.mjs'), '--no-stdout', '--no-color'], { encoding: 'utf8' });
  expect(run.stderr).toMatch(/2:1\s+error\s+Title "Password reset" reads as a label.*title-style\s+kb/);
  expect(run.stderr).toMatch(/error\s+Missing section "Quick answer".*required-sections\s+kb/);
  expect(run.status).toBe(1);
});
