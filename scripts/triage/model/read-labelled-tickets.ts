/**
 * Labelled tickets for `kb triage train` and `evaluate`: the subject, the
 * description and the value of one field (the label) of each ticket, from
 * a helpdesk export (any format `kb tickets import` reads: the field may be
 * an export column such as "Type" or "Group", or a canonical ticket field),
 * from JSON tickets that carry the field (canonical tickets plus, say,
 * `type` or `queue`, or any objects with a subject/title and a
 * body/description), from a CSV with such columns, or from the warehouse.
 * Rows without a label or without text are counted and skipped.
 */
import path from 'node:path';
import { UserError } from '../../cli/user-error.ts';
import { readCsvHeader, readCsvRecords, type CsvRecord } from '../../tickets/read-csv-records.ts';
import { readJsonRecords } from '../../tickets/read-json-records.ts';
import { sniffFile } from '../../tickets/sniff-file.ts';
import { openTicketExport } from '../../tickets/read-tickets.ts';
import type { Ticket, TicketInput } from '../../tickets/ticket-schema.ts';

/** One ticket with its label. */
export interface LabelledTicket {
  id: string;
  subject: string;
  description: string;
  label: string;
}

/** What was read, and what was skipped and why. */
export interface LabelledInput {
  tickets: LabelledTicket[];
  /** Rows without a value in the label field. */
  unlabelled: number;
  /** Rows without a subject or description. */
  empty: number;
  /** Rows the export's importer could not read, as "row N: reason". */
  unreadable: string[];
  /** Where the tickets came from, for messages. */
  source: string;
}

const subjectKeys = ['subject', 'title', 'summary', 'instruction', 'question', 'topic_title'];
const bodyKeys = ['description', 'body', 'text', 'message', 'content', 'comment', 'details', 'question_body'];
const idKeys = ['id', 'ticket_id', 'ticket id', 'number', 'key'];

/** A label value as text: strings trimmed, numbers and booleans written out, a list's first entry. */
function labelText(value: unknown): string | null {
  if (Array.isArray(value)) return value.length > 0 ? labelText(value[0]) : null;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

/** A value by dotted path ("custom_fields.type"), matching keys case-insensitively. */
function valueAt(record: unknown, field: string): unknown {
  let current: unknown = record;
  for (const part of field.split('.')) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
    const object = current as Record<string, unknown>;
    if (Object.hasOwn(object, part)) current = object[part];
    else {
      const key = Object.keys(object).find((k) => k.toLowerCase() === part.toLowerCase());
      current = key === undefined ? undefined : object[key];
    }
  }
  return current;
}

function firstText(record: unknown, keys: readonly string[]): string {
  for (const key of keys) {
    const value = valueAt(record, key);
    if (typeof value === 'string' && value.trim() !== '') return value;
    if (typeof value === 'number') return String(value);
  }
  return '';
}

/** The label of a mapped ticket's canonical field (`category`, `priority`, `tags`, `channel`, …). */
function ticketField(ticket: TicketInput | Ticket, field: string): string | null {
  return labelText((ticket as Record<string, unknown>)[field]);
}

function csvLabel(record: CsvRecord, field: string): string | null {
  if (record.has(field)) return labelText(record.get(field));
  const custom = record.find(new RegExp(`^${field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\[[a-z]+\\])?$`, 'i'));
  return custom === undefined ? null : labelText(record.get(custom));
}

/** What the raw records of a file say: each row's label, and subject and body where no importer reads the file. */
interface RawRows {
  labels: Map<number, string | null>;
  texts: Map<number, { id: string; subject: string; description: string }>;
  columns: string[];
  unreadable: string[];
}

