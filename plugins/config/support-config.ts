/**
 * The support-workflow part of `kb.config.yaml` (key `support`): priorities,
 * SLAs, category tags, routing, escalation, health lights, red flags, churn
 * scoring, staffing, response templates and root causes (time zone: the
 * reports' `reports.timezone`). Every default is a
 * number or rule from PLAYBOOK.md §2-3; rules are data (phrases and
 * conditions), so a team changes its triage by editing YAML, not code.
 *
 * Phrases match whole words on their stems (so "hacked" finds "hacking"),
 * ignore case and treat ’ like '. A phrase is a string, or `{ any: [...],
 * with_any: [...], within_words: N, unless_any: [...] }` when it only counts
 * next to other words ("can't log in" with "all users", at most N words
 * apart) or never next to some ("down" but not "drop-down").
 *
 * Word lists come in two layers: the lists under `support.*` hold for every
 * language, and `support.languages.<code>` adds the lists of one language
 * (`support-languages.ts`; English and German shipped).
 */
import { z } from 'zod';
import type { KbConfig } from './kb-config-schema.ts';
import { everyLanguageKeywords, everyLanguagePriorityKeywords, shippedLanguages } from './support-languages.ts';

/** Triage priorities, most urgent first. */
export const priorityIds = ['P0', 'P1', 'P2', 'P3'] as const;
export type PriorityId = (typeof priorityIds)[number];

const kebabId = z
  .string()
  .max(60)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase words joined by hyphens, like "senior-support"');
const snakeId = z
  .string()
  .max(60)
  .regex(/^[a-z0-9]+(?:_[a-z0-9]+)*$/, 'use lowercase words joined by underscores, like "cancellation"');
const priority = z.enum(priorityIds);
const note = z.string().min(1).max(200);

const phraseText = z.string().trim().min(1).max(100);
/** One phrase rule: a plain phrase, or phrases that only count with (or never with) other words. */
export const phraseSchema = z.union([
  phraseText,
  z
    .strictObject({
      any: z.array(phraseText).min(1).max(200),
      with_any: z.array(phraseText).min(1).max(200).optional(),
      /** `with_any` only counts this many words before or after the `any` phrase. */
      within_words: z.int().min(0).max(100).optional(),
      unless_any: z.array(phraseText).min(1).max(200).optional(),
    })
    .refine((r) => r.within_words === undefined || r.with_any !== undefined, { message: 'has within_words without with_any: add the with_any words it measures the distance to' }),
]);
export type PhraseRule = z.infer<typeof phraseSchema>;

/** ISO 639-1 language codes (`en`, `de`), the codes triage, templates and the site use. */
export const languageCode = z.string().regex(/^[a-z]{2}$/, 'use a two-letter ISO 639-1 code such as "en" or "de"');

/** The sentiments triage tells apart, most negative first. */
export const sentiments = ['angry', 'frustrated', 'neutral', 'positive'] as const;
export type Sentiment = (typeof sentiments)[number];
const phraseList = z.array(phraseSchema).max(500);

/** A value or a list of values; YAML reads better with `category: bug` than `category: [bug]`. */
function oneOrMore<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => (typeof value === 'string' ? [value] : value), z.array(item).min(1).max(50));
}

/**
 * The conditions a routing, flag, escalation or root-cause rule can test.
 * All given conditions must hold. Conditions that need customer data (LTV,
 * MRR, tenure) never hold for tickets without it.
 */
