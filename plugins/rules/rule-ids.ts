/**
 * Every lint rule id and its default severity. The ids are part of the
 * public contract (CLI output, config keys, waivers), so they live in one list
 * that the config schema, the rule registry and the README table all read.
 */
export const ruleDefaults = {
  'parse-error': 'error',
  'frontmatter-schema': 'error',
  'unique-slug': 'error',
  'translation-source': 'error',
  'title-style': 'error',
  'required-sections': 'error',
  'section-order': 'error',
  'quick-answer': 'error',
  'maximum-steps': 'error',
  'readability-grade': 'error',
  'related-articles': 'error',
  'no-broken-links': 'error',
  'image-alt': 'error',
  'no-unsafe-html': 'error',
  'todo-stub': 'error',
  'waiver-reason': 'error',
  'heading-case': 'warning',
  'no-jargon': 'warning',
  'passive-voice': 'warning',
} as const satisfies Record<string, 'error' | 'warning' | 'info' | 'off'>;

export type RuleId = keyof typeof ruleDefaults;

export const ruleIds = Object.keys(ruleDefaults) as [RuleId, ...RuleId[]];

/** Rules no waiver can silence: a file that does not parse, a waiver's own problems, and unfinished stubs. */
export const unwaivableRules: ReadonlySet<string> = new Set<RuleId>(['parse-error', 'waiver-reason', 'todo-stub']);
