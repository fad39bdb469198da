/**
 * Compiles the `support` configuration into matchers once per config
 * object: phrase lists, category keywords, priority keywords and the inline
 * phrases of every rule. Triage of many tickets then only runs the
 * compiled expressions.
 */
import { priorityIds, type PhraseRule, type PriorityId, type SupportSettings } from '../../plugins/config/support-config.ts';
import { compilePhrases, type PhraseMatcher } from './phrase-matcher.ts';

/** The matchers of one configuration. */
export interface CompiledSupport {
  support: SupportSettings;
  /** Named phrase lists (`support.phrases`). */
  phrases: ReadonlyMap<string, PhraseMatcher>;
  /** Category keywords, in configured order. */
  categories: ReadonlyArray<{ id: string; matcher: PhraseMatcher }>;
  /** Priority keywords, most urgent first. */
  priorities: ReadonlyArray<{ priority: PriorityId; matcher: PhraseMatcher }>;
  /** Competitor names (`support.churn.competitors`) and `competitor` phrases together. */
  competitors: PhraseMatcher;
  /** The compiled `text_any` list of a rule condition. */
  inline(rules: readonly PhraseRule[]): PhraseMatcher;
}

const cache = new WeakMap<SupportSettings, CompiledSupport>();

/** The compiled form of a `support` config (cached per object). */
export function compileSupportRules(support: SupportSettings): CompiledSupport {
  const hit = cache.get(support);
  if (hit) return hit;
  const phrases = new Map<string, PhraseMatcher>();
  for (const [name, list] of Object.entries(support.phrases)) phrases.set(name, compilePhrases(list));
  const inlineCache = new WeakMap<readonly PhraseRule[], PhraseMatcher>();
  const compiled: CompiledSupport = {
    support,
    phrases,
    categories: Object.entries(support.ticket_categories.keywords).map(([id, list]) => ({ id, matcher: compilePhrases(list) })),
    priorities: priorityIds
      .filter((p) => support.priorities.keywords[p] !== undefined)
      .map((priority) => ({ priority, matcher: compilePhrases(support.priorities.keywords[priority]!) })),
    competitors: compilePhrases([...support.churn.competitors, ...support.phrases.competitor]),
    inline(rules) {
      let m = inlineCache.get(rules);
      if (!m) {
        m = compilePhrases(rules);
        inlineCache.set(rules, m);
      }
      return m;
    },
  };
  cache.set(support, compiled);
  return compiled;
}
