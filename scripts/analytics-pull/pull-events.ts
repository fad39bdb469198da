/**
 * `kb analytics pull` as functions: copy analytics events into the
 * warehouse, from the analytics database (a SQLite file or a PostgreSQL
 * URL) or from a running service's `GET /api/export` (NDJSON, bearer
 * token). Each source remembers the last
 * event id it delivered, so the next pull fetches only newer events; events
 * are keyed by id, so pulling the same events twice never duplicates them.
 */
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import path from 'node:path';
import { openCliStore } from '../../analytics-api/cli/open-cli-database.ts';
import { parseStoreLocation } from '../../analytics-api/store/store-location.ts';
import { UserError } from '../cli/user-error.ts';
import { getPullCursor, savePullCursor } from '../warehouse/event-pulls.ts';
import type { Warehouse } from '../warehouse/open-warehouse.ts';
import { saveWarehouseEvents } from '../warehouse/save-warehouse-events.ts';
import { warehouseEventSchema, type WarehouseEvent } from '../warehouse/warehouse-event.ts';

/** What a pull did. */
export interface PullResult {
  source: string;
  /** Events read from the source. */
  read: number;
  /** Of those, events new to the warehouse. */
  inserted: number;
  /** The last event id now in the warehouse from this source. */
  last_id: number;
}

/** Options shared by both sources. */
export interface PullOptions {
  /** Events written per transaction. Default 5000. */
  batchSize?: number;
  onProgress?: (read: number) => void;
}

/** Pulls from an analytics database: a SQLite file (opened read-only) or a PostgreSQL URL. */
export async function pullFromDatabase(warehouse: Warehouse, database: string, options: PullOptions = {}): Promise<PullResult> {
  let location;
  try {
    location = parseStoreLocation(database);
  } catch (error) {
    throw new UserError((error as Error).message, 2);
  }
  // The cursor is per database: a file by its absolute path, a server by its URL without the password.
  const source = location.engine === 'sqlite' ? `db:${path.resolve(location.file)}` : `db:${location.shown}`;
  const analytics = await openCliStore(database, { sqlite: { readonly: true } });
  try {
    const since = getPullCursor(warehouse, source);
    return await copyEvents(warehouse, source, since, analytics.listEvents({ sinceId: since, pageSize: 5000 }), options);
  } finally {
    await analytics.close();
  }
}

/** Options of {@link pullFromService}. */
export interface PullFromServiceOptions extends PullOptions {
  token: string;
  /** For tests and proxies; default the global fetch. */
  fetch?: typeof fetch;
}

/** Pulls from a running analytics service: `GET <url>/api/export?since=<last id>`. */
export async function pullFromService(warehouse: Warehouse, url: string, options: PullFromServiceOptions): Promise<PullResult> {
  const endpoint = exportUrl(url);
  const source = `url:${endpoint.origin}${endpoint.pathname}`;
  const since = getPullCursor(warehouse, source);
  endpoint.searchParams.set('since', String(since));
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(endpoint, { headers: { authorization: `Bearer ${options.token}`, accept: 'application/x-ndjson' } });
  } catch (error) {
    const reason = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    throw new UserError(`Cannot reach ${endpoint.origin}: ${reason}. Check --from and that the analytics service is running.`);
  }
  if (!response.ok) {
    const body = await response.text().catch(() => '');
    const detail = (/"message"\s*:\s*"([^"]+)"/.exec(body)?.[1] ?? (body.slice(0, 200) || response.statusText)).replace(/\.$/, '');
    const fix =
      response.status === 401 || response.status === 403
        ? 'pass the service\'s KB_ANALYTICS_TOKEN with --token (or set KB_ANALYTICS_TOKEN)'
        : response.status === 404
          ? 'point --from at the help center\'s base URL (the service answers /api/export)'
          : 'check the service\'s logs';
    throw new UserError(`${endpoint.href} answered ${response.status}: ${detail}. Fix: ${fix}.`);
  }
  if (!response.body) return { source, read: 0, inserted: 0, last_id: since };
  return copyEvents(warehouse, source, since, ndjsonEvents(response.body, endpoint.href), options);
}

/** The export endpoint for a base URL (or the endpoint itself). */
export function exportUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UserError(`--from "${url}" is not a URL: use the help center's address, like https://help.example.com.`, 2);
  }
  if (!/\/api\/export\/?$/.test(parsed.pathname)) parsed.pathname = `${parsed.pathname.replace(/\/$/, '')}/api/export`;
  parsed.search = '';
  return parsed;
}

async function* ndjsonEvents(body: ReadableStream<Uint8Array>, href: string): AsyncGenerator<unknown> {
  const lines = createInterface({ input: Readable.fromWeb(body as import('node:stream/web').ReadableStream), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line++;
    if (text.trim() === '') continue;
    try {
      yield JSON.parse(text) as unknown;
    } catch {
      throw new UserError(`${href} sent a line that is not JSON (line ${line}): is --from the analytics service? Nothing after it was pulled.`);
    }
  }
}

async function copyEvents(
  warehouse: Warehouse,
  source: string,
  since: number,
  rows: Iterable<unknown> | AsyncIterable<unknown>,
  options: PullOptions,
): Promise<PullResult> {
  const batchSize = options.batchSize ?? 5000;
  const result: PullResult = { source, read: 0, inserted: 0, last_id: since };
  let batch: WarehouseEvent[] = [];
  const flush = () => {
    if (batch.length === 0) return;
    const lastId = batch.reduce((max, e) => Math.max(max, e.id), result.last_id);
    // Events and the cursor move together, so an interrupted pull resumes exactly where it stopped.
    warehouse.transaction(() => {
      result.inserted += saveWarehouseEvents(warehouse, batch).inserted;
      savePullCursor(warehouse, source, lastId);
    })();
    result.last_id = lastId;
    batch = [];
    options.onProgress?.(result.read);
  };
  for await (const row of rows) {
    const parsed = warehouseEventSchema.safeParse(row);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new UserError(
        `Event ${describeId(row)} from ${source.slice(source.indexOf(':') + 1)} does not match the export contract (${issue?.path.join('.') ?? 'row'}: ${issue?.message ?? 'invalid'}). Events before it were pulled; update the project so both sides agree.`,
      );
    }
    batch.push(parsed.data);
    result.read++;
    if (batch.length >= batchSize) flush();
  }
  flush();
  return result;
}

function describeId(row: unknown): string {
  const id = row !== null && typeof row === 'object' ? (row as { id?: unknown }).id : undefined;
  return typeof id === 'number' ? `#${id}` : '(without an id)';
}