export const ruleConditionSchema = z
  .strictObject({
    /** The primary category is one of these. */
    category: oneOrMore(kebabId).optional(),
    /** The primary or a secondary category is one of these. */
    has_category: oneOrMore(kebabId).optional(),
    /** The triaged priority is one of these. */
    priority: oneOrMore(priority).optional(),
    /** The customer's plan (ticket `plan`, else the customers file) is one of these. */
    plan: oneOrMore(z.string().min(1).max(60)).optional(),
    /** The ticket carries one of these helpdesk tags. */
    tags_any: z.array(z.string().min(1).max(100)).min(1).max(100).optional(),
    /** The subject or description matches one of these named lists under `support.phrases`. */
    mentions: oneOrMore(snakeId).optional(),
    /** The subject or description matches one of these phrases. */
    text_any: z.array(phraseSchema).min(1).max(200).optional(),
    /** The same customer sent another ticket with the same primary category in the last `repeat_window_days`. */
    repeat_issue: z.boolean().optional(),
    /** The customer had no earlier ticket at all. */
    first_contact: z.boolean().optional(),
    /** At least this many tickets (this one included) from the customer on the same primary category within `repeat_window_days`. */
    same_topic_tickets_at_least: z.int().min(1).max(1000).optional(),
    /** Days since the customer signed up are fewer than this. */
    tenure_days_below: z.number().positive().max(100_000).optional(),
    /** The customer's lifetime value in dollars is above this. */
    ltv_above: z.number().min(0).optional(),
    /** The customer's monthly recurring revenue in dollars is above this. */
    mrr_above: z.number().min(0).optional(),
    /** The ticket has at least this many agent replies. */
    replies_at_least: z.int().min(0).max(10_000).optional(),
    /** The ticket is not solved (true) or is solved (false). */
    unresolved: z.boolean().optional(),
    /** The ticket was still unsolved this many minutes after it was created. */
    unresolved_after_minutes: z.number().positive().max(10_000_000).optional(),
    /** The largest money amount written in the ticket is above this. */
    amount_above: z.number().min(0).optional(),
    /** The ticket's detected language (ISO 639-1) is one of these. */
    language: oneOrMore(languageCode).optional(),
    /** The ticket's sentiment is one of these. */
    sentiment: oneOrMore(z.enum(sentiments)).optional(),
    /** The trained model (`support.triage_model`) predicts one of these labels. */
    predicted: oneOrMore(z.string().min(1).max(100)).optional(),
  })
  .refine((c) => Object.keys(c).length > 0, { message: 'has no conditions: add at least one, such as "category: bug"' });
export type RuleCondition = z.infer<typeof ruleConditionSchema>;

const routeRuleSchema = z.strictObject({
  name: kebabId,
  when: ruleConditionSchema,
  route: kebabId,
  set_priority: priority.optional(),
  note: note.optional(),
});
const flagRuleSchema = z.strictObject({ flag: kebabId, when: ruleConditionSchema, note: note.optional() });
const escalationRuleSchema = z.strictObject({
  flag: kebabId,
  when: ruleConditionSchema,
  /** Who the ticket goes to. */
  to: note,
});
const rootCauseRuleSchema = z.strictObject({ cause: kebabId, when: ruleConditionSchema });

const slaTargetSchema = (firstResponse: number, resolution: number, compliance: number) =>
  z
    .strictObject({
      first_response_minutes: z.number().positive().max(1_000_000).default(firstResponse),
      resolution_minutes: z.number().positive().max(10_000_000).default(resolution),
      /** Share of tickets that must meet both targets, in percent. */
      compliance_percent: z.number().min(0).max(100).default(compliance),
      /** `calendar`: the clock always runs; `business`: only during business hours. */
      clock: z.enum(['calendar', 'business']).default('calendar'),
    })
    .prefault({})
    .refine((t) => t.first_response_minutes <= t.resolution_minutes, {
      message: 'has a first-response target longer than the resolution target: make first_response_minutes at most resolution_minutes',
    });

/** A traffic light where lower is better (times, backlog, escalations). */
const lowerIsBetter = (green: number, red: number) =>
  z
    .strictObject({ green_below: z.number().min(0).default(green), red_above: z.number().min(0).default(red) })
    .prefault({})
    .refine((l) => l.green_below <= l.red_above, { message: 'has green_below above red_above: make green_below at most red_above' });
/** A traffic light where higher is better (CSAT, first contact resolution). */
const higherIsBetter = (green: number, red: number) =>
  z
    .strictObject({ green_above: z.number().min(0).default(green), red_below: z.number().min(0).default(red) })
    .prefault({})
    .refine((l) => l.red_below <= l.green_above, { message: 'has red_below above green_above: make red_below at most green_above' });

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use a 24-hour time such as "09:00"');
const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date such as 2026-12-25');

/**
 * The built-in phrase list names, each empty for every language: their
 * words are per language (`support.languages.<code>.phrases`). Named lists
 * are what `mentions:` conditions and the scripts refer to.
 */
export const defaultPhrases = {
  angry: [],
  negative: [],
  praise: [],
  cancellation: [],
  downgrade: [],
  competitor: [],
  refund: [],
  failed_payment: [],
  legal: [],
  ux_confusion: [],
} satisfies Record<string, PhraseRule[]>;

/**
 * Category tags (PLAYBOOK §2.2) in tie-breaking order, with the words that
 * suggest each in every language; each language adds its own words. How-to
 * comes before the topics it asks about, so "How do I add a teammate?" is a
 * how-to question about accounts.
 */
