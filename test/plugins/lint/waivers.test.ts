/** Waivers silence one rule for the next block or the file, and only with a reason. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLinter } from '../../../plugins/lint/lint-files.ts';

const linter = createLinter({ contentDir: path.resolve('test/fixtures/kb') });
const file = path.resolve('test/fixtures/kb/articles/how-to/waivers.mdx');
const eight = '1. One\n2. Two\n3. Three\n4. Four\n5. Five\n6. Six\n7. Seven\n8. Eight\n';

async function messages(text: string) {
  const result = await linter.lintText(text, file);
  return result.messages
    .filter((m) => m.ruleId === 'maximum-steps' || m.ruleId === 'waiver-reason')
    .map((m) => `${m.line} ${m.ruleId} ${m.severity}`);
}

describe('waivers', () => {
  it('silence the named rule for the next block only', async () => {
    const text = `{/* kb-disable maximum-steps -- fixed order of the bank form */}\n${eight}\nText.\n\n${eight}`;
    expect(await messages(text)).toEqual(['13 maximum-steps error']);
  });

  it('silence a rule for the whole file', async () => {
    const text = `{/* kb-disable-file maximum-steps -- imported legacy procedure */}\n\n${eight}\nText.\n\n${eight}`;
    expect(await messages(text)).toEqual([]);
  });

  it('are errors without a reason, and do not silence anything then', async () => {
    expect(await messages(`{/* kb-disable maximum-steps */}\n${eight}`)).toEqual(['1 waiver-reason error', '2 maximum-steps error']);
  });

  it('are errors for unknown rules', async () => {
    const result = await linter.lintText('{/* kb-disable max-steps -- typo */}\nText.\n', file);
    expect(result.messages.find((m) => m.ruleId === 'waiver-reason')?.message).toMatch(/^Unknown rule "max-steps" in waiver: use one of /);
  });

  it('warn when they silence nothing', async () => {
    expect(await messages('{/* kb-disable maximum-steps -- just in case */}\n1. One\n')).toEqual(['1 waiver-reason warning']);
  });
});
