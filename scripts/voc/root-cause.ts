/**
 * The root cause of a ticket (PLAYBOOK §2.2, monthly analysis): the first
 * rule of `support.root_causes.rules` that matches, else the default; each
 * cause carries the action it implies.
 */
import type { SupportSettings } from '../../plugins/config/support-config.ts';
import type { CompiledSupport } from '../triage/compile-support-rules.ts';
import { matchCondition, type TicketFacts } from '../triage/match-condition.ts';

/** The cause id of a ticket. */
export function rootCauseOf(facts: TicketFacts, support: SupportSettings, rules: CompiledSupport): string {
  for (const rule of support.root_causes.rules) if (matchCondition(rule.when, facts, rules) !== null) return rule.cause;
  return support.root_causes.default;
}
