/**
 * One test per defect found on real help centers, each from its
 * reproduction: anchors, split procedures, HTML lists, components,
 * waivers inside JSX, `%` in links, link-only lists in the reading grade,
 * wrapped-line positions, encodings and link loops.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanArticleFiles } from '../../../plugins/lint/article-files.ts';
import { createLinter } from '../../../plugins/lint/lint-files.ts';
import { decodeArticle } from '../../../plugins/lint/read-article.ts';

const contentDir = path.resolve('test/fixtures/kb');
const linter = createLinter({ contentDir });
const mdx = path.join(contentDir, 'articles/how-to/defect.mdx');
const md = path.join(contentDir, 'articles/how-to/defect.md');

async function rule(text: string, id: string, file = mdx): Promise<string[]> {
  const result = await linter.lintText(text, file);
  return result.messages.filter((m) => m.ruleId === id).map((m) => `${m.line}:${m.column} ${m.message}`);
}

const eight = (n: number) => Array.from({ length: n }, (_, i) => `${i + 1}. Step ${i + 1}.`);

describe('anchors', () => {
  it('accepts an explicit <a id> (and <a name>, JSX id) as a link target', async () => {
    expect(await rule('<a id="billing-faq"></a>\n\nSee [billing](#billing-faq).\n', 'no-broken-links', md)).toEqual([]);
    expect(await rule('<a name="old-anchor"></a>\n\nSee [old](#old-anchor).\n', 'no-broken-links', md)).toEqual([]);
    expect(await rule('<div id="faq">Questions</div>\n\nSee [faq](#faq).\n', 'no-broken-links')).toEqual([]);
    expect(await rule('See [nothing](#nowhere).\n', 'no-broken-links', md)).toHaveLength(1);
  });

  it('takes a {#id} heading id in Markdown, for the anchor and the section name', async () => {
    expect(await rule('## Steps {#how}\n\n1. Go.\n\nSee [how](#how).\n', 'no-broken-links', md)).toEqual([]);
    expect(await rule('## Steps {#how}\n\n1. Go.\n', 'section-order', md)).toEqual([]);
  });
});

describe('procedures', () => {
  const split = (between: string) => [...eight(4), '', between, '', '5. Step 5.', '6. Step 6.', '7. Step 7.', '8. Step 8.', ''].join('\n');

  it.each([
    ['a code block', '```sh\nsync\n```'],
    ['an image', '![The Sync button](../images/schedule.png)'],
    ['a callout', '> **Note:** wait for the green light.'],
    ['a JSX callout', '<Note>Wait for the green light.</Note>'],
    ['a comment', '{/* the bank form starts here */}'],
  ])('counts one procedure split by %s', async (_name, between) => {
    expect(await rule(split(between), 'maximum-steps')).toEqual(['1:1 Unexpected 8 steps, expected at most 7: split the procedure into linked articles']);
  });

  it('counts one procedure split by an HTML comment in Markdown', async () => {
    expect(await rule(split('<!-- screenshot goes here -->'), 'maximum-steps', md)).toHaveLength(1);
  });

  it('counts a procedure picked up again with "5." after a paragraph', async () => {
    expect(await rule(split('Wait until the light turns green. It takes a minute.'), 'maximum-steps')).toHaveLength(1);
  });

  it('keeps two procedures apart when a paragraph separates them and the numbering restarts', async () => {
    const text = [...eight(4), '', 'Then, to check it:', '', ...eight(4), ''].join('\n');
    expect(await rule(text, 'maximum-steps')).toEqual([]);
  });

  it('counts the items of an HTML <ol>, also across blank lines', async () => {
    const items = Array.from({ length: 8 }, (_, i) => `  <li>Step ${i + 1}</li>`);
    expect(await rule(`<ol>\n${items.join('\n')}\n</ol>\n`, 'maximum-steps', md)).toHaveLength(1);
    expect(await rule(`<ol>\n${items.slice(0, 4).join('\n')}\n\n${items.slice(4).join('\n')}\n</ol>\n`, 'maximum-steps', md)).toHaveLength(1);
    expect(await rule(`<ol>\n${items.slice(0, 5).join('\n')}\n</ol>\n`, 'maximum-steps', md)).toEqual([]);
  });

  it('counts <Steps> with <Step> children, and finds no false "no numbered list"', async () => {
    const steps = Array.from({ length: 8 }, (_, i) => `  <Step title="Step ${i + 1}">Do it.</Step>`);
    expect(await rule(`<Steps>\n${steps.join('\n')}\n</Steps>\n`, 'maximum-steps')).toHaveLength(1);
    const article = ['## Quick answer', 'Do it.', '## Steps', '<Steps>', '  <Step title="One">Open it.</Step>', '</Steps>', ''].join('\n');
    expect(await rule(article, 'required-sections')).not.toContainEqual(expect.stringContaining('has no numbered list'));
    const starlight = ['## Quick answer', 'Do it.', '## Steps', '<Steps>', '', '1. Open it.', '2. Save it.', '', '</Steps>', ''].join('\n');
    expect(await rule(starlight, 'required-sections')).not.toContainEqual(expect.stringContaining('has no numbered list'));
  });
});

