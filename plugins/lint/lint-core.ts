/**
 * The one lint core. The CLI, the build gate and the editor preset all call
 * these functions, so they report the same ids, positions and texts:
 *
 * 1. `lintArticle` — per file, cacheable: parse (never throwing), run the
 *    file rules, collect the article's facts and metrics;
 * 2. `lintAgainstKb` — the cross-file rules on those facts and the KB index,
 *    rerun on every run;
 * 3. `finishMessages` — waivers, then a stable order.
 */
import path from 'node:path';
import { slugOf } from '../article/slug.ts';
import type { KbConfig } from '../config/kb-config-schema.ts';
import { fileRules, kbRules } from '../rules/index.ts';
import type { RuleId } from '../rules/rule-ids.ts';
import type { ArticleFacts } from './article-facts.ts';
import { emptyMetrics, measureArticle, type ArticleMetrics } from './article-metrics.ts';
import { createArticleModel, type ArticleModel } from './article-model.ts';
import type { FixInput, ReportOptions, Rule, RuleContext } from './define-rule.ts';
import { frontmatterPlace } from './frontmatter-place.ts';
import type { FrontmatterReading } from './frontmatter.ts';
import type { KbIndex } from './kb-index.ts';
import type { LintLanguage } from './language/lint-language.ts';
import { byPosition, type LintFix, type LintMessage, type MessageSeverity } from './lint-message.ts';
import { parseArticle, type ParsedArticle } from './parse-article.ts';
import { severitiesFor, type RuleSeverities } from './rule-severities.ts';
import { findSection, SECTION } from './sections.ts';
import { rangeOf, type Place, type ToPoint } from './source-range.ts';
import type { Vocabulary } from './vocabulary.ts';
import { applyWaivers, findWaivers } from './waivers.ts';
import { articlePlace, type Locales } from '../locale/locales.ts';

/** What a lint run knows about the KB it checks. */
export interface LintSetup {
  /** Absolute KB root (holds kb.config.yaml and articles/). */
  contentDir: string;
  config: KbConfig;
  /** The default locale's language. */
  language: LintLanguage;
  /** The language of a locale code, with the reading formula the configuration names. */
  languageOf(code: string): LintLanguage;
  locales: Locales;
  vocabulary: Vocabulary;
  index: KbIndex;
}

/** The cacheable result of linting one file on its own. */
export interface ArticleLint {
  /** File-rule messages, parse errors and waiver problems, before waivers apply. */
  messages: LintMessage[];
  facts: ArticleFacts;
  metrics: ArticleMetrics;
}

/** The text of a file, or why it could not be read. */
export type ArticleInput = { text: string } | { unreadable: string };

function toFix(fix: FixInput | undefined, toPoint: ToPoint): LintFix | undefined {
  if (!fix || fix.edits.length === 0) return undefined;
  return {
    description: fix.description,
    edits: fix.edits.map((edit) => {
      const start = toPoint(edit.offset);
      const end = toPoint(edit.endOffset);
      return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column, offset: edit.offset, endOffset: edit.endOffset, text: edit.text };
    }),
  };
}

function makeMessage(ruleId: string, severity: MessageSeverity, reason: string, place: Place, toPoint: ToPoint | undefined, fix?: FixInput): LintMessage {
  const range = rangeOf(place, toPoint);
  const message: LintMessage = { ruleId, severity, line: range.line, column: range.column, endLine: range.endLine, endColumn: range.endColumn, message: reason };
  const converted = toPoint ? toFix(fix, toPoint) : undefined;
  if (converted) message.fix = converted;
  return message;
}

function crashMessage(id: RuleId, error: unknown): string {
  const what = error instanceof Error ? error.message : String(error);
  return `The ${id} check could not finish on this file (${what.split('\n')[0]}): the other checks ran; report this with the file attached`;
}

