/**
 * The editor sees what the CLI sees: the language server (`kb
 * language-server`, unified-language-server with remark, loading the
 * project's `.remarkrc.mjs`) is driven over LSP on stdio like an editor
 * drives it, and its diagnostics are compared with `kb lint --format json`
 * on the sample and the help-center corpus. Then what went wrong in
 * editors before: YAML and MDX errors shown at their place, a newly
 * created article seen without a restart, README and templates left
 * alone, "Format Document" never rewriting an article, quick fixes.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanArticleFiles } from '../../../plugins/lint/article-files.ts';
import { startLspClient, type Diagnostic, type LspClient } from '../../helpers/lsp-client.ts';
import { runKb } from '../../helpers/run-kb.ts';

const kbBin = path.resolve('scripts/kb.js');
const severities: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'info' };

function fromLsp(d: Diagnostic): string {
  const { start, end } = d.range;
  return `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1} ${severities[d.severity ?? 1]} ${String(d.code)} ${d.message}`;
}

function fromCli(m: { line: number; column: number; endLine: number; endColumn: number; severity: string; ruleId: string; message: string }): string {
  return `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.severity} ${m.ruleId} ${m.message}`;
}

describe('the language server over the sample and the corpus', () => {
  let client: LspClient;
  beforeAll(async () => {
    client = await startLspClient(process.execPath, [kbBin, 'language-server', '--stdio'], path.resolve('.'));
  });
  afterAll(async () => client?.close());

  it.each(['content', 'test/fixtures/help-centers/markdown', 'test/fixtures/help-centers/mdx'])('gives the diagnostics kb lint gives for %s', async (contentDir) => {
    const cli = await runKb(['lint', '--content', contentDir, '--format', 'json']);
    const expected = new Map((JSON.parse(cli.stdout) as Array<{ file: string; messages: Parameters<typeof fromCli>[0][] }>).map((r) => [path.resolve(r.file), r.messages.map(fromCli)]));
    const files = scanArticleFiles(path.resolve(contentDir, 'articles')).files;
    expect(files.length).toBe(expected.size);
    let compared = 0;
    for (const file of files) {
      const diagnostics = await client.open(file, readFileSync(file, 'utf8'));
      expect(diagnostics.map(fromLsp), file).toEqual(expected.get(file));
      compared += diagnostics.length;
    }
    if (contentDir !== 'content') expect(compared).toBeGreaterThan(10);
  });

  it('leaves the README and the templates alone', async () => {
    for (const file of ['README.md', 'content/templates/how-to.md']) {
      expect(await client.open(path.resolve(file), readFileSync(file, 'utf8'))).toEqual([]);
    }
  });
});

describe('the language server on a KB being edited', () => {
  let root: string;
  let client: LspClient;
  const good = readFileSync(path.resolve('test/fixtures/kb/articles/how-to/invite-teammates.mdx'), 'utf8');
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'kb-editor-'));
    const content = path.join(root, 'content');
    mkdirSync(content);
    for (const entry of ['kb.config.yaml', 'articles', 'locales']) {
      const from = path.resolve('test/fixtures/kb', entry);
      if (entry === 'articles') {
        for (const file of scanArticleFiles(from).files) {
          const to = path.join(content, 'articles', path.relative(from, file));
          mkdirSync(path.dirname(to), { recursive: true });
          writeFileSync(to, readFileSync(file));
        }
        mkdirSync(path.join(content, 'articles/images'), { recursive: true });
      } else if (entry === 'locales') cpSync(from, path.join(content, entry), { recursive: true });
      else writeFileSync(path.join(content, entry), readFileSync(from));
    }
    // How another repository sets the editor up: a .remarkrc.mjs that loads the kb preset.
    writeFileSync(path.join(root, '.remarkrc.mjs'), `import remarkKb from ${JSON.stringify(pathToFileURL(path.resolve('plugins/lint/remark-kb.ts')).href)};\nexport default { plugins: [remarkKb] };\n`);
    client = await startLspClient(process.execPath, [kbBin, 'language-server', '--stdio'], root);
  });
  afterAll(async () => {
    await client?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('shows frontmatter YAML errors and MDX parse errors at their place', async () => {
    const yaml = path.join(root, 'content/articles/how-to/yaml.mdx');
    const yamlDiagnostics = await client.open(yaml, good.replace('owner: sam', 'owner: [sam'));
    expect(yamlDiagnostics.map(fromLsp).some((d) => /^\d+:\d+-.* error parse-error Frontmatter YAML does not parse/.test(d) && !d.startsWith('1:1'))).toBe(true);
    const mdx = path.join(root, 'content/articles/how-to/broken.mdx');
    const mdxDiagnostics = await client.open(mdx, good.replace('Type one email per line.', 'Type one email <per line.'));
    const parse = mdxDiagnostics.find((d) => d.code === 'parse-error');
    expect(parse?.message).toMatch(/^MDX could not read this file: /);
    expect(parse?.range.start.line).toBeGreaterThan(0);
    expect(mdxDiagnostics.some((d) => /Cannot process file/.test(d.message))).toBe(false);
  });

  it('sees an article created while it runs, without a restart', async () => {
    const file = path.join(root, 'content/articles/how-to/linker.mdx');
    const text = good.replace('(./export-timesheets.mdx)', '(./brand-new.mdx)');
    const before = await client.open(file, text);
    expect(before.map((d) => d.message)).toContainEqual(expect.stringContaining('"./brand-new.mdx"'));
    writeFileSync(path.join(root, 'content/articles/how-to/brand-new.mdx'), good);
    const after = client.nextDiagnostics(file);
    client.filesChanged([{ file: path.join(root, 'content/articles/how-to/brand-new.mdx'), type: 1 }]);
    expect((await after).map((d) => d.message).filter((m) => m.includes('brand-new'))).toEqual([]);
  });

  it('never rewrites an article on "Format Document", and offers the configured word as a quick fix', async () => {
    const file = path.join(root, 'content/articles/how-to/format.mdx');
    const text = good.replace('Type one email per line.', 'Type one email per line * or add the SSO group.\n\n+ a bullet <team@example.com>');
    const diagnostics = await client.open(file, text);
    const edits = await client.request<unknown[] | null>('textDocument/formatting', { textDocument: { uri: pathToFileURL(file).href }, options: { tabSize: 2, insertSpaces: true } });
    expect(edits ?? []).toEqual([]);
    const jargon = diagnostics.find((d) => d.code === 'no-jargon');
    expect(jargon?.data?.expected).toEqual(['single sign-on']);
    const actions = await client.request<Array<{ title: string; edit: { changes: Record<string, Array<{ newText: string }>> } }>>('textDocument/codeAction', {
      textDocument: { uri: pathToFileURL(file).href },
      range: jargon?.range,
      context: { diagnostics: [jargon] },
    });
    expect(actions.map((a) => a.title)).toEqual(['Replace `SSO` with `single sign-on`']);
    expect(Object.values(actions[0]?.edit.changes ?? {})[0]?.[0]?.newText).toBe('single sign-on');
  });
});
