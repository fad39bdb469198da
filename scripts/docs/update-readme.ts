/** `npm run docs`: regenerates the generated parts of README.md. */
import { readFileSync, writeFileSync } from 'node:fs';
import { withRulesTable } from './rules-table.ts';

const file = new URL('../../README.md', import.meta.url);
const before = readFileSync(file, 'utf8');
const after = withRulesTable(before);
if (after !== before) {
  writeFileSync(file, after);
  process.stdout.write('README.md: rules table updated.\n');
} else {
  process.stdout.write('README.md: rules table already up to date.\n');
}