export const categoryOrder = ['security', 'billing', 'bug', 'churn-risk', 'feature-request', 'performance', 'integration', 'how-to', 'account', 'onboarding'] as const;
export const defaultTicketCategories: Record<string, PhraseRule[]> = Object.fromEntries(categoryOrder.map((id) => [id, everyLanguageKeywords[id] ?? []]));

/** Priority keywords for every language (PLAYBOOK §2.1); each language adds its own. */
export const defaultPriorityKeywords = everyLanguagePriorityKeywords;

export const defaultRoutingRules = [
  { name: 'security', when: { category: ['security'] }, route: 'security-team', set_priority: 'P0' as const, note: 'no resolution attempt by support' },
  { name: 'critical', when: { priority: ['P0' as const] }, route: 'on-call', note: 'respond immediately' },
  { name: 'enterprise-billing', when: { category: ['billing'], plan: ['enterprise'] }, route: 'account-manager' },
  { name: 'churn-risk', when: { has_category: ['churn-risk'] }, route: 'retention-workflow' },
  { name: 'repeat-bug', when: { category: ['bug'], repeat_issue: true }, route: 'senior-support' },
  { name: 'angry-valuable', when: { sentiment: ['angry' as const], ltv_above: 1000 }, route: 'retention-specialist' },
  { name: 'first-how-to', when: { category: ['how-to'], first_contact: true }, route: 'onboarding-team' },
];

export const defaultFlagRules = [
  { flag: 'new-customer', when: { tenure_days_below: 30 }, note: 'use an onboarding tone' },
  { flag: 'repeat-issue', when: { repeat_issue: true }, note: 'the customer wrote about this before' },
  { flag: 'product-team', when: { same_topic_tickets_at_least: 3 }, note: 'same customer, same topic, 3+ tickets' },
];

export const defaultEscalationRules = [
  { flag: 'engineering-on-call', when: { priority: ['P0' as const], unresolved_after_minutes: 60 }, to: 'engineering on-call' },
  { flag: 'legal', when: { mentions: ['legal'] }, to: 'legal and the account manager' },
  { flag: 'manager-approval', when: { mentions: ['refund'], amount_above: 500 }, to: 'a manager, to approve the refund' },
  { flag: 'senior-support', when: { replies_at_least: 3, unresolved: true }, to: 'senior support' },
  { flag: 'retention-first', when: { mentions: ['cancellation'], mrr_above: 1000 }, to: 'retention, before the cancellation' },
];

export const defaultRootCauses = {
  actions: {
    'documentation-gap': 'Write or improve the help article, then link it from the product.',
    'product-bug': 'Send the bug to engineering with its ticket count and the customers it blocks.',
    'ux-confusion': 'Show design the screens customers cannot find their way through.',
    'missing-feature': 'Add the request to product feedback with its count and customer segments.',
    'user-error': 'Add in-app guidance or a help article that prevents the mistake.',
    'third-party-issue': 'Document the workaround and report the problem to the partner.',
    'billing-account': 'Review the billing and account flows and the plan wording.',
  },
  rules: [
    { cause: 'product-bug', when: { category: ['bug', 'performance'] } },
    { cause: 'missing-feature', when: { category: ['feature-request'] } },
    { cause: 'billing-account', when: { category: ['billing', 'account'] } },
    { cause: 'third-party-issue', when: { category: ['integration'] } },
    { cause: 'ux-confusion', when: { mentions: ['ux_confusion'] } },
    { cause: 'documentation-gap', when: { category: ['how-to', 'onboarding'] } },
  ],
  default: 'user-error',
};

export const defaultChurnLevels = [
  { up_to: 20, level: 'healthy', action: 'No action.' },
  { up_to: 40, level: 'monitor', action: 'Watch usage and tickets.' },
  { up_to: 60, level: 'at-risk', action: 'Start the retention workflow.' },
  { up_to: 80, level: 'high', action: 'Hand to the account manager.' },
  { up_to: 100, level: 'critical', action: 'Escalate to an executive.' },
];

export const defaultChurnOffers = [
  { mrr_below: 100, offer: 'One month free, or 20% off for 3 months.' },
  { mrr_below: 500, offer: 'Two months free, or 30% off for 6 months.' },
  { mrr_below: 2000, offer: 'Three months free, or a custom plan.' },
  { offer: 'An executive call and a custom contract.' },
];

const points = (value: number) => z.int().min(0).max(100).default(value);

