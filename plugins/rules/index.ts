import frontmatterSchema from './frontmatter-schema.ts';
import imageAlt from './image-alt.ts';
import maximumSteps from './maximum-steps.ts';
import noBrokenLinks from './no-broken-links.ts';
import noJargon from './no-jargon.ts';
import passiveVoice from './passive-voice.ts';
import quickAnswer from './quick-answer.ts';
import readabilityGrade from './readability-grade.ts';
import relatedArticles from './related-articles.ts';
import requiredSections from './required-sections.ts';
import sectionOrder from './section-order.ts';
import titleStyle from './title-style.ts';
import uniqueSlug from './unique-slug.ts';

/** Every rule plugin, in reporting order. `parse-error` and `waiver-reason` are handled by the runner. */
export const rulePlugins = [
  frontmatterSchema,
  uniqueSlug,
  titleStyle,
  requiredSections,
  sectionOrder,
  quickAnswer,
  maximumSteps,
  readabilityGrade,
  relatedArticles,
  noBrokenLinks,
  imageAlt,
  noJargon,
  passiveVoice,
];

export { ruleDefaults, ruleIds, type RuleId } from './rule-ids.ts';
export { explainParseError } from './parse-error.ts';
