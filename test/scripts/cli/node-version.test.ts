/** `kb` checks the Node version before anything else and says what to install. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeVersionProblem } from '../../../scripts/node-version.js';

const KB = path.resolve('scripts/kb.js');
const SYSTEM_NODE = '/usr/bin/node';

function systemNodeVersion(): string | undefined {
  if (!existsSync(SYSTEM_NODE)) return undefined;
  return spawnSync(SYSTEM_NODE, ['--version'], { encoding: 'utf8' }).stdout.trim();
}

describe('nodeVersionProblem', () => {
  it.each(['20.20.2', 'v18.19.0', '22.11.0', '21.7.3'])('refuses %s and says what to install', (version) => {
    const message = nodeVersionProblem(version, '/usr/bin/node');
    expect(message).toMatch(/kb needs Node\.js 22\.12 or newer; this is Node\.js \d+\.\d+\.\d+ \(\/usr\/bin\/node\)/);
    expect(message).toMatch(/nvm install 24/);
    expect(message).toMatch(/nodejs\.org/);
  });

  it.each(['22.12.0', '22.18.1', 'v24.1.0', '25.0.0'])('accepts %s', (version) => {
    expect(nodeVersionProblem(version)).toBeUndefined();
  });
});

describe('kb on an old Node', () => {
  const version = systemNodeVersion();
  const old = version !== undefined && nodeVersionProblem(version) !== undefined;
  if (!old) console.warn(`SKIPPED kb on an old Node: ${version === undefined ? `no ${SYSTEM_NODE}` : `${SYSTEM_NODE} is ${version}, not older than 22.12`}; the version check is still tested above.`);

  it.skipIf(!old)(`prints what to install and exits 1 on ${SYSTEM_NODE} (${version ?? 'missing'})`, () => {
    for (const args of [['--help'], ['lint'], ['analytics', 'prune']]) {
      const run = spawnSync(SYSTEM_NODE, [KB, ...args], { encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/kb needs Node\.js 22\.12 or newer; this is Node\.js 20\./);
      expect(run.stderr).not.toContain('bad option');
      expect(run.stdout).toBe('');
    }
  });
});
