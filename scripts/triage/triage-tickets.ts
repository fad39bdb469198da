/**
 * Triage (PLAYBOOK §2): for each ticket its priority, category tags,
 * route, SLA due times and state, flags, and the rule behind every field.
 *
 * Order of work: language → sentiment → model prediction (when
 * `support.triage_model` names one) → category tags → priority (forced by
 * category, keywords, questions, model, plan bump) → route (first matching rule; a rule may set the priority) →
 * flags (every matching flag and escalation rule, seeing the final
 * priority) → SLA for the final priority. Repeat-issue facts look at the
 * given tickets plus any `history` tickets, earlier ones only.
 */
import { priorityIds, type PriorityId, type Sentiment, type SupportSettings } from '../../plugins/config/support-config.ts';
import { noCustomers, type CustomerDirectory } from '../churn/customer-directory.ts';
import type { Customer } from '../churn/customer-schema.ts';
import type { Ticket } from '../tickets/ticket-schema.ts';
import { createBusinessClock, type BusinessClock } from './business-clock.ts';
import { classifyCategory, type CategoryResult } from './classify-category.ts';
import { classifyPriority, type PriorityResult } from './classify-priority.ts';
import { classifySentiment, type SentimentResult } from './classify-sentiment.ts';
import { compileSupportRules, type CompiledSupport, type ReadText } from './compile-support-rules.ts';
import { buildCustomerHistory, type CustomerHistory } from './customer-history.ts';
import { matchCondition, type TicketFacts } from './match-condition.ts';
import { normalizeText } from './phrase-matcher.ts';
import { computeSla } from './sla-status.ts';
import type { Prediction, TicketPredictor } from './ticket-predictor.ts';
import { createdMs, firstReplyOnClock, replyState, resolvedMs, resolvedOnClock } from './ticket-times.ts';

/** Why each field of a triage result has its value. */
export interface TriageReasons {
  language: string;
  priority: string;
  category: string;
  secondary: string;
  sentiment: string;
  route: string;
  first_response_due: string;
  resolution_due: string;
  sla_state: string;
  /** One reason per flag. */
  flags: Record<string, string>;
}

/** The triage of one ticket; this is its JSON form. */
export interface TriageResult {
  id: string;
  /** ISO 639-1 code of the ticket's language. */
  language: string;
  priority: PriorityId;
  category: string;
  secondary: string[];
  sentiment: Sentiment;
  route: string;
  first_response_due: string;
  resolution_due: string;
  sla_state: string;
  flags: string[];
  /** The trained model's label, when `support.triage_model` names a model. */
  predicted?: { field: string; label: string; confidence: number; words: string[] };
  reasons: TriageReasons;
}

/** Options of {@link triageTickets}. */
export interface TriageOptions {
  /** The moment SLA states are computed for (ms since the epoch or a Date). */
  now: number | Date;
  /** Customer accounts, for plan, LTV, MRR and tenure rules. */
  customers?: CustomerDirectory;
  /** Other tickets (for example the warehouse) that count as the customers' history. */
  history?: Iterable<Ticket>;
  /** Called every few thousand tickets with how many are done, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
  /** A trained model (`support.triage_model`), as evidence below the playbook rules. */
  model?: TicketPredictor | null;
}

/** A ticket with what triage reads from it before looking at other tickets. */
export interface PreparedTicket {
  ticket: Ticket;
  /** Language and stemmed forms, for every phrase list. */
  read: ReadText;
  sentiment: SentimentResult;
  prediction: Prediction | null;
  categories: CategoryResult;
  plan: string | null;
  customer: Customer | undefined;
}

/** Model labels that name priorities, as helpdesks export them. */
const priorityNames: Record<string, PriorityId> = { urgent: 'P0', critical: 'P0', high: 'P1', normal: 'P2', medium: 'P2', low: 'P3' };

/** The priority a model label stands for ("P1", "high"), or null. */
export function labelPriority(label: string): PriorityId | null {
  const upper = label.trim().toUpperCase();
  if ((priorityIds as readonly string[]).includes(upper)) return upper as PriorityId;
  return priorityNames[label.trim().toLowerCase()] ?? null;
}

/** Reads a ticket's language, sentiment, model prediction, categories, plan and customer. */
export function prepareTicket(ticket: Ticket, rules: CompiledSupport, customers: CustomerDirectory = noCustomers, model: TicketPredictor | null = null): PreparedTicket {
  const raw = `${ticket.subject}\n${ticket.description}`;
  const read = rules.read(raw);
  const customer = customers.forTicket(ticket);
  const prediction = model ? model.predict(ticket.subject, ticket.description, read.language) : null;
  const categoryPrediction = model?.target === 'category' && prediction ? { label: prediction.label, words: prediction.words } : null;
  return {
    ticket,
    read,
    sentiment: classifySentiment(raw, read, rules),
    prediction,
    categories: classifyCategory(ticket, read, rules, categoryPrediction),
    plan: ticket.plan ?? customer?.plan ?? null,
    customer,
  };
}