describe('waivers', () => {
  it('work inside JSX components, for the next block there', async () => {
    const text = '<Note>\n  {/* kb-disable passive-voice -- the product names this state */}\n  Your file is deleted after a day.\n</Note>\n';
    expect(await rule(text, 'passive-voice')).toEqual([]);
    expect(await rule(text, 'waiver-reason')).toEqual([]);
  });

  it('are reported, not ignored, where they cannot apply', async () => {
    expect(await rule('<Note>\n  Your file is deleted after a day.\n  {/* kb-disable passive-voice -- too late */}\n</Note>\n', 'waiver-reason')).toEqual([
      '3:3 Waiver has no block after it to apply to: put it right above the block it waives',
    ]);
    expect(await rule('Your file is deleted {/* kb-disable passive-voice -- inline */} after a day.\n', 'waiver-reason')).toEqual([
      '1:22 Waiver inside a line applies to nothing: put it on a line of its own, right above the block it waives',
    ]);
  });

  it('are written as HTML comments in Markdown', async () => {
    expect(await rule('<!-- kb-disable passive-voice -- quoting the router screen -->\nYour file is deleted after a day.\n', 'passive-voice', md)).toEqual([]);
  });
});

describe('links', () => {
  it('a % in a link URL does not drop the other messages', async () => {
    const result = await linter.lintText('Your file is deleted. See [the 100% plan](./100%-plan.mdx) and [SSO](https://example.com/a%zz).\n', mdx);
    const ids = result.messages.map((m) => m.ruleId);
    expect(ids).toContain('passive-voice');
    expect(ids).toContain('no-broken-links');
    expect(result.messages.some((m) => /malformed/i.test(m.message))).toBe(false);
  });
});

describe('reading grade', () => {
  it('leaves 1-3 word link titles in "Related articles" out of hard sentences and the grade', async () => {
    const related = ['## Related articles', '', '- [Troubleshoot synchronization](./a.mdx)', '- [Administrative notifications](./b.mdx)', '- [Organizational configuration](./c.mdx)', ''].join('\n');
    const text = `Open the app. Tap your name. Pick a shift.\n\n${related}`;
    expect(await rule(text, 'readability-grade')).toEqual([]);
    const withLinks = await linter.lintText(text, mdx);
    const plain = await linter.lintText('Open the app. Tap your name. Pick a shift.\n', mdx);
    expect(withLinks.messages.filter((m) => m.ruleId === 'readability-grade')).toEqual(plain.messages.filter((m) => m.ruleId === 'readability-grade'));
  });
});

describe('positions', () => {
  it('points at the word on a wrapped list-item line', async () => {
    expect(await rule('- Open the admin panel and check\n  that SSO is on.\n', 'no-jargon')).toEqual(['2:8 Internal term "SSO": say "single sign-on" instead']);
  });

  it('points at the word on a wrapped quote line', async () => {
    expect(await rule('> Ask your admin to check\n> that SSO is on.\n', 'no-jargon')).toEqual(['2:8 Internal term "SSO": say "single sign-on" instead']);
  });

  it('points at the word in a table cell after an escaped pipe', async () => {
    expect(await rule('| a | b |\n| --- | --- |\n| x \\| y | the SSO page |\n', 'no-jargon')).toEqual(['3:16 Internal term "SSO": say "single sign-on" instead']);
  });

  it('points at the word in a CRLF file, after an entity', async () => {
    expect(await rule('First line.\r\n\r\n- Tom &amp; Ana check\r\n  that SSO is on.\r\n', 'no-jargon')).toEqual(['4:8 Internal term "SSO": say "single sign-on" instead']);
  });

  it('points hard sentences at their first word in nested lists', async () => {
    const text = '- Top item.\n  - Administrators configuring organizational notification preferences necessitate authorization.\n';
    const result = await linter.lintText(text, mdx);
    const hard = result.messages.find((m) => m.message.startsWith('Hard sentence'));
    expect(`${hard?.line}:${hard?.column}`).toBe('2:5');
  });
});

describe('files', () => {
  it('refuses a file that is not UTF-8, naming the encoding and the fix', () => {
    const latin1 = Buffer.from('Caf\xe9 opening hours: the caf\xe9 is open.\n', 'latin1');
    const result = decodeArticle(latin1, 'articles/how-to/cafe.md');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/^File is not UTF-8 \(it looks like (ISO-8859-1|windows-1252)\).*iconv -f WINDOWS-1252 -t UTF-8 articles\/how-to\/cafe\.md/i);
    expect(decodeArticle(Buffer.from('\ufeff# Hi\n'), 'x.md')).toEqual({ ok: true, text: '# Hi\n' });
  });

  it('follows a link loop once, never outside the KB, and lists each article once', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'kb-links-'));
    const articles = path.join(root, 'kb', 'articles');
    mkdirSync(path.join(articles, 'how-to'), { recursive: true });
    writeFileSync(path.join(articles, 'how-to', 'a.md'), '# A\n');
    writeFileSync(path.join(root, 'outside.md'), '# Outside\n');
    symlinkSync('..', path.join(articles, 'how-to', 'loop'));
    symlinkSync(path.join(root, 'outside.md'), path.join(articles, 'outside.md'));
    symlinkSync(path.join(articles, 'how-to', 'a.md'), path.join(articles, 'alias.md'));
    const scan = scanArticleFiles(articles, path.join(root, 'kb'));
    expect(scan.files).toEqual([path.join(articles, 'how-to', 'a.md')]);
    expect(scan.skipped.map((s) => path.basename(s.path)).sort()).toEqual(['alias.md', 'loop', 'outside.md']);
  });
});

describe('imported snippets', () => {
  it('do not make anchors they may define look broken', async () => {
    const text = "import Setup from '/snippets/gitlab-setup.mdx';\n\nSee [GitLab setup](#gitlab-setup).\n\n<Setup />\n";
    expect(await rule(text, 'no-broken-links')).toEqual([]);
    expect(await rule("import { Tabs } from '@theme/Tabs';\n\nSee [GitLab setup](#gitlab-setup).\n", 'no-broken-links')).toHaveLength(1);
  });
});
