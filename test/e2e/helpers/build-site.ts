/**
 * Builds a KB with the real `kb build` command into a temporary folder, the
 * way a user would, and reports its exit code and output.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../../../scripts/kb.js', import.meta.url));

export interface SiteBuild {
  outDir: string;
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `kb build --content <contentDir> --out <tmp>/dist` (plus `args`). */
export function buildSite(contentDir: string, args: string[] = []): Promise<SiteBuild> {
  const outDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'kb-site-')), 'dist');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'build', '--content', contentDir, '--out', outDir, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ outDir, code, stdout, stderr }));
  });
}
