/**
 * Every test run gets its own temporary folder, set as TMPDIR before the
 * test workers start, so whatever a test, a `kb` child process or a killed
 * run leaves behind goes when the run ends instead of piling up in /tmp.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), 'kb-test-run-'));
  process.env.TMPDIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
