/**
 * The section profile of the article's type, from the configuration.
 */
import type { KbConfig } from '../config/kb-config-schema.ts';
import { sectionKey } from './sections.ts';

export interface ProfileSection {
  name: string;
  key: string;
  optional: boolean;
}

/**
 * The ordered sections the article's type expects; `name` is the heading in
 * the article's locale (`sectionNames`: configured name → heading), `key`
 * the configured name's (sections are keyed by it in every locale).
 */
export function profileOf(ctx: { config: KbConfig; type: string; sectionNames?: ReadonlyMap<string, string> }): ProfileSection[] {
  const type = ctx.config.article_types[ctx.type] ?? ctx.config.article_types[ctx.config.default_type];
  return (type?.sections ?? []).map((s) => ({ name: ctx.sectionNames?.get(s.name) ?? s.name, key: sectionKey(s.name), optional: s.optional }));
}

/** "Quick answer, Steps and Related articles" */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