/** The lists of one language (`support.languages.<code>`); see `support-languages.ts`. */
const languageListsSchema = z.strictObject({
  /** Category keywords in this language, on top of `support.ticket_categories.keywords`. */
  keywords: z.record(kebabId, phraseList).default({}),
  /** Priority keywords in this language, on top of `support.priorities.keywords`. */
  priority_keywords: z.partialRecord(priority, phraseList).default({}),
  /** Named phrase lists in this language, on top of `support.phrases` (same names). */
  phrases: z.record(snakeId, phraseList).default({}),
  /** Sentiment words; the `angry`, `negative` and `praise` phrase lists count too. */
  sentiment: z
    .strictObject({
      angry: phraseList.default([]),
      frustrated: phraseList.default([]),
      positive: phraseList.default([]),
      /** A positive word right after one of these ("not happy") reads as frustrated. */
      negations: z.array(phraseText).max(200).default([]),
    })
    .prefault({}),
  /** Words that name no topic, for topic clustering, on top of the language's standard stop words. */
  stop_words: z.array(z.string().min(1).max(60)).max(2000).default([]),
});

/** A shipped language named in the config keeps the shipped list of every field it leaves out. */
function withShippedLists(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [code, lists] of Object.entries(value as Record<string, unknown>)) {
    const shipped = shippedLanguages[code];
    if (shipped && lists !== null && typeof lists === 'object' && !Array.isArray(lists)) {
      const given = lists as Record<string, unknown>;
      const sentiment = given.sentiment !== null && typeof given.sentiment === 'object' ? { ...shipped.sentiment, ...(given.sentiment as object) } : given.sentiment ?? shipped.sentiment;
      out[code] = { ...shipped, ...given, sentiment };
    } else {
      out[code] = lists ?? (shipped ? { ...shipped } : {});
    }
  }
  return out;
}

