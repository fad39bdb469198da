/** `kb templates check` as a function: check every response template, print problems, return the exit code. */
import path from 'node:path';
import { loadConfig } from '../../plugins/config/load-config.ts';
import { supportSettings } from '../../plugins/config/support-config.ts';
import { formatGrade } from '../../plugins/lint/readability.ts';
import { UserError } from '../cli/user-error.ts';
import { checkTemplates } from './check-templates.ts';
import { loadTemplates, templatesDir } from './load-templates.ts';

/** Options of {@link runTemplatesCheck}. */
export interface RunTemplatesCheckOptions {
  content: string;
  format: 'text' | 'json';
  write?: (text: string) => void;
}

/** Runs the check; 0 when every template passes, 1 otherwise. */
export async function runTemplatesCheck(options: RunTemplatesCheckOptions): Promise<number> {
  const write = options.write ?? ((text: string) => void process.stdout.write(text));
  const contentDir = path.resolve(options.content);
  const config = loadConfig(contentDir);
  const dir = templatesDir(contentDir, supportSettings(config).templates.dir);
  const shownDir = path.relative(process.cwd(), dir) || dir;
  const templates = loadTemplates(dir);
  if (templates.length === 0) throw new UserError(`No templates in ${shownDir}: add one Markdown file per situation (see support.templates in kb.config.yaml).`);
  const shown = (file: string) => path.relative(process.cwd(), file) || file;
  const { checks, missing } = checkTemplates(templates, config, shownDir);
  const problems = [...checks.flatMap((c) => c.problems), ...missing];
  if (options.format === 'json') {
    write(`${JSON.stringify({ templates: checks.map((c) => ({ name: c.name, language: c.language, grade: c.grade === null ? null : Math.round(c.grade * 10) / 10, problems: c.problems.map((p) => ({ ...p, file: shown(p.file) })) })), missing }, null, 2)}\n`);
  } else {
    for (const c of checks) {
      const name = c.language === null ? c.name : `${c.language}/${c.name}`;
      write(`${c.problems.length === 0 ? 'ok  ' : 'FAIL'}  ${name}  ${c.grade === null ? 'sections only (the reading grade is English-only)' : `grade ${formatGrade(c.grade)}`}\n`);
    }
    for (const p of problems) write(`${shown(p.file)}:${p.line}  ${p.message}\n`);
    write(`${checks.length} templates, ${problems.length} problem${problems.length === 1 ? '' : 's'} (reading grade limit ${config.limits.reading_grade}).\n`);
  }
  return problems.length === 0 ? 0 : 1;
}
