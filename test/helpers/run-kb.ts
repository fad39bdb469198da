/**
 * Runs the real `kb` command in a child process, the way users run it.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

export interface KbRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

const bin = path.resolve('scripts/kb.js');

/** Runs `kb <args>`; resolves when it exits. */
export function runKb(args: readonly string[], options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {}): Promise<KbRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: options.cwd ?? process.cwd(),
      env: { ...process.env, NO_COLOR: '1', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}