/** Reads every record as written (CSV columns or JSON keys), for the label field and, for files no importer knows, the text. */
async function readRawRows(file: string, field: string): Promise<RawRows> {
  const sniffed = await sniffFile(file);
  const out: RawRows = { labels: new Map(), texts: new Map(), columns: [], unreadable: [] };
  if (sniffed.kind === 'csv') {
    out.columns = readCsvHeader(sniffed.head);
    for await (const item of readCsvRecords(file, { encoding: sniffed.encoding })) {
      if ('error' in item) {
        out.unreadable.push(`row ${item.row}: ${item.error}`);
        continue;
      }
      const { record } = item;
      const pick = (keys: readonly string[]) => keys.map((k) => (record.has(k) ? record.get(k) : '')).find((v) => v !== '') ?? '';
      out.labels.set(item.row, csvLabel(record, field));
      out.texts.set(item.row, { id: pick(idKeys) || `row ${item.row}`, subject: pick(subjectKeys), description: pick(bodyKeys) });
    }
    return out;
  }
  for await (const item of readJsonRecords(file, sniffed.kind, sniffed.head, { encoding: sniffed.encoding })) {
    if ('error' in item) {
      out.unreadable.push(`row ${item.row}: ${item.error}`);
      continue;
    }
    const value = item.value;
    if (out.columns.length === 0 && value !== null && typeof value === 'object') out.columns = Object.keys(value);
    out.labels.set(item.row, labelText(valueAt(value, field)));
    out.texts.set(item.row, { id: firstText(value, idKeys) || `row ${item.row}`, subject: firstText(value, subjectKeys), description: firstText(value, bodyKeys) });
  }
  return out;
}

/**
 * Reads labelled tickets from a file; FIELD is the label. A helpdesk
 * export is read by its importer (the same tickets `kb tickets import`
 * stores); any other file by its subject/title and body/description.
 */
export async function readLabelledFile(file: string, field: string, timezone?: string): Promise<LabelledInput> {
  const shown = path.relative(process.cwd(), file) || file;
  const raw = await readRawRows(file, field);
  const out: LabelledInput = { tickets: [], unlabelled: 0, empty: 0, unreadable: [...raw.unreadable], source: shown };
  let sawField = false;
  const add = (id: string, subject: string, description: string, label: string | null) => {
    if (label !== null) sawField = true;
    if (label === null) out.unlabelled++;
    else if (subject.trim() === '' && description.trim() === '') out.empty++;
    else out.tickets.push({ id, subject, description, label });
  };
  let exported: Awaited<ReturnType<typeof openTicketExport>> | null = null;
  try {
    exported = await openTicketExport(file, { timezone });
  } catch (error) {
    // Not a helpdesk export: canonical tickets with extra fields, or any CSV/JSON with a subject and a body.
    if (!(error instanceof UserError)) throw error;
  }
  if (exported) {
    for await (const row of exported.rows) {
      if ('error' in row) {
        out.unreadable.push(`row ${row.row}: ${row.error}`);
        continue;
      }
      const t = row.ticket;
      add(t.id, t.subject, t.description, raw.labels.get(row.row) ?? ticketField(t, field));
    }
  } else {
    for (const [row, text] of raw.texts) add(text.id, text.subject, text.description, raw.labels.get(row) ?? null);
  }
  if (!sawField) {
    const seen = raw.columns.slice(0, 12).join(', ') + (raw.columns.length > 12 ? ', …' : '');
    throw new UserError(`${shown} has no ticket with a value in the field "${field}" (its fields: ${seen || 'none'}). Fix: pass --label with the name of the field that holds the agents' label, such as type, category or priority.`);
  }
  return out;
}

/** Labelled tickets from the warehouse: FIELD is a canonical ticket field. */
export function labelWarehouseTickets(tickets: readonly Ticket[], field: string, source: string): LabelledInput {
  const known = ['category', 'priority', 'tags', 'channel', 'status', 'plan', 'organization'];
  if (!known.includes(field)) {
    throw new UserError(`The warehouse keeps no field "${field}": use one of ${known.join(', ')}, or train on the export file with --input.`);
  }
  const out: LabelledInput = { tickets: [], unlabelled: 0, empty: 0, unreadable: [], source };
  for (const t of tickets) {
    const label = ticketField(t, field);
    if (label === null) out.unlabelled++;
    else if (t.subject.trim() === '' && t.description.trim() === '') out.empty++;
    else out.tickets.push({ id: t.id, subject: t.subject, description: t.description, label });
  }
  if (out.tickets.length === 0 && out.unlabelled > 0) {
    throw new UserError(`No ticket in ${source} has a ${field}: pick a field the agents fill in, or train on the export file with --input.`);
  }
  return out;
}
