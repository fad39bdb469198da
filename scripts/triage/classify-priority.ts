/**
 * Priority of a ticket (PLAYBOOK §2.1): a category that forces a priority
 * (security → P0) wins; otherwise keywords are checked from the most urgent
 * priority down and the first priority with a match wins, so a message that
 * is both a suggestion and an outage is an outage. A how-to or general
 * question with no evidence of a more urgent priority gets the questions'
 * priority (P3). A trained model that predicts priorities comes after the
 * P0 (impact) keywords, which stay rules. Otherwise the default (P2). Plans
 * such as enterprise then raise the result by a number of levels, never
 * above P0.
 */
import { priorityIds, type PriorityId } from '../../plugins/config/support-config.ts';
import type { CompiledSupport, ReadText } from './compile-support-rules.ts';

/** The priority and why. */
export interface PriorityResult {
  priority: PriorityId;
  reason: string;
}

/** What priority needs to know about a ticket besides its text. */
export interface PriorityInput {
  category: string;
  secondary: readonly string[];
  plan: string | null;
  /** A trained model's priority, with the words that decided it. */
  predicted?: { priority: PriorityId; words: readonly string[] } | null;
}

/** Raises a priority by `levels` (P3 → P2 …), stopping at P0. */
export function raisePriority(priority: PriorityId, levels: number): PriorityId {
  return priorityIds[Math.max(0, priorityIds.indexOf(priority) - levels)]!;
}

const quote = (words: readonly string[]) => words.map((w) => `"${w}"`).join(', ');

/** Classifies one ticket given its read text, categories and plan. */
export function classifyPriority(read: ReadText, input: PriorityInput, rules: CompiledSupport): PriorityResult {
  const settings = rules.support.priorities;
  const { category, plan } = input;
  const questions = settings.questions;
  const cats = [category, ...input.secondary];
  const question = cats.find((c) => questions.categories.includes(c));
  const isQuestion =
    question !== undefined && !cats.some((c) => questions.unless_categories.includes(c)) && !questions.unless_mentions.some((name) => rules.phrases.get(name)?.test(read));
  const questionRank = priorityIds.indexOf(questions.priority);
  let result: PriorityResult | undefined;
  const forced = settings.forced_by_category[category];
  if (forced !== undefined) result = { priority: forced, reason: `category "${category}" forces ${forced}` };
  for (const { priority: p, matcher } of forced === undefined ? rules.priorities : []) {
    const rankOf = priorityIds.indexOf(p);
    if (input.predicted && rankOf > 0) {
      const words = input.predicted.words;
      result = { priority: input.predicted.priority, reason: `trained model${words.length > 0 ? `, words ${quote(words)}` : ''}` };
      break;
    }
    if (isQuestion && rankOf >= questionRank) break;
    const words = matcher.find(read);
    if (words.length > 0) {
      result = { priority: p, reason: `${p} keyword ${quote(words)}` };
      break;
    }
  }
  if (!result && input.predicted) {
    const words = input.predicted.words;
    result = { priority: input.predicted.priority, reason: `trained model${words.length > 0 ? `, words ${quote(words)}` : ''}` };
  }
  if (!result && isQuestion) {
    result = { priority: questions.priority, reason: `a ${question} question with no more urgent priority keyword: ${questions.priority}` };
  }
  result ??= { priority: settings.default, reason: `no priority keyword: default ${settings.default}` };
  let { priority, reason } = result;
  const raise = settings.raise_for_plans;
  if (plan !== null && raise.levels > 0 && raise.plans.some((p) => p.toLowerCase() === plan.toLowerCase())) {
    const raised = raisePriority(priority, raise.levels);
    reason += raised === priority ? `; plan "${plan}" would raise it, but ${priority} is the highest` : `; plan "${plan}" raises ${priority} to ${raised}`;
    priority = raised;
  }
  return { priority, reason };
}
