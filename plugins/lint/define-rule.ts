/**
 * How a rule is written. A file rule reads one article (its model) and
 * reports; a KB rule reads the article's facts and the KB index, so it can
 * rerun from cached facts when another article changes. Either way the
 * severity comes from the configuration in effect for the file (per-folder
 * overrides included), and a message may carry a mechanical fix.
 */
import type { KbConfig } from '../config/kb-config-schema.ts';
import type { RuleId } from '../rules/rule-ids.ts';
import type { ArticleFacts } from './article-facts.ts';
import type { ArticleModel } from './article-model.ts';
import type { KbIndex } from './kb-index.ts';
import type { LintLanguage } from './language/lint-language.ts';
import type { MessageSeverity } from './lint-message.ts';
import type { Place } from './source-range.ts';
import type { Vocabulary } from './vocabulary.ts';

/** A fix as rules write it: offsets into the source and the new text. */
export interface FixInput {
  description: string;
  edits: Array<{ offset: number; endOffset: number; text: string }>;
}

export interface ReportOptions {
  /** Overrides the configured severity (e.g. a warning next to an error). */
  severity?: MessageSeverity;
  fix?: FixInput;
}

export type Report = (reason: string, place?: Place, options?: ReportOptions) => void;

export interface RuleContext extends ArticleModel {
  config: KbConfig;
  language: LintLanguage;
  vocabulary: Vocabulary;
  severity: MessageSeverity;
  report: Report;
}

export interface KbRuleContext {
  facts: ArticleFacts;
  config: KbConfig;
  index: KbIndex;
  severity: MessageSeverity;
  report: Report;
}

export interface FileRule {
  id: RuleId;
  scope: 'file';
  /** Also runs when MDX could not read the file (on the CommonMark reading of its text). */
  onFallback: boolean;
  check(ctx: RuleContext): void;
}

export interface KbRule {
  id: RuleId;
  scope: 'kb';
  check(ctx: KbRuleContext): void;
}

export type Rule = FileRule | KbRule;

/** Defines a rule that reads one article. */
export function defineRule(id: RuleId, check: FileRule['check'], options: { onFallback?: boolean } = {}): FileRule {
  return { id, scope: 'file', onFallback: options.onFallback ?? false, check };
}

/** Defines a rule that reads the article's facts and the whole KB. */
export function defineKbRule(id: RuleId, check: KbRule['check']): KbRule {
  return { id, scope: 'kb', check };
}
