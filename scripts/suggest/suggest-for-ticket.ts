/**
 * Agent assist for one ticket: its triage, the three help articles that
 * best match its text, and the response template for its category (the
 * de-escalation template when the ticket's sentiment is angry), in the
 * ticket's language when the templates folder has one for it.
 */
import type { SupportSettings } from '../../plugins/config/support-config.ts';
import type { CustomerDirectory } from '../churn/customer-directory.ts';
import { ticketText } from '../gaps/ticket-text.ts';
import type { ArticleHit, ArticleSearch } from '../kb-search/article-search.ts';
import type { Ticket } from '../tickets/ticket-schema.ts';
import { compileSupportRules } from '../triage/compile-support-rules.ts';
import { createTriage, prepareTicket, type TriageResult } from '../triage/triage-tickets.ts';
import type { ResponseTemplate } from './load-templates.ts';

/** What `kb suggest` shows. */
export interface Suggestion {
  ticket: { id: string; subject: string };
  triage: TriageResult;
  articles: Array<ArticleHit & { url: string }>;
  template: { name: string; title: string; reason: string; file: string | null; language: string };
}

/** What {@link suggestForTicket} needs. */
export interface SuggestInput {
  ticket: Ticket;
  history: readonly Ticket[];
  support: SupportSettings;
  search: ArticleSearch;
  templates: readonly ResponseTemplate[];
  siteUrl: string;
  now: number;
  customers?: CustomerDirectory;
  /** Articles to show. Default 3. */
  limit?: number;
}

/** Picks the template name for a triaged ticket, and why. */
export function templateFor(triage: TriageResult, angry: boolean, support: SupportSettings): { name: string; reason: string } {
  const t = support.templates;
  if (angry) return { name: t.angry, reason: `the customer sounds angry (${triage.reasons.sentiment})` };
  const byCategory = t.by_category[triage.category];
  if (byCategory !== undefined) return { name: byCategory, reason: `category ${triage.category}` };
  return { name: t.default, reason: `no template for category ${triage.category}: the default` };
}

/** Builds the suggestion. */
export function suggestForTicket(input: SuggestInput): Suggestion {
  const { ticket, support } = input;
  const rules = compileSupportRules(support);
  const prepared = prepareTicket(ticket, rules, input.customers);
  const triage = createTriage([prepared], support, { now: input.now, customers: input.customers, history: input.history }).one(prepared);
  const choice = templateFor(triage, triage.sentiment === 'angry', support);
  // Reply in the customer's language (PLAYBOOK §2.2a); the default language's template when there is none in theirs.
  const own = triage.language === support.default_language ? undefined : input.templates.find((t) => t.name === choice.name && t.language === triage.language);
  const template = own ?? input.templates.find((t) => t.name === choice.name && t.language === null);
  const language = own ? triage.language : support.default_language;
  const reason = triage.language !== language ? `${choice.reason}; no ${triage.language} template, so ${language}` : choice.reason;
  const base = input.siteUrl.replace(/\/$/, '');
  return {
    ticket: { id: ticket.id, subject: ticket.subject },
    triage,
    articles: input.search.search(ticketText(ticket), { limit: input.limit ?? 3 }).map((hit) => ({ ...hit, url: `${base}/articles/${hit.slug}/` })),
    template: { name: choice.name, title: template?.title ?? '', reason, file: template?.file ?? null, language },
  };
}
