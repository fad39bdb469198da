/**
 * Tickets given to `kb triage` as JSON, in the canonical field names
 * (`scripts/tickets/ticket-schema.ts`): one ticket object, an array of
 * them, or one object per line. A file that is not canonical JSON is read
 * by the helpdesk importers instead (Zendesk, Freshdesk, … exports).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describeIssue, valueAt } from '../../plugins/config/describe-issue.ts';
import { UserError } from '../cli/user-error.ts';
import { openTicketExport } from '../tickets/read-tickets.ts';
import { ticketSchema, type Ticket } from '../tickets/ticket-schema.ts';

/** Tickets read, whether the input was a single object (so the answer can be one object too), and rows skipped. */
export interface TicketInputResult {
  tickets: Ticket[];
  single: boolean;
  /** Export rows that could not be read, as "row N: reason" (helpdesk exports only). */
  skipped: string[];
}

function parseJson(text: string, where: string): { values: unknown[]; single: boolean } {
  const trimmed = text.trim();
  if (trimmed === '') throw new UserError(`${where} is empty: give one ticket object, an array of tickets, or one ticket per line.`);
  try {
    const value: unknown = JSON.parse(trimmed);
    return Array.isArray(value) ? { values: value, single: false } : { values: [value], single: true };
  } catch (error) {
    const lines = trimmed.split('\n').filter((l) => l.trim() !== '');
    if (lines.length < 2) throw new UserError(`${where} is not valid JSON (${(error as Error).message}). Fix: give one ticket object, an array of tickets, or one ticket per line.`);
    return {
      values: lines.map((line, i) => {
        try {
          return JSON.parse(line) as unknown;
        } catch (lineError) {
          throw new UserError(`${where} line ${i + 1} is not valid JSON (${(lineError as Error).message}). Fix: one complete ticket object per line.`);
        }
      }),
      single: false,
    };
  }
}

/** Validates canonical tickets; throws a UserError naming each bad field. */
export function parseCanonicalTickets(text: string, where: string): TicketInputResult {
  const { values, single } = parseJson(text, where);
  const tickets: Ticket[] = [];
  const problems: string[] = [];
  values.forEach((value, i) => {
    const result = ticketSchema.safeParse(value);
    if (result.success) {
      tickets.push(result.data);
      return;
    }
    const id = value && typeof value === 'object' && 'id' in value ? ` (id ${JSON.stringify((value as { id: unknown }).id)})` : '';
    for (const issue of result.error.issues.slice(0, 5)) {
      const text = describeIssue(issue, valueAt(value, issue.path));
      problems.push(`${single ? 'the ticket' : `ticket ${i + 1}`}${id}: ${text.what}. Fix: ${text.fix}.`);
    }
  });
  if (problems.length > 0) {
    throw new UserError(`${where} has tickets that do not fit the canonical ticket model:\n${problems.slice(0, 20).map((p) => `  ${p}`).join('\n')}`);
  }
  return { tickets, single, skipped: [] };
}

function looksCanonical(text: string): boolean {
  try {
    const { values } = parseJson(text, 'input');
    return values.length > 0 && ticketSchema.safeParse(values[0]).success;
  } catch {
    return false;
  }
}

/** Reads tickets from a file: canonical JSON (every ticket must fit), or any export the importers know (bad rows skipped). */
export async function readTicketFile(file: string, timezone?: string): Promise<TicketInputResult> {
  const shown = path.relative(process.cwd(), file) || file;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UserError(`No such file: ${shown}. Check the path, or use --db to triage the warehouse.`, 2);
  }
  // A file without a JSON extension (say one named "train") is still read as canonical tickets when it holds them.
  if ((/\.(json|ndjson|jsonl)$/i.test(file) || /^\s*[[{]/.test(text)) && looksCanonical(text)) return parseCanonicalTickets(text, shown);
  const exported = await openTicketExport(file, { timezone });
  const tickets: Ticket[] = [];
  const problems: string[] = [];
  for await (const row of exported.rows) {
    if ('error' in row) problems.push(`row ${row.row}: ${row.error}`);
    else tickets.push(row.ticket);
  }
  // Like `kb tickets import`, bad rows are listed and skipped rather than failing the whole file.
  return { tickets, single: false, skipped: problems };
}

/** Reads all of stdin as text. */
export async function readStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
