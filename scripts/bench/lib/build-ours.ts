/**
 * A cold `kb build` of a KB, run as a user runs it (the CLI in its own
 * process: lint gate, Astro render, Pagefind index) and measured from the
 * outside like any other command.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { measureCommand, type MeasuredCommand } from './measure-command.ts';
import { projectRoot } from './workspace.ts';

/** What `kb build --format json` prints. */
export interface KbBuildJson {
  ok: boolean;
  timings: { lintMs: number; astroMs: number; pagefindMs: number; totalMs: number };
  indexedPages: number;
  searchIndexBytes: number;
}

const cli = path.join(projectRoot, 'scripts', 'kb.js');
const lockDir = path.join(projectRoot, 'node_modules', '.cache', 'kb-build.lock');

function lockHolder(): number | undefined {
  try {
    const pid = Number(readFileSync(path.join(lockDir, 'pid'), 'utf8'));
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

/**
 * `kb build` waits while another build of this checkout runs; that wait is
 * not build time, so the benchmark waits for the lock before it starts the clock.
 */
async function waitForOtherBuilds(log: (text: string) => void): Promise<void> {
  let told = false;
  while (existsSync(lockDir) && lockHolder() !== undefined) {
    if (!told) log(`waiting for another kb build (pid ${lockHolder()}) to finish…`);
    told = true;
    await sleep(1000);
  }
}

/** Builds `contentDir` into `outDir`; throws with the CLI's output when the build fails. */
export async function buildOurs(contentDir: string, outDir: string, log: (text: string) => void = () => {}): Promise<MeasuredCommand & { json: KbBuildJson }> {
  await waitForOtherBuilds(log);
  const run = await measureCommand({ command: process.execPath, args: [cli, 'build', '--content', contentDir, '--out', outDir, '--format', 'json'], cwd: projectRoot });
  if (run.code !== 0) throw new Error(`kb build exited with ${run.code}:\n${(run.stdout + run.stderr).slice(-4000)}`);
  return { ...run, json: JSON.parse(run.stdout) as KbBuildJson };
}
