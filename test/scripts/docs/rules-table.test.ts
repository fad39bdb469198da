/** The README's rules table is generated from the rules' docs and must be current. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../plugins/rules/rule-ids.ts';
import { rulesTable, withRulesTable } from '../../../scripts/docs/rules-table.ts';

describe('README rules table', () => {
  it('lists every rule id with its default severity', () => {
    const table = rulesTable();
    for (const id of ruleIds) {
      expect(table).toMatch(new RegExp(`^\\| \\[\`${id}\`\\]\\(#${id}\\) \\| (error|warning|info) \\|`, 'm'));
      // The section SARIF helpUri and the editor's rule links point at.
      expect(table).toMatch(new RegExp(`^#### ${id}$`, 'm'));
    }
  });

  it('is up to date in README.md (run `npm run docs` after editing a rule header)', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(withRulesTable(readme)).toBe(readme);
  });
});