function runRule(rule: Rule, severities: RuleSeverities, messages: LintMessage[], toPoint: ToPoint | undefined, run: (severity: MessageSeverity, report: RuleContext['report']) => void): void {
  const configured = severities[rule.id];
  if (configured === 'off') return;
  const report = (reason: string, place?: Place, options: ReportOptions = {}) => {
    messages.push(makeMessage(rule.id, options.severity ?? configured, reason, place, toPoint, options.fix));
  };
  try {
    run(configured, report);
  } catch (error) {
    // One rule's bug must never cost the writer the other rules' messages.
    messages.push(makeMessage(rule.id, configured, crashMessage(rule.id, error), undefined, toPoint));
  }
}

const contentImport = /\bfrom\s+["'][^"']+\.mdx?["']/;

/** Status and aliases (with their places) as the frontmatter says. */
export function frontmatterFacts(frontmatter: FrontmatterReading): Pick<ArticleFacts, 'status' | 'aliases'> {
  const raw = frontmatter.raw;
  const aliases = Array.isArray(raw?.aliases) ? raw.aliases : [];
  return {
    status: typeof raw?.status === 'string' ? raw.status : 'published',
    aliases: aliases.flatMap((value, i) => {
      if (typeof value !== 'string') return [];
      return [{ value, range: rangeOf(frontmatterPlace(frontmatter, ['aliases', i])) }];
    }),
  };
}

const stringOf = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : undefined;

/** Where the article sits and what its frontmatter says a translation must keep. */
function localeFacts(setup: LintSetup, model: ArticleModel): Pick<ArticleFacts, 'locale' | 'localeFolder' | 'type' | 'category' | 'productArea' | 'lastUpdated' | 'fieldRanges'> {
  const place = articlePlace(setup.config, setup.index.articlesDir, model.file);
  const raw = model.frontmatter.raw;
  const facts: ReturnType<typeof localeFacts> = { locale: place.locale };
  if (place.folder !== undefined) facts.localeFolder = place.folder;
  const type = stringOf(raw?.type);
  const category = stringOf(raw?.category);
  const productArea = stringOf(raw?.product_area);
  const lastUpdated = stringOf(raw?.last_updated);
  if (type !== undefined) facts.type = type;
  if (category !== undefined) facts.category = category;
  if (productArea !== undefined) facts.productArea = productArea;
  if (lastUpdated !== undefined) facts.lastUpdated = lastUpdated;
  if (place.folder !== undefined) {
    // Only translations are compared field by field: the positions need the YAML read again.
    const ranges: NonNullable<ArticleFacts['fieldRanges']> = {};
    for (const key of ['type', 'category', 'product_area'] as const) if (raw?.[key] !== undefined) ranges[key] = rangeOf(frontmatterPlace(model.frontmatter, [key]));
    facts.fieldRanges = ranges;
  }
  return facts;
}

function factsOf(setup: LintSetup, model: ArticleModel, waivers: ArticleFacts['waivers']): ArticleFacts {
  const related = findSection(model.sections, SECTION.related);
  return {
    file: model.file,
    slug: slugOf(model.file),
    ...frontmatterFacts(model.frontmatter),
    ...localeFacts(setup, model),
    anchors: [...model.anchors()],
    links: [...model.links()],
    related: related ? rangeOf(related.heading) : undefined,
    waivers,
    fallback: model.failure !== undefined,
    importsContent: model.nodes('mdxjsEsm').some((node) => contentImport.test(node.value)),
  };
}

/** The locale an article is written in: its folder's, else the default (also for a folder of an unconfigured locale). */
export function localeOfFile(setup: LintSetup, file: string): string {
  return articlePlace(setup.config, setup.index.articlesDir, file).locale ?? setup.locales.defaultCode;
}

/** Builds the model of an article's text (parsing it unless a tree is given). */
export function modelOf(setup: LintSetup, file: string, text: string, parsed?: ParsedArticle): ArticleModel {
  const { tree, syntax, failure } = parsed ?? parseArticle(text, file);
  const code = localeOfFile(setup, file);
  const locale = setup.locales.get(code);
  return createArticleModel({
    file,
    source: text,
    syntax,
    tree,
    failure,
    config: setup.config,
    language: setup.languageOf(code),
    locale: locale ? { code, sections: locale.sections } : undefined,
    ignoredWords: setup.vocabulary.ignoredWords,
  });
}

