/**
 * Finds columns in a CSV header the way people spell them. Exports of the
 * same helpdesk name a column differently by tool and version: "Id",
 * "ID" or "Ticket ID"; "Created at" or "Ticket created - Timestamp";
 * custom fields with a "[list]" or "[txt]" suffix. A column is looked up by
 * its key (lowercase, suffix and punctuation dropped) against a list of
 * names, once per file.
 *
 * Duration columns are recognised as a family by their parts, not by a
 * fixed list: the measure (first reply, first or full resolution, requester
 * or agent wait, on-hold), the clock (business hours or calendar) and the
 * unit (min, hrs, days, sec), whatever the words around them —
 * "First reply time in minutes within business hours", "First reply time -
 * Business hours (min)", "Full resolution time (hrs)".
 */
import type { DurationUnit } from './field-values.ts';
import type { DurationField } from './ticket-schema.ts';

/** A header name as a key: lowercase, "[list]"-style suffix, quotes and extra punctuation gone. */
export function columnKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/\s*\[[a-z_ -]*\]\s*$/, '')
    .replace(/[_"'`]+/g, ' ')
    .replace(/\s+[-–—:]\s*|\s*[-–—:]\s+/g, ' - ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The index of the first column whose key is one of `names` (given as keys), or -1. */
export function findColumn(keys: readonly string[], names: readonly string[]): number {
  for (const name of names) {
    const i = keys.indexOf(name);
    if (i >= 0) return i;
  }
  return -1;
}

/** The index of the first column whose key matches `pattern`, or -1. */
export function findColumnLike(keys: readonly string[], pattern: RegExp): number {
  return keys.findIndex((key) => pattern.test(key));
}

/** A recognised duration column. */
export interface DurationColumn {
  index: number;
  field: DurationField;
  unit: DurationUnit;
}

const MEASURES: Array<[RegExp, 'first_reply' | 'first_resolution' | 'full_resolution' | 'requester_wait' | 'agent_wait' | 'on_hold']> = [
  [/^(ticket )?first reply time\b/, 'first_reply'],
  [/^(ticket )?first resolution time\b/, 'first_resolution'],
  [/^(ticket )?full resolution time\b/, 'full_resolution'],
  [/^(ticket )?requester wait time\b/, 'requester_wait'],
  [/^(ticket )?agent wait time\b/, 'agent_wait'],
  [/^(ticket )?on[ -]?hold time\b/, 'on_hold'],
];
const BUSINESS = /\b(within |in |during )?business( hours)?\b|\bbusiness - hours\b/;

/** The unit named in a duration column's key; minutes when it names none (the Zendesk default). */
export function unitOf(key: string): DurationUnit {
  const rest = key.replace(BUSINESS, ' ');
  if (/\((sec|secs|seconds?|s)\)|\bin seconds\b|\bseconds?\b|- sec\b/.test(rest)) return 'seconds';
  if (/\((hrs?|hours?|h)\)|\bin hours\b|\bhours?\b|- hrs?\b/.test(rest)) return 'hours';
  if (/\((days?|d)\)|\bin days\b|\bdays?\b|- days?\b/.test(rest)) return 'days';
  return 'minutes';
}

/**
 * Every duration column of a header that fills a ticket field, first one
 * per field (agent wait and on-hold are recognised, for detection, but
 * stored nowhere). `keys` are {@link columnKey}s.
 */
export function durationColumns(keys: readonly string[]): { stored: DurationColumn[]; recognised: number } {
  const stored = new Map<DurationField, DurationColumn>();
  let recognised = 0;
  keys.forEach((key, index) => {
    const measure = MEASURES.find(([pattern]) => pattern.test(key))?.[1];
    if (!measure) return;
    recognised++;
    if (measure === 'agent_wait' || measure === 'on_hold') return;
    const business = BUSINESS.test(key);
    const field = `${measure}${business ? '_business' : ''}_minutes` as DurationField;
    if (!stored.has(field)) stored.set(field, { index, field, unit: unitOf(key) });
  });
  return { stored: [...stored.values()], recognised };
}
