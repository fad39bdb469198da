import frontmatterSchema from './frontmatter-schema.ts';
import headingCase from './heading-case.ts';
import imageAlt from './image-alt.ts';
import maximumSteps from './maximum-steps.ts';
import noBrokenLinks from './no-broken-links.ts';
import noJargon from './no-jargon.ts';
import noUnsafeHtml from './no-unsafe-html.ts';
import passiveVoice from './passive-voice.ts';
import quickAnswer from './quick-answer.ts';
import readabilityGrade from './readability-grade.ts';
import relatedArticles from './related-articles.ts';
import requiredSections from './required-sections.ts';
import sectionOrder from './section-order.ts';
import titleStyle from './title-style.ts';
import todoStub from './todo-stub.ts';
import translationSource from './translation-source.ts';
import uniqueSlug from './unique-slug.ts';
import type { FileRule, KbRule } from '../lint/define-rule.ts';

/** Rules that read one article, in reporting order. `parse-error` and `waiver-reason` are reported by the lint core. */
export const fileRules: readonly FileRule[] = [
  frontmatterSchema,
  titleStyle,
  requiredSections,
  sectionOrder,
  headingCase,
  quickAnswer,
  maximumSteps,
  readabilityGrade,
  imageAlt,
  noUnsafeHtml,
  todoStub,
  noJargon,
  passiveVoice,
];

/** Rules that read the whole KB; they rerun on every run, from cached facts when an article did not change. */
export const kbRules: readonly KbRule[] = [uniqueSlug, translationSource, relatedArticles, noBrokenLinks];

export { ruleDefaults, ruleIds, type RuleId } from './rule-ids.ts';
export { explainParseError } from './parse-error.ts';