/** Lints one file on its own: parse problems, file rules, facts and metrics. */
export function lintArticle(setup: LintSetup, file: string, input: ArticleInput, parsed?: ParsedArticle): ArticleLint {
  const absolute = path.resolve(file);
  const severities = severitiesFor(setup.config, setup.contentDir, absolute);
  const parseSeverity = severities['parse-error'];
  const messages: LintMessage[] = [];
  if ('unreadable' in input) {
    if (parseSeverity !== 'off') messages.push(makeMessage('parse-error', parseSeverity, input.unreadable, undefined, undefined));
    const place = articlePlace(setup.config, setup.index.articlesDir, absolute);
    const facts: ArticleFacts = { file: absolute, slug: slugOf(absolute), status: 'published', aliases: [], anchors: [], links: [], waivers: [], fallback: true, locale: place.locale };
    if (place.folder !== undefined) facts.localeFolder = place.folder;
    return { messages, facts, metrics: emptyMetrics(setup.languageOf(localeOfFile(setup, absolute)).grade.name) };
  }
  const model = modelOf(setup, absolute, input.text, parsed);
  const language = setup.languageOf(model.locale);
  if (parseSeverity !== 'off') {
    if (model.failure) messages.push(makeMessage('parse-error', parseSeverity, model.failure.reason, { line: model.failure.line, column: model.failure.column }, undefined));
    for (const error of model.frontmatter.problems.yamlErrors) {
      const reason = `Frontmatter YAML does not parse: ${error.message}. Check indentation, and quote values that contain ":" or "#"`;
      messages.push(makeMessage('parse-error', parseSeverity, reason, { line: error.line, column: error.column }, undefined));
    }
  }
  for (const rule of fileRules) {
    if (model.failure && !rule.onFallback) continue;
    runRule(rule, severities, messages, model.toPoint, (severity, report) => rule.check(Object.assign(Object.create(model) as ArticleModel, { config: setup.config, language, vocabulary: setup.vocabulary, severity, report })));
  }
  const { waivers, problems } = findWaivers(model.tree, model.failure !== undefined);
  const waiverSeverity = severities['waiver-reason'];
  if (waiverSeverity !== 'off') for (const problem of problems) messages.push(makeMessage('waiver-reason', waiverSeverity, problem.message, problem.range, undefined));
  return { messages, facts: factsOf(setup, model, waivers), metrics: measureArticle(model, language.grade.name, setup.config.limits.hardest_sentences) };
}

/** Runs the cross-file rules for one article against the KB index. */
export function lintAgainstKb(setup: LintSetup, facts: ArticleFacts): LintMessage[] {
  const severities = severitiesFor(setup.config, setup.contentDir, facts.file);
  const messages: LintMessage[] = [];
  for (const rule of kbRules) {
    runRule(rule, severities, messages, undefined, (severity, report) => rule.check({ facts, config: setup.config, index: setup.index, severity, report }));
  }
  return messages;
}

/** Applies the article's waivers to all its messages and sorts them. */
export function finishMessages(setup: LintSetup, facts: ArticleFacts, messages: readonly LintMessage[]): LintMessage[] {
  const reportUnused = severitiesFor(setup.config, setup.contentDir, facts.file)['waiver-reason'] !== 'off';
  return applyWaivers(messages, facts.waivers, reportUnused).sort(byPosition);
}

/** All three steps for one file whose text is at hand (the editor's path). */
export function lintDocument(setup: LintSetup, file: string, input: ArticleInput, parsed?: ParsedArticle): { messages: LintMessage[]; lint: ArticleLint } {
  const lint = lintArticle(setup, file, input, parsed);
  setup.index.setFacts(lint.facts);
  const messages = finishMessages(setup, lint.facts, [...lint.messages, ...lintAgainstKb(setup, lint.facts)]);
  return { messages, lint };
}

/** The facts of an article read only for the index (an article this run does not lint). */
export function factsOfText(setup: LintSetup, file: string, text: string): ArticleFacts {
  const model = modelOf(setup, path.resolve(file), text);
  return factsOf(setup, model, []);
}
