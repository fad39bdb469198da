/**
 * Runs a command to completion and measures it as a user would feel it:
 * wall time from spawn to exit, peak resident memory of its whole process
 * tree (sampled every 100 ms), and the CPU time all its processes used.
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { childrenCpuSeconds, treeRssBytes } from './process-tree.ts';

export interface MeasureCommandOptions {
  command: string;
  args: readonly string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

export interface MeasuredCommand {
  code: number | null;
  wallMs: number;
  /** Largest sum of resident memory over the process tree; 0 where /proc is missing. */
  peakRssBytes: number;
  /** User + system CPU seconds of the command and its descendants; null where /proc is missing. */
  cpuSeconds: number | null;
  stdout: string;
  stderr: string;
}

const SAMPLE_MS = 100;

/** Runs the command; resolves when it exits, whatever its exit code. */
export function measureCommand(options: MeasureCommandOptions): Promise<MeasuredCommand> {
  return new Promise((resolve, reject) => {
    const cpuBefore = childrenCpuSeconds();
    const start = performance.now();
    const child = spawn(options.command, options.args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let peakRssBytes = 0;
    const sample = () => {
      if (child.pid !== undefined && child.exitCode === null) peakRssBytes = Math.max(peakRssBytes, treeRssBytes(child.pid));
    };
    const timer = setInterval(sample, SAMPLE_MS);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const wallMs = performance.now() - start;
      const cpuAfter = childrenCpuSeconds();
      const cpuSeconds = cpuBefore !== null && cpuAfter !== null ? cpuAfter - cpuBefore : null;
      resolve({ code, wallMs, peakRssBytes, cpuSeconds, stdout, stderr });
    });
  });
}
