/**
 * Small conversions shared by the importers: vendor words for status,
 * priority, channel and satisfaction onto the canonical values, and numbers
 * that arrive as text.
 */
import type { Ticket } from './ticket-schema.ts';
import { RowError } from './row-error.ts';

/** A status word from any helpdesk; undefined when empty (the model's default applies). */
export function normalizeStatus(value: unknown, field = 'status'): Ticket['status'] | undefined {
  const text = String(value ?? '').trim().toLowerCase().replace(/[\s_]+/g, '-');
  if (text === '') return undefined;
  if (text === 'new') return 'new';
  if (text === 'open' || text === 'active' || text === 'snoozed' || text === 'reopened') return 'open';
  if (text === 'pending' || text.startsWith('waiting')) return 'pending';
  if (text === 'hold' || text === 'on-hold') return 'on-hold';
  if (text === 'solved' || text === 'resolved') return 'solved';
  if (text === 'closed' || text === 'spam' || text === 'deleted') return 'closed';
  throw new RowError(`${field} "${String(value)}" is not one we know: expected new, open, pending, on-hold, solved or closed (translate others with "values" in a column map)`, { column: field, value: String(value) });
}

/** A priority word; "medium" is Freshdesk's "normal", "critical" Zendesk-speak for "urgent", "-" means none. */
export function normalizePriority(value: unknown, field = 'priority'): Ticket['priority'] {
  const text = String(value ?? '').trim();
  if (text === '' || text === '-') return null;
  const lower = text.toLowerCase();
  if (lower === 'low' || lower === 'normal' || lower === 'high' || lower === 'urgent') return lower;
  if (lower === 'medium') return 'normal';
  if (lower === 'critical') return 'urgent';
  if (/^p[0-3]$/.test(lower)) return lower.toUpperCase() as Ticket['priority'];
  throw new RowError(`${field} "${text}" is not a priority we know: expected low, normal, high or urgent (translate others with "values" in a column map)`, { column: field, value: text });
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
export function normalizeSatisfaction(value: unknown, field = 'satisfaction'): Ticket['satisfaction'] {
  return readSatisfaction(value, field).rating;
}

/** A satisfaction cell: the rating, and whether a survey was sent (null when the cell does not say). */
export interface SatisfactionRead {
  rating: Ticket['satisfaction'];
  offered: boolean | null;
}

/**
 * Reads Zendesk's "Good", "Bad", "Offered", "Unoffered" / "Not Offered",
 * a 1-5 score, or Freshdesk's survey words. A rating means a survey was
 * sent; "Offered" means sent and unanswered; empty says nothing.
 */
export function readSatisfaction(value: unknown, field = 'satisfaction'): SatisfactionRead {
  if (typeof value === 'number') return { rating: satisfactionNumber(value, field), offered: true };
  const text = String(value ?? '').trim().toLowerCase();
  if (text === '' || text === '-' || text === 'none') return { rating: null, offered: null };
  if (/^(unoffered|not offered|not_offered|not surveyed)$/.test(text)) return { rating: null, offered: false };
  if (/^(offered|surveyed|sent|no response|not answered|unanswered)$/.test(text)) return { rating: null, offered: true };
  if (/^[1-5](\.0)?$/.test(text)) return { rating: Number(text), offered: true };
  if (text.startsWith('good')) return { rating: 'good', offered: true };
  if (text.startsWith('bad')) return { rating: 'bad', offered: true };
  // Freshdesk's survey answers.
  const word = freshdeskAnswers.get(text);
  if (word !== undefined) return { rating: word, offered: true };
  throw new RowError(`${field} "${String(value)}" is not a rating: expected 1-5, good, bad, offered or unoffered`, { column: field, value: String(value) });
}

const freshdeskAnswers = new Map<string, number>([
  ['awesome', 5], ['extremely happy', 5], ['happy', 4], ['neutral', 3], ['just okay', 3], ['unhappy', 2], ['not good', 2], ['extremely unhappy', 1],
]);

function satisfactionNumber(value: number, field: string): Ticket['satisfaction'] {
  if (Number.isInteger(value) && value >= 1 && value <= 5) return value;
  throw new RowError(`${field} ${value} is not a rating from 1 to 5`, { column: field, value: String(value) });
}

/** A whole number ≥ 0 from text or a number; empty is `fallback`. */
export function toCount<F extends number | null = number>(value: unknown, field: string, fallback: F = 0 as F): number | F {
  if (value === null || value === undefined) return fallback;
  const text = String(value).trim();
  if (text === '' || text === '-') return fallback;
  const n = Number(plainNumber(text));
  if (!Number.isInteger(n) || n < 0) throw new RowError(`${field} "${text}" is not a whole number`, { column: field, value: text });
  return n;
}

/** The unit a duration column counts in. */
export type DurationUnit = 'seconds' | 'minutes' | 'hours' | 'days';
const perUnit: Record<DurationUnit, number> = { seconds: 1 / 60, minutes: 1, hours: 60, days: 1440 };

/**
 * Minutes ≥ 0 (to hundredths) from a duration in `unit`, written as a
 * number ("90", "1,604", "2.5") or a clock ("02:30:00", hours first); empty is null.
 */
export function toDuration(value: unknown, field: string, unit: DurationUnit = 'minutes'): number | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  if (text === '' || text === '-') return null;
  // The common case first: a plain number (durations run for several columns of every row).
  let n = Number(text);
  if (Number.isNaN(n)) {
    if (/^(n\/?a|null|none)$/i.test(text)) return null;
    const clock = /^(\d+):(\d{2})(?::(\d{2}))?$/.exec(text);
    if (clock) return Math.round((Number(clock[1]) * 60 + Number(clock[2]) + Number(clock[3] ?? 0) / 60) * 100) / 100;
    n = Number(plainNumber(text));
  }
  if (!Number.isFinite(n) || n < 0) throw new RowError(`${field} "${text}" is not a number of ${unit}`, { column: field, value: text });
  return Math.round(n * perUnit[unit] * 100) / 100;
}

/** Minutes ≥ 0 from a number of minutes; empty is null. */
export function toMinutes(value: unknown, field: string): number | null {
  return toDuration(value, field, 'minutes');
}

/** Minutes from hours written as a number ("2.5") or a duration ("02:30:00"). */
export function hoursToMinutes(value: unknown, field: string): number | null {
  return toDuration(value, field, 'hours');
}

/** "1,604" and "1 604" as "1604": spreadsheets group thousands. */
function plainNumber(text: string): string {
  return /^\d{1,3}([, \u00a0]\d{3})+(\.\d+)?$/.test(text) ? text.replace(/[, \u00a0]/g, '') : text;
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
  throw new RowError(`${field} is missing: every ticket needs an id`, { column: field });
}
