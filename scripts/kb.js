#!/usr/bin/env node
// The `kb` command. Kept as plain JavaScript so it starts on every Node:
// first it checks the version (an older Node gets told what to install),
// then Node 22.18+ runs the TypeScript sources directly, while 22.12-22.17
// need type stripping switched on, so we re-launch with the flag.
import { spawnSync } from 'node:child_process';
import module from 'node:module';
import { fileURLToPath } from 'node:url';
import { nodeVersionProblem } from './node-version.js';

const problem = nodeVersionProblem(process.versions.node, process.execPath);
if (problem) {
  process.stderr.write(`${problem}\n`);
  process.exit(1);
}

// Node keeps compiled (and type-stripped) modules on disk between runs, which
// halves the start-up of every kb command; a warm `kb lint --cache` is mostly start-up.
module.enableCompileCache?.();

const main = fileURLToPath(new URL('./cli/main.ts', import.meta.url));
if (process.features.typescript) {
  import(main);
} else {
  const result = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', main, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  process.exit(result.status ?? 1);
}
