/**
 * Runs Microsoft's SARIF Multitool (`validate`, from the npm package
 * @microsoft/sarif-multitool) on a SARIF file and returns what it found:
 * schema errors and its rules (SARIF1002 valid URIs, SARIF1004 URI base
 * ids, …), as `ruleId level: message` lines.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const binary = path.resolve('node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool');

/** True when the Multitool can run here (it ships for Linux x64 in this project's lockfile). */
export function multitoolAvailable(): boolean {
  return process.platform === 'linux' && existsSync(binary);
}

/** Validates a SARIF file; returns every finding of the Multitool. */
export function validateWithMultitool(sarifFile: string): string[] {
  // npm does not run the package's install script (chmod u+x) unless approved.
  if ((statSync(binary).mode & 0o100) === 0) chmodSync(binary, 0o755);
  const dir = mkdtempSync(path.join(tmpdir(), 'kb-sarif-'));
  const out = path.join(dir, 'validation.sarif');
  try {
    const run = spawnSync(binary, ['validate', sarifFile, '--output', out, '--quiet'], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
    if (!existsSync(out)) throw new Error(`the SARIF Multitool did not run: ${run.error?.message ?? ''} ${run.stdout} ${run.stderr}`);
    const log = JSON.parse(readFileSync(out, 'utf8')) as { runs: Array<{ results?: Array<{ ruleId?: string; level?: string; message?: { text?: string; arguments?: string[] } }> }> };
    return log.runs.flatMap((r) => r.results ?? []).map((r) => `${r.ruleId} ${r.level ?? 'warning'}: ${(r.message?.arguments ?? []).join(' | ')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
