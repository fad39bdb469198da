/**
 * Every rule's documented examples are its tests: "ok" examples produce no
 * message from the rule, "not-ok" examples produce exactly the `@expect`
 * messages. The examples are linted as a file of the fixture KB (`.mdx`, or
 * `.md` for the examples written as Markdown).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLinter } from '../../../plugins/lint/lint-files.ts';
import { readRuleDocs } from '../../../plugins/rules/rule-docs.ts';

const contentDir = path.resolve('test/fixtures/kb');
const linter = createLinter({ contentDir });
const exampleFile = (syntax: 'mdx' | 'md') => path.join(contentDir, `articles/how-to/example.${syntax}`);

describe.each(readRuleDocs())('rule $id', (doc) => {
  it('documents at least one ok and one not-ok example', () => {
    expect(doc.examples.some((e) => e.kind === 'ok')).toBe(true);
    expect(doc.examples.some((e) => e.kind === 'not-ok')).toBe(true);
    expect(doc.summary.length).toBeGreaterThan(20);
  });

  it.each(doc.examples.map((e, i) => ({ ...e, name: `${e.kind} example ${i + 1}` })))('$name', async (example) => {
    const result = await linter.lintText(example.text, example.file ? path.join(contentDir, example.file) : exampleFile(example.syntax));
    const got = result.messages.filter((m) => m.ruleId === doc.id).map((m) => `${m.line}:${m.column} ${m.message}`);
    if (example.kind === 'ok') expect(got).toEqual([]);
    else {
      expect(example.expect.length).toBeGreaterThan(0);
      expect(got.sort()).toEqual([...example.expect].sort());
    }
  });
});