const supportSchema = z
  .strictObject({
    /** Word lists per language, by ISO 639-1 code; tickets in other languages use the default language's lists. */
    languages: z
      .preprocess(withShippedLists, z.record(languageCode, languageListsSchema).refine((l) => Object.keys(l).length > 0, { message: 'is empty: name at least one language, such as "en: {}"' }))
      .default(() => structuredClone({ ...shippedLanguages }) as never),
    /** The language of tickets too short to tell (and of replies with no template in the ticket's language). */
    default_language: languageCode.default('en'),
    /** A model trained with `kb triage train` (path from the working folder), used as evidence below the playbook rules. */
    triage_model: z.string().min(1).max(500).nullable().default(null),
    business_hours: z
      .strictObject({
        days: z.array(z.enum(weekdays)).min(1).max(7).default(['mon', 'tue', 'wed', 'thu', 'fri']),
        start: clockTime.default('09:00'),
        end: clockTime.default('17:00'),
        /** Dates with no business hours. */
        holidays: z.array(isoDate).max(1000).default([]),
      })
      .prefault({})
      .refine((h) => h.start < h.end, { message: 'ends before it starts: make "end" later than "start"' }),
    /** Named phrase lists for `mentions:` conditions; the built-in lists can be replaced one by one. */
    phrases: z
      .strictObject({
        angry: phraseList.default(defaultPhrases.angry),
        negative: phraseList.default(defaultPhrases.negative),
        praise: phraseList.default(defaultPhrases.praise),
        cancellation: phraseList.default(defaultPhrases.cancellation),
        downgrade: phraseList.default(defaultPhrases.downgrade),
        competitor: phraseList.default(defaultPhrases.competitor),
        refund: phraseList.default(defaultPhrases.refund),
        failed_payment: phraseList.default(defaultPhrases.failed_payment),
        legal: phraseList.default(defaultPhrases.legal),
        ux_confusion: phraseList.default(defaultPhrases.ux_confusion),
      })
      .catchall(phraseList)
      .prefault({}),
    priorities: z
      .strictObject({
        /** Priority when no keyword matches. */
        default: priority.default('P2'),
        /** Checked from the most urgent priority down; the first priority with a match wins. */
        keywords: z.partialRecord(priority, phraseList).default(defaultPriorityKeywords),
        /** Categories that force a priority whatever the words say. */
        forced_by_category: z.record(kebabId, priority).default({ security: 'P0' }),
        /**
         * How-to and general questions (PLAYBOOK §2.1): a ticket with one of
         * `categories`, none of `unless_categories` and none of the phrase lists
         * `unless_mentions` (a legal threat is no general question) gets
         * `priority` unless a keyword of a more urgent priority matched.
         */
        questions: z
          .strictObject({
            priority: priority.default('P3'),
            categories: z.array(kebabId).max(50).default(['how-to']),
            unless_categories: z.array(kebabId).max(50).default(['bug', 'performance', 'security', 'churn-risk']),
            unless_mentions: z.array(snakeId).max(50).default(['legal']),
          })
          .prefault({}),
        /**
         * The helpdesk's own priorities on the P0-P3 scale, for reports that
         * show them beside triage's (keys in any case: Urgent, high, …; a key
         * left out keeps its default).
         */
        helpdesk_map: z.preprocess(
          (value) => (value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k.toLowerCase(), v])) : (value ?? {})),
          z.strictObject({ urgent: priority.default('P0'), high: priority.default('P1'), normal: priority.default('P2'), low: priority.default('P3') }),
        ).prefault({}),
        /** Plans whose tickets go up a number of levels (P0 stays P0). */
        raise_for_plans: z
          .strictObject({
            plans: z.array(z.string().min(1).max(60)).max(50).default(['enterprise']),
            levels: z.int().min(0).max(3).default(1),
          })
          .prefault({}),
      })
      .prefault({}),
    sla: z
      .strictObject({
        /** Share of the time to a target that raises a warning, in percent, lowest first. */
        warnings_percent: z
          .array(z.number().gt(0).lt(100))
          .max(5)
          .default([50, 80])
          .refine((list) => list.every((v, i) => i === 0 || v > list[i - 1]!), { message: 'is not in increasing order: list the warnings from lowest to highest' }),
        targets: z
          .strictObject({
            P0: slaTargetSchema(15, 120, 95),
            P1: slaTargetSchema(60, 480, 95),
            P2: slaTargetSchema(240, 1440, 90),
            P3: slaTargetSchema(1440, 4320, 90),
          })
          .prefault({}),
      })
      .prefault({}),
    ticket_categories: z
      .strictObject({
        /** Keywords per category; the order of the keys breaks ties. */
        keywords: z.record(kebabId, phraseList).default(defaultTicketCategories),
        /** Primary category when neither the helpdesk, the tags nor the words name one. */
        default: kebabId.default('how-to'),
        /** Categories whose words outrank every other evidence, the helpdesk's field included (security → escalate at once). */
        precedence: z.array(kebabId).max(20).default(['security']),
        max_secondary: z.int().min(0).max(5).default(2),
      })
      .prefault({}),
    /** Days back that count for repeat issues and "same customer, same topic". */
    repeat_window_days: z.int().min(1).max(3650).default(30),
    routing: z
      .strictObject({
        /** Route when no rule matches. */
        default_route: kebabId.default('support-queue'),
        /** Checked in order; the first rule that matches sets the route. */
        rules: z.array(routeRuleSchema).max(200).default(defaultRoutingRules),
        /** Every matching rule adds its flag. */
        flags: z.array(flagRuleSchema).max(200).default(defaultFlagRules),
      })
      .prefault({}),
    /** Every matching rule adds its flag; a flagged ticket counts as escalated. */
    escalation: z.array(escalationRuleSchema).max(200).default(defaultEscalationRules),
    metrics: z
      .strictObject({
        /** The high percentile reported for first response and resolution. */
        percentile: z.number().gt(50).lt(100).default(95),
        /** A solved, never-reopened ticket with at most this many agent replies counts as resolved at first contact. */
        fcr_max_replies: z.int().min(0).max(10).default(1),
        /** CSAT ratings at or above this (on 1-5) are satisfied. */
        csat_satisfied_min: z.int().min(1).max(5).default(4),
        /** NPS scores at or above this are promoters. */
        nps_promoter_min: z.int().min(0).max(10).default(9),
        /** NPS scores at or below this are detractors. */
        nps_detractor_max: z.int().min(0).max(10).default(6),
        /** Helpdesk tags that mark a ticket as escalated by an agent. */
        escalated_tags: z.array(z.string().min(1).max(100)).max(50).default(['escalated']),
      })
      .prefault({})
      .refine((m) => m.nps_detractor_max < m.nps_promoter_min, {
        message: 'has nps_detractor_max at or above nps_promoter_min: make detractors score lower than promoters',
      }),
    /** Traffic lights (PLAYBOOK §3.2): green, yellow between the bounds, red. */
    health: z
      .strictObject({
        first_response_hours: lowerIsBetter(4, 24),
        resolution_hours: lowerIsBetter(24, 72),
        csat_percent: higherIsBetter(85, 70),
        fcr_percent: higherIsBetter(70, 50),
        /** Backlog divided by the average tickets received per day. */
        backlog_days: lowerIsBetter(1, 3),
        escalation_percent: lowerIsBetter(15, 30),
      })
      .prefault({}),
    red_flags: z
      .strictObject({
        csat_mean_below: z.number().min(1).max(5).default(4),
        /** How many of the latest solved tickets to audit when CSAT is low. */
        audit_tickets: z.int().min(1).max(1000).default(20),
        /** A first response slower than this multiple of its SLA target is a red flag. */
        first_response_sla_multiple: z.number().min(1).max(100).default(2),
        reopen_rate_percent_above: z.number().min(0).max(100).default(15),
        repeat_customer: z
          .strictObject({ tickets: z.int().min(2).max(1000).default(3), days: z.int().min(1).max(365).default(7) })
          .prefault({}),
        detractor_follow_up_hours: z.number().positive().max(24 * 30).default(24),
      })
      .prefault({}),
    churn: z
      .strictObject({
        /** Ticket-text signals look at tickets from this many days back. */
        lookback_days: z.int().min(1).max(365).default(30),
        signals: z
          .strictObject({
            cancellation_request: z.strictObject({ points: points(40) }).prefault({}),
            competitor_named: z.strictObject({ points: points(20) }).prefault({}),
            negative_tickets: z
              .strictObject({ points: points(15), tickets: z.int().min(1).max(100).default(3), days: z.int().min(1).max(365).default(30) })
              .prefault({}),
            usage_drop: z.strictObject({ points: points(15), percent: z.number().gt(0).max(100).default(50) }).prefault({}),
            failed_payment: z.strictObject({ points: points(10) }).prefault({}),
            no_login: z.strictObject({ points: points(10), days: z.int().min(1).max(365).default(14) }).prefault({}),
            downgrade_request: z.strictObject({ points: points(10) }).prefault({}),
            renewal_without_engagement: z
              .strictObject({
                points: points(10),
                renewal_days: z.int().min(1).max(3650).default(60),
                /** No login and no ticket in this many days counts as no engagement. */
                engagement_days: z.int().min(1).max(365).default(30),
              })
              .prefault({}),
          })
          .prefault({}),
        /** Competitor names; naming one in a ticket scores `competitor_named`, as do the `competitor` phrases. */
        competitors: z.array(z.string().min(1).max(60)).max(200).default([]),
        max_score: z.int().min(1).max(1000).default(100),
        /** Score bands, lowest first; `up_to` is inclusive and the last band ends at max_score. */
        levels: z
          .array(z.strictObject({ up_to: z.int().min(0), level: kebabId, action: note }))
          .min(1)
          .max(20)
          .default(defaultChurnLevels),
        /** Offer ceilings by MRR, lowest first; `mrr_below` is exclusive and the last band has none. */
        offers: z
          .array(z.strictObject({ mrr_below: z.number().positive().optional(), offer: note }))
          .min(1)
          .max(20)
          .default(defaultChurnOffers),
      })
      .prefault({})
      .superRefine((churn, ctx) => {
        churn.levels.forEach((band, i) => {
          const previous = churn.levels[i - 1];
          if (previous && band.up_to <= previous.up_to) {
            ctx.addIssue({ code: 'custom', path: ['levels', i, 'up_to'], message: `is not above the band before it (${previous.up_to}): list the bands from lowest to highest` });
          }
        });
        const last = churn.levels[churn.levels.length - 1];
        if (last && last.up_to !== churn.max_score) {
          ctx.addIssue({ code: 'custom', path: ['levels', churn.levels.length - 1, 'up_to'], message: `does not end at max_score (${churn.max_score}): make the last band's up_to ${churn.max_score}` });
        }
        churn.offers.forEach((band, i) => {
          const isLast = i === churn.offers.length - 1;
          const previous = churn.offers[i - 1]?.mrr_below;
          if (isLast && band.mrr_below !== undefined) {
            ctx.addIssue({ code: 'custom', path: ['offers', i, 'mrr_below'], message: 'is set on the last band: leave it out so every MRR has an offer' });
          } else if (!isLast && band.mrr_below === undefined) {
            ctx.addIssue({ code: 'custom', path: ['offers', i], message: 'has no mrr_below: only the last band may leave it out' });
          } else if (band.mrr_below !== undefined && previous !== undefined && band.mrr_below <= previous) {
            ctx.addIssue({ code: 'custom', path: ['offers', i, 'mrr_below'], message: `is not above the band before it (${previous}): list the bands from lowest to highest` });
          }
        });
      }),
    staffing: z
      .strictObject({
        /** Share of paid time agents spend on tickets. */
        occupancy: z.number().gt(0).max(1).default(0.75),
        /** Average minutes an agent spends on one ticket. */
        handle_minutes: z.number().positive().max(1440).default(15),
        /** Days of history the forecast averages over. */
        history_days: z.int().min(7).max(3650).default(90),
      })
      .prefault({}),
    /** Which response template (`<templates dir>/<name>.md`) fits a ticket. */
    templates: z
      .strictObject({
        /** Folder of the templates, relative to the content folder. */
        dir: z.string().min(1).max(200).default('templates'),
        /** The `##` sections every template has, in order: the HEARD shape (hear, empathize, act, resolve, delight). */
        sections: z.array(z.string().min(1).max(60)).min(1).max(20).default(['Hear', 'Empathize', 'Act', 'Resolve', 'Delight']),
        /** Used for angry tickets, whatever their category. */
        angry: kebabId.default('de-escalation'),
        by_category: z.record(kebabId, kebabId).default({
          bug: 'bug-report',
          performance: 'bug-report',
          integration: 'bug-report',
          'how-to': 'how-to',
          onboarding: 'how-to',
          account: 'how-to',
          'feature-request': 'feature-request',
          billing: 'billing',
          'churn-risk': 'at-risk-outreach',
        }),
        default: kebabId.default('how-to'),
      })
      .prefault({}),
    root_causes: z
      .strictObject({
        /** Each root cause and the action it implies. */
        actions: z.record(kebabId, note).default(defaultRootCauses.actions),
        /** Checked in order; the first match names the ticket's root cause. */
        rules: z.array(rootCauseRuleSchema).max(200).default(defaultRootCauses.rules),
        default: kebabId.default(defaultRootCauses.default),
      })
      .prefault({}),
    voc: z
      .strictObject({
        top_topics: z.int().min(1).max(50).default(5),
        quotes_per_topic: z.int().min(0).max(10).default(2),
        quote_max_chars: z.int().min(40).max(1000).default(200),
        /** Categories read as feature requests and as bugs. */
        feature_category: kebabId.default('feature-request'),
        bug_category: kebabId.default('bug'),
      })
      .prefault({}),
    /** Customer, usage and NPS files (paths from the working folder); command options override them. */
    files: z
      .strictObject({
        customers: z.string().min(1).max(500).default('data/customers.csv'),
        usage: z.string().min(1).max(500).default('data/usage.csv'),
        nps: z.string().min(1).max(500).default('data/nps.csv'),
      })
      .prefault({}),
  })
  .superRefine((support, ctx) => checkReferences(support, ctx));

