/**
 * Fills ticket fields from the columns a column map names, converted the
 * same way the vendor importers convert theirs. Used for `--format csv`
 * (the map is the whole ticket) and on top of a vendor importer (the map
 * adds or overrides fields). Values of optional fields that cannot be read
 * are reported and stored as unknown, as everywhere else.
 */
import type { ColumnMap } from './column-map.ts';
import { normalizeChannel, normalizePriority, normalizeStatus, readSatisfaction, toCount, toDuration, toTags, toText, type DurationUnit } from './field-values.ts';
import type { MapContext } from './importer.ts';
import { addMinutes, minutesBetween } from './parse-timestamp.ts';
import { requireCreatedAt, requireId } from './required-fields.ts';
import { RowError } from './row-error.ts';
import { durationFields, type DurationField, type TicketInput } from './ticket-schema.ts';

/** Reads a column (or JSON path) of the current record; undefined when it holds nothing. */
export type ColumnReader = (column: string) => unknown;

type Field = keyof TicketInput;

const isEmpty = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
const asText = (value: unknown) => (value === undefined || value === null ? '' : Array.isArray(value) ? value.join(', ') : String(value).trim());

/**
 * The fields the map fills for one record. `standalone`: the map is the
 * whole importer, so the id and creation time are required and fields no
 * column fills take their defaults (replies and reopens: unknown).
 */
export function applyColumnMap(map: ColumnMap, read: ColumnReader, context: MapContext, standalone: boolean): Partial<TicketInput> {
  const { time, soft } = context;
  /** The mapped column's value, else the default; undefined when neither gives one. */
  const raw = (name: Field): unknown => {
    const column = map.columns[name];
    const value = column ? read(column) : undefined;
    if (!isEmpty(value)) return value;
    return map.defaults[name];
  };
  const label = (name: Field) => map.columns[name] ?? name;
  const given = (name: Field) => raw(name) !== undefined;
  const translated = (name: 'status' | 'priority' | 'channel' | 'satisfaction' | 'category' | 'plan'): unknown => {
    const value = raw(name);
    const text = asText(value);
    return map.values[name]?.[text] ?? value;
  };
  const unitOf = (name: DurationField): DurationUnit => map.units[name] ?? (name === 'first_reply_minutes' ? map.first_reply_unit : 'minutes');
  const out: Partial<TicketInput> = {};

  let created: string | undefined;
  if (standalone) {
    out.id = requireId(asText(raw('id')).slice(0, 100), label('id'));
    created = requireCreatedAt(time, raw('created_at'), label('created_at'));
    out.created_at = created;
  } else {
    if (given('id')) out.id = requireId(asText(raw('id')).slice(0, 100), label('id'));
    if (given('created_at')) out.created_at = created = requireCreatedAt(time, raw('created_at'), label('created_at'));
  }
  for (const name of ['updated_at', 'first_reply_at'] as const) {
    if (given(name)) out[name] = soft(() => time(raw(name), label(name)), null);
  }
  if (given('solved_at')) out.solved_at = time(raw('solved_at'), label('solved_at'));
  for (const name of durationFields) {
    if (given(name)) out[name] = soft(() => toDuration(raw(name), label(name), unitOf(name)), null);
  }
  if (given('status')) out.status = normalizeStatus(translated('status'), label('status'));
  if (given('priority')) out.priority = soft(() => normalizePriority(translated('priority'), label('priority')), null);
  if (given('channel')) out.channel = normalizeChannel(translated('channel'));
  for (const name of ['subject', 'description'] as const) if (given(name)) out[name] = asText(raw(name));
  if (given('tags')) {
    const tags = raw('tags');
    out.tags = Array.isArray(tags) ? toTags(tags) : map.tags_separator ? toTags(asText(tags).split(map.tags_separator)) : toTags(asText(tags));
  }
  if (given('category')) out.category = toText(asText(translated('category')), 100);
  for (const [name, max] of [['requester_id', 200], ['requester_email', 320], ['organization', 200], ['article', 200], ['session', 100]] as const) {
    if (given(name)) out[name] = toText(asText(raw(name)), max);
  }
  if (given('plan')) out.plan = toText(asText(translated('plan')), 60);
  if (given('satisfaction')) {
    const satisfaction = soft(() => readSatisfaction(translated('satisfaction'), label('satisfaction')), { rating: null, offered: null });
    out.satisfaction = satisfaction.rating;
    out.satisfaction_offered = satisfaction.offered;
  }
  if (given('satisfaction_offered')) out.satisfaction_offered = soft(() => toBoolean(raw('satisfaction_offered'), label('satisfaction_offered')), null);
  for (const name of ['reopens', 'replies'] as const) {
    if (given(name)) out[name] = soft(() => toCount(raw(name), label(name), null), null);
    else if (standalone) out[name] = null;
  }

  // A reply time alone gives the other, as in every importer.
  const start = created;
  if (start && out.first_reply_at === undefined && typeof out.first_reply_minutes === 'number') out.first_reply_at = addMinutes(start, out.first_reply_minutes);
  if (start && out.first_reply_minutes === undefined && typeof out.first_reply_at === 'string') out.first_reply_minutes = minutesBetween(start, out.first_reply_at);
  return out;
}

/** Merges what the map filled over the vendor's ticket; a category the map filled is the tag of a ticket that has none. */
export function overlayTicket(base: TicketInput, mapped: Partial<TicketInput>): TicketInput {
  const merged: TicketInput = { ...base, ...mapped };
  if (mapped.created_at !== undefined && mapped.first_reply_at === undefined && typeof merged.first_reply_minutes === 'number') {
    merged.first_reply_at = addMinutes(mapped.created_at, merged.first_reply_minutes);
  }
  const category = mapped.category;
  if (category && (merged.tags ?? []).length === 0) merged.tags = [category];
  return merged;
}

function toBoolean(value: unknown, field: string): boolean | null {
  if (typeof value === 'boolean') return value;
  const text = asText(value).toLowerCase();
  if (text === '') return null;
  if (/^(true|yes|y|1|offered|sent)$/.test(text)) return true;
  if (/^(false|no|n|0|unoffered|not offered)$/.test(text)) return false;
  throw new RowError(`${field} "${asText(value)}" is not yes or no`, { column: field, value: asText(value) });
}

/** A value of a JSON record by dot path; in arrays, a segment names the item by its id or name (and takes its value), or by position. */
export function readPath(record: unknown, path: string): unknown {
  let current: unknown = record;
  for (const segment of path.split('.')) {
    if (current === null || current === undefined) return undefined;
    if (Array.isArray(current)) {
      const item = current.find((v) => v !== null && typeof v === 'object' && (String((v as Record<string, unknown>).id) === segment || String((v as Record<string, unknown>).name) === segment));
      if (item) {
        const object = item as Record<string, unknown>;
        current = 'value' in object || 'text' in object ? (object.text ?? object.value) : object;
        continue;
      }
      current = /^\d+$/.test(segment) ? current[Number(segment)] : undefined;
      continue;
    }
    if (typeof current !== 'object') return undefined;
    const object = current as Record<string, unknown>;
    current = segment in object ? object[segment] : Object.entries(object).find(([key]) => key.toLowerCase() === segment.toLowerCase())?.[1];
  }
  return current;
}
