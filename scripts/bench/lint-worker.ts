/**
 * One measured lint or parse-only pass over a generated KB (run by
 * scripts/bench/lint.ts in a fresh process). Prints `{ ms, cpuMs, maxRssMb, errors }`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { listArticleFiles } from '../../plugins/lint/article-index.ts';
import { lintFiles } from '../../plugins/lint/lint-files.ts';
import { countMessages } from '../../plugins/lint/lint-message.ts';

const { values } = parseArgs({ options: { mode: { type: 'string' }, dir: { type: 'string' } } });
const dir = path.resolve(values.dir ?? '');
const start = performance.now();
const cpuStart = process.cpuUsage();
const files = listArticleFiles(path.join(dir, 'articles'));
let errors = 0;
if (values.mode === 'parse') {
  // The same syntax the linter reads: MDX, GFM and YAML frontmatter.
  const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
  for (const file of files) parser.parse(readFileSync(file, 'utf8'));
} else {
  errors = countMessages(await lintFiles(files, { contentDir: dir })).errors;
}
const ms = performance.now() - start;
const cpu = process.cpuUsage(cpuStart);
const cpuMs = (cpu.user + cpu.system) / 1000;
process.stdout.write(`${JSON.stringify({ ms, cpuMs, files: files.length, errors, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