type SupportInput = z.infer<typeof supportSchema>;

/** Every name a rule refers to must exist: categories, phrase lists, templates, root causes. */
function checkReferences(support: SupportInput, ctx: z.core.$RefinementCtx<SupportInput>): void {
  const categories = Object.keys(support.ticket_categories.keywords);
  const phraseLists = [...new Set([...Object.keys(support.phrases), ...Object.values(support.languages).flatMap((l) => Object.keys(l.phrases))])];
  const causes = Object.keys(support.root_causes.actions);
  const category = (value: string, path: PropertyKey[]) => {
    if (!categories.includes(value)) {
      ctx.addIssue({ code: 'custom', path, message: `names "${value}", which is not a category: use one of ${categories.join(', ')} (the keys of support.ticket_categories.keywords)` });
    }
  };
  const conditions = (when: RuleCondition, path: PropertyKey[]) => {
    when.category?.forEach((c, i) => category(c, [...path, 'category', i]));
    when.has_category?.forEach((c, i) => category(c, [...path, 'has_category', i]));
    when.mentions?.forEach((name, i) => {
      if (!phraseLists.includes(name)) {
        ctx.addIssue({ code: 'custom', path: [...path, 'mentions', i], message: `names "${name}", which is not a phrase list: use one of ${phraseLists.join(', ')}, or add it under support.phrases` });
      }
    });
  };
  if (categories.length === 0) ctx.addIssue({ code: 'custom', path: ['ticket_categories', 'keywords'], message: 'is empty: name at least one category' });
  category(support.ticket_categories.default, ['ticket_categories', 'default']);
  for (const key of Object.keys(support.priorities.forced_by_category)) category(key, ['priorities', 'forced_by_category', key]);
  for (const key of Object.keys(support.templates.by_category)) category(key, ['templates', 'by_category', key]);
  for (const [i, key] of support.ticket_categories.precedence.entries()) category(key, ['ticket_categories', 'precedence', i]);
  for (const [i, key] of support.priorities.questions.categories.entries()) category(key, ['priorities', 'questions', 'categories', i]);
  for (const [i, key] of support.priorities.questions.unless_categories.entries()) category(key, ['priorities', 'questions', 'unless_categories', i]);
  support.priorities.questions.unless_mentions.forEach((name, i) => {
    if (!phraseLists.includes(name)) ctx.addIssue({ code: 'custom', path: ['priorities', 'questions', 'unless_mentions', i], message: `names "${name}", which is not a phrase list: use one of ${phraseLists.join(', ')}` });
  });
  for (const [code, lists] of Object.entries(support.languages)) {
    for (const key of Object.keys(lists.keywords)) category(key, ['languages', code, 'keywords', key]);
  }
  if (!Object.hasOwn(support.languages, support.default_language)) {
    ctx.addIssue({ code: 'custom', path: ['default_language'], message: `is "${support.default_language}", which has no lists under support.languages: use one of ${Object.keys(support.languages).join(', ')}, or add "${support.default_language}" there` });
  }
  category(support.voc.feature_category, ['voc', 'feature_category']);
  category(support.voc.bug_category, ['voc', 'bug_category']);
  support.routing.rules.forEach((rule, i) => conditions(rule.when, ['routing', 'rules', i, 'when']));
  support.routing.flags.forEach((rule, i) => conditions(rule.when, ['routing', 'flags', i, 'when']));
  support.escalation.forEach((rule, i) => conditions(rule.when, ['escalation', i, 'when']));
  support.root_causes.rules.forEach((rule, i) => {
    conditions(rule.when, ['root_causes', 'rules', i, 'when']);
    if (!causes.includes(rule.cause)) {
      ctx.addIssue({ code: 'custom', path: ['root_causes', 'rules', i, 'cause'], message: `names "${rule.cause}", which has no action: add it under support.root_causes.actions` });
    }
  });
  if (!causes.includes(support.root_causes.default)) {
    ctx.addIssue({ code: 'custom', path: ['root_causes', 'default'], message: `names "${support.root_causes.default}", which has no action: add it under support.root_causes.actions` });
  }
  const used = new Set<string>();
  const collect = (when: RuleCondition) => when.mentions?.forEach((name) => used.add(name));
  support.routing.rules.forEach((rule) => collect(rule.when));
  support.routing.flags.forEach((rule) => collect(rule.when));
  support.escalation.forEach((rule) => collect(rule.when));
  support.root_causes.rules.forEach((rule) => collect(rule.when));
  const unused = (name: string) => !Object.hasOwn(defaultPhrases, name) && !used.has(name);
  for (const [code, lists] of Object.entries(support.languages)) {
    for (const name of Object.keys(lists.phrases)) {
      if (unused(name)) ctx.addIssue({ code: 'custom', path: ['languages', code, 'phrases', name], message: `is not used by any rule: check its spelling (built-in lists are ${Object.keys(defaultPhrases).join(', ')}) or refer to it with "mentions: ${name}"` });
    }
  }
  for (const name of Object.keys(support.phrases)) {
    if (unused(name)) {
      ctx.addIssue({ code: 'custom', path: ['phrases', name], message: `is not used by any rule: check its spelling (built-in lists are ${Object.keys(defaultPhrases).join(', ')}) or refer to it with "mentions: ${name}"` });
    }
  }
  const names = new Set<string>();
  support.routing.rules.forEach((rule, i) => {
    if (names.has(rule.name)) ctx.addIssue({ code: 'custom', path: ['routing', 'rules', i, 'name'], message: `repeats "${rule.name}": give every rule its own name, so reasons say which one matched` });
    names.add(rule.name);
  });
}

export const supportConfigShape = {
  support: supportSchema.prefault({}),
};

/** The validated `support` section. */
export type SupportConfig = z.infer<typeof supportSchema>;

/**
 * The `support` section with the one report time zone (`reports.timezone`)
 * that business hours, weeks and weekday/hour figures are read in, so the
 * support report and the rest of `kb weekly` count the same days.
 */
export type SupportSettings = SupportConfig & { readonly time_zone: string };

const settingsCache = new WeakMap<KbConfig, SupportSettings>();

/** The support settings of a loaded configuration (the same object on every call). */
export function supportSettings(config: KbConfig): SupportSettings {
  let settings = settingsCache.get(config);
  if (!settings) {
    settings = { ...config.support, time_zone: config.reports.timezone };
    settingsCache.set(config, settings);
  }
  return settings;
}
