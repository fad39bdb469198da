/**
 * Checks response templates the way the linter checks articles: the
 * Flesch-Kincaid grade of their prose (the linter's readability pieces:
 * the same prose extraction, word filter and formula) is at most
 * `limits.reading_grade`, they have the HEARD sections in order, and every
 * template the configuration names exists.
 */
import type { Sentence } from 'nlcst';
import { VFile } from 'vfile';
import type { KbConfig } from '../../plugins/config/kb-config-schema.ts';
import { supportSettings } from '../../plugins/config/support-config.ts';
import { indexNodes } from '../../plugins/lint/node-index.ts';
import { buildProse } from '../../plugins/lint/prose.ts';
import { createIgnoredWords, fleschKincaid, formatGrade, scoreSentences } from '../../plugins/lint/readability.ts';
import type { ResponseTemplate } from './load-templates.ts';

/** One problem, with the line it is on (1 when it concerns the whole file). */
export interface TemplateProblem {
  file: string;
  line: number;
  message: string;
}

/** A template's reading grade and problems. */
export interface TemplateCheck {
  name: string;
  /** ISO 639-1 folder of the template, or null for the default language. */
  language: string | null;
  /** Flesch-Kincaid grade; null for a language the English formula cannot score. */
  grade: number | null;
  problems: TemplateProblem[];
}

/** Checks every template, and that the configuration names only templates that exist. */
export function checkTemplates(templates: readonly ResponseTemplate[], config: KbConfig, shownDir: string): { checks: TemplateCheck[]; missing: TemplateProblem[] } {
  const support = supportSettings(config);
  const limit = config.limits.reading_grade;
  const ignored = createIgnoredWords(config.readability.product_names, config.readability.ui_words);
  const expected = support.templates.sections;
  const checks = templates.map((template) => {
    const problems: TemplateProblem[] = [];
    const report = (line: number, message: string) => problems.push({ file: template.file, line, message });
    if (template.title === '') report(1, 'Missing "title" in the frontmatter: name the situation the template answers');
    const got = template.sections.map((s) => s.toLowerCase());
    if (got.join('|') !== expected.map((s) => s.toLowerCase()).join('|')) {
      report(template.bodyLine, `Sections ${template.sections.map((s) => `"${s}"`).join(', ') || '(none)'}, expected ${expected.map((s) => `"${s}"`).join(', ')} in this order: give each HEARD step its own "## " heading`);
    }
    // The reading-grade formula counts English syllables: templates in other languages are checked for their sections only.
    if ((template.language ?? support.default_language) !== 'en') return { name: template.name, language: template.language, grade: null, problems };
    const prose = buildProse(template.tree, new VFile({ path: template.file, value: template.body }));
    const sentences = (indexNodes(prose).get('SentenceNode') ?? []) as Sentence[];
    const { total, sentences: scored } = scoreSentences(sentences, ignored);
    const grade = fleschKincaid(total);
    if (total.sentences > 0 && grade > limit) {
      report(1, `Reading grade ${formatGrade(grade)}, expected ${limit} or below: use shorter sentences and everyday words`);
      for (const s of scored.filter((x) => x.grade > limit).sort((a, b) => b.grade - a.grade).slice(0, config.limits.hardest_sentences)) {
        report((s.node.position?.start.line ?? 1) + template.bodyLine - 1, `Hard sentence (grade ${formatGrade(s.grade)}): split it or use shorter words`);
      }
    }
    return { name: template.name, language: template.language, grade, problems };
  });
  const names = new Set(templates.filter((t) => t.language === null).map((t) => t.name));
  const referenced = [
    ['support.templates.angry', support.templates.angry],
    ['support.templates.default', support.templates.default],
    ...Object.entries(support.templates.by_category).map(([category, name]) => [`support.templates.by_category.${category}`, name]),
  ] as const;
  const missing = referenced
    .filter(([, name]) => !names.has(name))
    .map(([key, name]) => ({ file: `${shownDir}/${name}.md`, line: 1, message: `No template "${name}" (named by ${key}): add ${name}.md or change the key` }));
  return { checks, missing };
}
