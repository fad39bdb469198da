/**
 * Priority of a ticket (PLAYBOOK §2.1): a category that forces a priority
 * (security → P0) wins; otherwise keywords are checked from the most urgent
 * priority down and the first priority with a match wins, so a message that
 * is both a suggestion and an outage is an outage; otherwise the default
 * (P2). Plans such as enterprise then raise the result by a number of
 * levels, never above P0.
 */
import { priorityIds, type PriorityId } from '../../plugins/config/support-config.ts';
import type { CompiledSupport } from './compile-support-rules.ts';

/** The priority and why. */
export interface PriorityResult {
  priority: PriorityId;
  reason: string;
}

/** Raises a priority by `levels` (P3 → P2 …), stopping at P0. */
export function raisePriority(priority: PriorityId, levels: number): PriorityId {
  return priorityIds[Math.max(0, priorityIds.indexOf(priority) - levels)]!;
}

/** Classifies one ticket given its primary category, plan and normalized text. */
export function classifyPriority(text: string, category: string, plan: string | null, rules: CompiledSupport): PriorityResult {
  const settings = rules.support.priorities;
  let priority: PriorityId;
  let reason: string;
  const forced = settings.forced_by_category[category];
  if (forced !== undefined) {
    priority = forced;
    reason = `category "${category}" forces ${forced}`;
  } else {
    let hit: { p: PriorityId; words: string[] } | undefined;
    for (const { priority: p, matcher } of rules.priorities) {
      const words = matcher.find(text);
      if (words.length > 0) {
        hit = { p, words };
        break;
      }
    }
    if (hit) {
      priority = hit.p;
      reason = `${hit.p} keyword ${hit.words.map((w) => `"${w}"`).join(', ')}`;
    } else {
      priority = settings.default;
      reason = `no priority keyword: default ${settings.default}`;
    }
  }
  const raise = settings.raise_for_plans;
  if (plan !== null && raise.levels > 0 && raise.plans.some((p) => p.toLowerCase() === plan.toLowerCase())) {
    const raised = raisePriority(priority, raise.levels);
    reason += raised === priority ? `; plan "${plan}" would raise it, but ${priority} is the highest` : `; plan "${plan}" raises ${priority} to ${raised}`;
    priority = raised;
  }
  return { priority, reason };
}
