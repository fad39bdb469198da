/**
 * The severity of every rule for one file: `rules` from the configuration,
 * then each `lint.overrides` entry whose `files` glob matches the file's
 * path relative to the folder of kb.config.yaml (later entries win).
 */
import path from 'node:path';
import picomatch from 'picomatch';
import type { KbConfig } from '../config/kb-config-schema.ts';
import type { Severity } from '../config/lint-config.ts';
import type { RuleId } from '../rules/rule-ids.ts';

export type RuleSeverities = Readonly<Record<RuleId, Severity>>;

const compiled = new WeakMap<KbConfig, Array<{ match: (file: string) => boolean; rules: Partial<Record<RuleId, Severity>> }>>();

function overridesOf(config: KbConfig) {
  let list = compiled.get(config);
  if (!list) {
    list = config.lint.overrides.map((o) => ({ match: picomatch(o.files, { dot: true }), rules: o.rules }));
    compiled.set(config, list);
  }
  return list;
}

/** The severities in effect for an article at `file` (absolute) in the KB at `contentDir`. */
export function severitiesFor(config: KbConfig, contentDir: string, file: string): RuleSeverities {
  const overrides = overridesOf(config);
  if (overrides.length === 0) return config.rules;
  const relative = path.relative(contentDir, file).split(path.sep).join('/');
  let severities: Record<RuleId, Severity> | undefined;
  for (const override of overrides) {
    if (!override.match(relative)) continue;
    severities ??= { ...config.rules };
    Object.assign(severities, override.rules);
  }
  return severities ?? config.rules;
}
