/**
 * Small conversions shared by the importers: vendor words for status,
 * priority, channel and satisfaction onto the canonical values, and numbers
 * that arrive as text.
 */
import type { Ticket } from './ticket-schema.ts';
import { RowError } from './row-error.ts';

/** A status word from any helpdesk; undefined when empty (the model's default applies). */
export function normalizeStatus(value: unknown): Ticket['status'] | undefined {
  const text = String(value ?? '').trim().toLowerCase().replace(/[\s_]+/g, '-');
  if (text === '') return undefined;
  if (text === 'new') return 'new';
  if (text === 'open' || text === 'active' || text === 'snoozed' || text === 'reopened') return 'open';
  if (text === 'pending' || text.startsWith('waiting')) return 'pending';
  if (text === 'hold' || text === 'on-hold') return 'on-hold';
  if (text === 'solved' || text === 'resolved') return 'solved';
  if (text === 'closed' || text === 'spam' || text === 'deleted') return 'closed';
  throw new RowError(`status "${String(value)}" is not one we know: expected new, open, pending, on-hold, solved or closed`);
}

/** A priority word; "medium" is Freshdesk's "normal", "-" means none. */
export function normalizePriority(value: unknown): Ticket['priority'] {
  const text = String(value ?? '').trim();
  if (text === '' || text === '-') return null;
  const lower = text.toLowerCase();
  if (lower === 'low' || lower === 'normal' || lower === 'high' || lower === 'urgent') return lower;
  if (lower === 'medium') return 'normal';
  if (/^p[0-3]$/.test(lower)) return lower.toUpperCase() as Ticket['priority'];
  throw new RowError(`priority "${text}" is not one we know: expected low, normal, high or urgent`);
}

/** The channel a ticket arrived through, in a few stable words. */
export function normalizeChannel(value: unknown): string | null {
  const text = String(value ?? '').trim().toLowerCase();
  if (text === '' || text === '-') return null;
  if (/mail/.test(text)) return 'email';
  if (/chat|messag|widget|messenger|conversation/.test(text)) return 'chat';
  if (/phone|voice|call/.test(text)) return 'phone';
  if (/web|form|portal|help ?center/.test(text)) return 'web';
  if (/api/.test(text)) return 'api';
  return text.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || null;
}

/** CSAT as 1-5 or good/bad; offered-but-unanswered and empty mean none. */
export function normalizeSatisfaction(value: unknown): Ticket['satisfaction'] {
  if (typeof value === 'number') return satisfactionNumber(value);
  const text = String(value ?? '').trim().toLowerCase();
  if (text === '' || text === '-' || /offered|unoffered|not offered|none/.test(text)) return null;
  if (/^[1-5](\.0)?$/.test(text)) return Number(text);
  if (text.startsWith('good')) return 'good';
  if (text.startsWith('bad')) return 'bad';
  // Freshdesk's survey answers.
  if (text === 'awesome' || text === 'extremely happy') return 5;
  if (text === 'happy') return 4;
  if (text === 'neutral' || text === 'just okay') return 3;
  if (text === 'unhappy' || text === 'not good') return 2;
  if (text === 'extremely unhappy') return 1;
  throw new RowError(`satisfaction "${String(value)}" is not a rating: expected 1-5, good or bad`);
}

function satisfactionNumber(value: number): Ticket['satisfaction'] {
  if (Number.isInteger(value) && value >= 1 && value <= 5) return value;
  throw new RowError(`satisfaction ${value} is not a rating from 1 to 5`);
}

/** A whole number ≥ 0 from text or a number; empty is `fallback`. */
export function toCount(value: unknown, field: string, fallback = 0): number {
  if (value === null || value === undefined) return fallback;
  const text = String(value).trim();
  if (text === '' || text === '-') return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) throw new RowError(`${field} "${text}" is not a whole number`);
  return n;
}

/** Minutes ≥ 0 from a number of minutes; empty is null. */
export function toMinutes(value: unknown, field: string): number | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  if (text === '' || text === '-') return null;
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0) throw new RowError(`${field} "${text}" is not a number of minutes`);
  return n;
}

/** Minutes from hours written as a number ("2.5") or a duration ("02:30:00"). */
export function hoursToMinutes(value: unknown, field: string): number | null {
  const text = String(value ?? '').trim();
  if (text === '' || text === '-') return null;
  const clock = /^(\d+):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]) + Number(clock[3] ?? 0) / 60;
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0) throw new RowError(`${field} "${text}" is not a number of hours`);
  return Math.round(n * 60 * 100) / 100;
}

/** Tags from a list or from text separated by spaces or commas (Zendesk tags contain neither). */
export function toTags(value: unknown): string[] {
  const list = Array.isArray(value) ? value.map((v) => String(v ?? '')) : String(value ?? '').split(/[\s,]+/);
  const tags = new Set<string>();
  for (const raw of list) {
    const tag = raw.trim();
    if (tag && tag.length <= 100) tags.add(tag);
  }
  return [...tags].slice(0, 100);
}

/** Text or null; empty and "-" are null. */
export function toText(value: unknown, max: number): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  if (text === '' || text === '-') return null;
  return text.slice(0, max);
}

/** An id as text, whatever type the vendor used. */
export function toId(value: unknown, field: string): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value.trim() !== '') return value.trim().slice(0, 100);
  throw new RowError(`${field} is missing: every ticket needs an id`);
}
