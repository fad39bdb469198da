/**
 * Category tags of a ticket (PLAYBOOK §2.2): one primary and up to
 * `max_secondary` secondary tags. Evidence ranks as: the helpdesk's own
 * category field, then a helpdesk tag equal to a category id, then the
 * number of category keywords in the subject and description; the
 * configured order of categories breaks ties.
 */
import type { Ticket } from '../tickets/ticket-schema.ts';
import type { CompiledSupport } from './compile-support-rules.ts';

/** The categories and why each was chosen. */
export interface CategoryResult {
  category: string;
  secondary: string[];
  reasons: { category: string; secondary: string };
}

interface Evidence {
  id: string;
  order: number;
  field: boolean;
  tag: string | null;
  words: string[];
}

/** Helpdesk values such as "Feature Request" or "feature_request" read as category ids. */
export function toCategoryId(value: string): string {
  return value.trim().toLowerCase().replace(/[\s_]+/g, '-');
}

function describe(e: Evidence): string {
  if (e.field) return `helpdesk category "${e.id}"`;
  if (e.tag !== null) return `tag "${e.tag}"`;
  return `words ${e.words.map((w) => `"${w}"`).join(', ')}`;
}

function rank(a: Evidence, b: Evidence): number {
  return Number(b.field) - Number(a.field) || Number(b.tag !== null) - Number(a.tag !== null) || b.words.length - a.words.length || a.order - b.order;
}

/** Classifies one ticket; `text` is its normalized subject and description. */
export function classifyCategory(ticket: Ticket, text: string, rules: CompiledSupport): CategoryResult {
  const settings = rules.support.ticket_categories;
  const field = ticket.category === null ? null : toCategoryId(ticket.category);
  const tags = new Map<string, string>();
  for (const tag of ticket.tags) if (!tags.has(toCategoryId(tag))) tags.set(toCategoryId(tag), tag);
  const found: Evidence[] = [];
  rules.categories.forEach(({ id, matcher }, order) => {
    const e: Evidence = { id, order, field: field === id, tag: tags.get(id) ?? null, words: matcher.find(text) };
    if (e.field || e.tag !== null || e.words.length > 0) found.push(e);
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
