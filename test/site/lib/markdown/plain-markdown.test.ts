import { describe, expect, it } from 'vitest';
import { plainMarkdownOf } from '../../../../site/lib/markdown/plain-markdown.ts';

describe('plainMarkdownOf', () => {
  it('returns Markdown without MDX syntax unchanged', () => {
    const body = '## Quick answer\n\nOpen **Team** and click **Invite**.\n';
    expect(plainMarkdownOf(body)).toBe(body);
  });

  it('removes MDX comments, which Markdown would print as text', () => {
    const plain = plainMarkdownOf('{/* kb-disable no-jargon -- product name */}\n\nUse SSO.\n\nText {/* inline */} here.\n');
    expect(plain).toBeDefined();
    expect(plain).not.toContain('kb-disable');
    expect(plain).not.toContain('inline');
    expect(plain).toContain('Use SSO.');
  });

  it('accepts braces and angle brackets inside code', () => {
    expect(plainMarkdownOf('Run this:\n\n```js\nconst a = { b: 1 } < 2;\n```\n\nAnd `{x}`.\n')).toBeDefined();
  });

  it('sends JSX, imports, expressions and raw HTML to the MDX pipeline', () => {
    expect(plainMarkdownOf('Press <kbd>Enter</kbd>.')).toBeUndefined();
    expect(plainMarkdownOf('<Callout>Careful</Callout>')).toBeUndefined();
    expect(plainMarkdownOf("import X from './x.js'\n\nText.")).toBeUndefined();
    expect(plainMarkdownOf('Total: {1 + 1}.')).toBeUndefined();
  });

  it('sends indented blocks that Markdown reads as code (and MDX does not) to the MDX pipeline', () => {
    expect(plainMarkdownOf('Intro.\n\n    not code in MDX\n')).toBeUndefined();
  });

  it('keeps nested lists, which both read the same', () => {
    expect(plainMarkdownOf('1. One\n    - nested item\n2. Two\n')).toBeDefined();
  });
});