/** Why the ticket has its language. */
function languageReason(read: ReadText): string {
  const mixed = read.also.length > 0 ? `; also written in ${read.also.join(', ')}, so those languages' words count too` : '';
  if (read.reliable) return `detected ${read.language}${mixed}`;
  return `detected ${read.language} (text too short or unclear to be sure: every configured language's words count)${mixed}`;
}

/** Triage of tickets that share one configuration, clock and history. */
export interface Triage {
  one(prepared: PreparedTicket): TriageResult;
  /** The result with the facts rules were evaluated on (final priority), for further rules such as root causes. */
  withFacts(prepared: PreparedTicket): { result: TriageResult; facts: TicketFacts };
  /**
   * Only what metrics count: final priority, categories and whether an
   * escalation rule matched. Routing stops once no later rule can set the
   * priority, and routing flags and SLA are skipped, so a week's dashboard
   * does not pay for a full triage (nor for the customers' history unless
   * a rule it evaluates needs it).
   */
  forMetrics(prepared: PreparedTicket): MetricsTriage;
}

/** What metrics need from triage. */
export interface MetricsTriage {
  priority: PriorityId;
  category: string;
  secondary: string[];
  escalated: boolean;
  language: string;
  sentiment: Sentiment;
}

/** Builds a triage over the prepared tickets plus optional history. */
export function createTriage(prepared: readonly PreparedTicket[], support: SupportSettings, options: TriageOptions): Triage {
  const rules = compileSupportRules(support);
  const customers = options.customers ?? noCustomers;
  const clock: BusinessClock = createBusinessClock(support);
  const now = typeof options.now === 'number' ? options.now : options.now.getTime();
  // The customers' history costs a classification of every history ticket: build it only when a rule asks.
  let history: CustomerHistory | undefined;
  const historyOf = (ticket: Ticket) => {
    if (history === undefined) {
      const seen = new Set(prepared.map((p) => p.ticket.id));
      const entries = prepared.map((p) => ({ ticket: p.ticket, category: p.categories.category }));
      for (const other of options.history ?? []) {
        if (seen.has(other.id)) continue;
        seen.add(other.id);
        entries.push({ ticket: other, category: prepareTicket(other, rules, customers, options.model ?? null).categories.category });
      }
      history = buildCustomerHistory(entries, support.repeat_window_days);
    }
    return history.factsFor(ticket);
  };

  // Most reasons repeat across tickets ("rule \"critical\": priority P0"): keep one copy of each.
  const interned = new Map<string, string>();
  const intern = (text: string): string => {
    const hit = interned.get(text);
    if (hit !== undefined) return hit;
    if (interned.size < 50_000) interned.set(text, text);
    return text;
  };

  /** What the rules see of a ticket, starting from its classified priority (a routing rule may change it). */
  function factsOf(p: PreparedTicket, priority: PriorityId): TicketFacts {
    const { ticket } = p;
    let text: string | undefined;
    return {
      ticket,
      // Only amount rules read the plain text: made when one asks, not kept for every ticket.
      get text() {
        return (text ??= normalizeText(`${ticket.subject}\n${ticket.description}`));
      },
      read: p.read,
      language: p.read.language,
      sentiment: p.sentiment.sentiment,
      predicted: p.prediction?.label ?? null,
      category: p.categories.category,
      secondary: p.categories.secondary,
      priority,
      plan: p.plan,
      customer: p.customer,
      history: () => historyOf(ticket),
      created: createdMs(ticket),
      resolved: resolvedMs(ticket),
      now,
    };
  }

  const priorityOf = (p: PreparedTicket): PriorityResult => {
    const predicted = options.model?.target === 'priority' && p.prediction ? labelPriority(p.prediction.label) : null;
    return classifyPriority(
      p.read,
      { category: p.categories.category, secondary: p.categories.secondary, plan: p.plan, predicted: predicted && p.prediction ? { priority: predicted, words: p.prediction.words } : null },
      rules,
    );
  };

  function evaluate(p: PreparedTicket): { result: TriageResult; facts: TicketFacts } {
    const { ticket } = p;
    const priority = priorityOf(p);
    const facts = factsOf(p, priority.priority);
    let route = support.routing.default_route;
    let routeReason = `no routing rule matched: default ${route}`;
    let priorityReason = priority.reason;
    for (const rule of support.routing.rules) {
      const because = matchCondition(rule.when, facts, rules);
      if (because === null) continue;
      route = rule.route;
      routeReason = `rule "${rule.name}": ${because.join(', ')}${rule.note ? ` (${rule.note})` : ''}`;
      if (rule.set_priority !== undefined && rule.set_priority !== facts.priority) {
        priorityReason += `; routing rule "${rule.name}" sets ${rule.set_priority}`;
        facts.priority = rule.set_priority;
      }
      break;
    }
    const flags: string[] = [];
    const flagReasons: Record<string, string> = {};
    const addFlag = (flag: string, reason: string) => {
      if (Object.hasOwn(flagReasons, flag)) return;
      flags.push(flag);
      flagReasons[flag] = intern(reason);
    };
    for (const rule of support.routing.flags) {
      const because = matchCondition(rule.when, facts, rules);
      if (because !== null) addFlag(rule.flag, `${because.join(', ')}${rule.note ? ` (${rule.note})` : ''}`);
    }
    for (const rule of support.escalation) {
      const because = matchCondition(rule.when, facts, rules);
      if (because !== null) addFlag(rule.flag, `${because.join(', ')}: escalate to ${rule.to}`);
    }
    const targetClock = support.sla.targets[facts.priority].clock;
    const firstReply = firstReplyOnClock(ticket, targetClock, clock);
    const sla = computeSla(
      facts.priority,
      {
        created: facts.created,
        firstReply,
        firstReplyUnknown: firstReply === null ? unknownReply(ticket, facts.resolved !== null, targetClock) : undefined,
        resolved: facts.resolved === null ? null : resolvedOnClock(ticket, facts.resolved, targetClock, clock),
        now,
      },
      support,
      clock,
    );
    const result: TriageResult = {
      id: ticket.id,
      language: p.read.language,
      priority: facts.priority,
      category: p.categories.category,
      secondary: p.categories.secondary,
      sentiment: p.sentiment.sentiment,
      route,
      first_response_due: sla.firstResponseDue,
      resolution_due: sla.resolutionDue,
      sla_state: sla.state,
      flags,
      reasons: {
        language: languageReason(p.read),
        priority: intern(priorityReason),
        category: intern(p.categories.reasons.category),
        secondary: intern(p.categories.reasons.secondary),
        sentiment: intern(p.sentiment.reason),
        route: intern(routeReason),
        first_response_due: sla.reasons.first_response_due,
        resolution_due: sla.reasons.resolution_due,
        sla_state: sla.reasons.sla_state,
        flags: flagReasons,
      },
    };
    if (options.model && p.prediction) {
      // `reasons` stays the last key of the JSON form.
      const { reasons, ...fields } = result;
      const predicted = { field: options.model.field, label: p.prediction.label, confidence: Math.round(p.prediction.confidence * 1000) / 1000, words: p.prediction.words };
      return { result: { ...fields, predicted, reasons }, facts };
    }
    return { result, facts };
  }

  // Index of the last routing rule that can change the priority: rules after it only choose a route.
  const lastPriorityRule = support.routing.rules.findLastIndex((rule) => rule.set_priority !== undefined);

  function forMetrics(p: PreparedTicket): MetricsTriage {
    const facts = factsOf(p, priorityOf(p).priority);
    for (let i = 0; i <= lastPriorityRule; i++) {
      const rule = support.routing.rules[i]!;
      if (matchCondition(rule.when, facts, rules) === null) continue;
      if (rule.set_priority !== undefined) facts.priority = rule.set_priority;
      break;
    }
    const escalated = support.escalation.some((rule) => matchCondition(rule.when, facts, rules) !== null);
    return { priority: facts.priority, category: p.categories.category, secondary: p.categories.secondary, escalated, language: facts.language, sentiment: facts.sentiment };
  }

  return { one: (p) => evaluate(p).result, withFacts: evaluate, forMetrics };
}

/** Triages tickets in the given order. */
export function triageTickets(tickets: readonly Ticket[], support: SupportSettings, options: TriageOptions): TriageResult[] {
  const rules = compileSupportRules(support);
  const prepared = tickets.map((t) => prepareTicket(t, rules, options.customers, options.model ?? null));
  const triage = createTriage(prepared, support, options);
  return prepared.map((p, i) => {
    if (options.onProgress && i % 5000 === 0) options.onProgress(i, prepared.length);
    return triage.one(p);
  });
}

/** Why a ticket without a first reply time on `target` clock is not simply unanswered; undefined when it is. */
export function unknownReply(ticket: Ticket, resolved: boolean, target: 'calendar' | 'business'): string | undefined {
  const state = replyState(ticket);
  if (state === 'answered') return `answered, but the export gives no ${target} reply time`;
  if (state === 'unknown') return 'time not in the export';
  return resolved ? 'not needed: solved without a reply' : undefined;
}
