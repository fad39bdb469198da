/**
 * Adds a locale to a generated KB: `site.locales`, its `locales/<code>.yaml`
 * (the sample's German file) and one translation per article at
 * `articles/<code>/<category>/<slug>.mdx`, with the locale's section
 * headings, so `kb build` does the work of a two-language help center:
 * every article twice, a second search index, hreflang on every page.
 * The prose stays the generated text: the build's cost does not depend on
 * the words, and the generated sentences read well under both formulas.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { GenerateArticlesResult } from './generate-articles.ts';

const germanFile = fileURLToPath(new URL('../../../content/locales/de.yaml', import.meta.url));

/** Writes the German locale and a translation of every generated article; returns how many. */
export function addGermanTranslations(generated: GenerateArticlesResult): number {
  const root = generated.dir;
  const configFile = path.join(root, 'kb.config.yaml');
  writeFileSync(configFile, readFileSync(configFile, 'utf8').replace(/^( {2}language: en\n)/m, '$1  locales: [de]\n'));
  mkdirSync(path.join(root, 'locales'), { recursive: true });
  copyFileSync(germanFile, path.join(root, 'locales', 'de.yaml'));
  const sections = (parse(readFileSync(germanFile, 'utf8')) as { sections: Record<string, string> }).sections;
  const headings = new Map(Object.entries(sections).map(([name, heading]) => [`## ${name}`, `## ${heading}`]));
  for (const article of generated.articles) {
    const text = readFileSync(path.join(root, article.file), 'utf8')
      .split('\n')
      .map((line) => headings.get(line) ?? line)
      .join('\n')
      // Aliases belong to the source; a translation would claim them twice.
      .replace(/^aliases: .*\n/m, '');
    const target = path.join(root, 'articles', 'de', article.category, `${article.slug}.mdx`);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return generated.articles.length;
}
