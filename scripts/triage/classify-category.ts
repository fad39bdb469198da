/**
 * Category tags of a ticket (PLAYBOOK §2.2): one primary and up to
 * `max_secondary` secondary tags. Evidence ranks as: words of a precedence
 * category (security outranks everything, PLAYBOOK §2.2a), the helpdesk's
 * own category field, a helpdesk tag equal to a category id, the trained
 * model's prediction (`support.triage_model`), then the number of category
 * keywords in the subject and description (in the ticket's language); the
 * configured order of categories breaks ties.
 */
import type { Ticket } from '../tickets/ticket-schema.ts';
import type { CompiledSupport, ReadText } from './compile-support-rules.ts';

/** The categories and why each was chosen. */
export interface CategoryResult {
  category: string;
  secondary: string[];
  reasons: { category: string; secondary: string };
}

/** A trained model's category for a ticket, with the words that decided it. */
export interface CategoryPrediction {
  label: string;
  words: string[];
}

interface Evidence {
  id: string;
  order: number;
  precedence: boolean;
  field: boolean;
  tag: string | null;
  model: CategoryPrediction | null;
  words: string[];
}

/** Helpdesk values such as "Feature Request" or "feature_request" read as category ids. */
export function toCategoryId(value: string): string {
  return value.trim().toLowerCase().replace(/[\s_]+/g, '-');
}

const quote = (words: readonly string[]) => words.map((w) => `"${w}"`).join(', ');

function describe(e: Evidence): string {
  if (e.precedence) return `words ${quote(e.words)} (${e.id} outranks every other category)`;
  if (e.field) return `helpdesk category "${e.id}"`;
  if (e.tag !== null) return `tag "${e.tag}"`;
  if (e.model !== null) return `trained model${e.model.words.length > 0 ? `, words ${quote(e.model.words)}` : ''}`;
  return `words ${quote(e.words)}`;
}

function rank(a: Evidence, b: Evidence): number {
  return (
    Number(b.precedence) - Number(a.precedence) ||
    Number(b.field) - Number(a.field) ||
    Number(b.tag !== null) - Number(a.tag !== null) ||
    Number(b.model !== null) - Number(a.model !== null) ||
    b.words.length - a.words.length ||
    a.order - b.order
  );
}

/** Classifies one ticket from its read text (language and stems) and an optional model prediction. */
export function classifyCategory(ticket: Ticket, read: ReadText, rules: CompiledSupport, prediction: CategoryPrediction | null = null): CategoryResult {
  const settings = rules.support.ticket_categories;
  const field = ticket.category === null ? null : toCategoryId(ticket.category);
  const tags = new Map<string, string>();
  for (const tag of ticket.tags) if (!tags.has(toCategoryId(tag))) tags.set(toCategoryId(tag), tag);
  const found: Evidence[] = [];
  rules.categories.forEach(({ id, matcher }, order) => {
    const words = matcher.find(read);
    const e: Evidence = {
      id,
      order,
      precedence: words.length > 0 && settings.precedence.includes(id),
      field: field === id,
      tag: tags.get(id) ?? null,
      model: prediction !== null && prediction.label === id ? prediction : null,
      words,
    };
    if (e.field || e.tag !== null || e.model !== null || e.words.length > 0) found.push(e);
  });
  found.sort(rank);
  const primary = found[0];
  const secondary = found.slice(1, 1 + settings.max_secondary);
  return {
    category: primary?.id ?? settings.default,
    secondary: secondary.map((e) => e.id),
    reasons: {
      category: primary ? describe(primary) : `no category evidence: default "${settings.default}"`,
      secondary: secondary.length > 0 ? secondary.map((e) => `${e.id}: ${describe(e)}`).join('; ') : 'no other category evidence',
    },
  };
}
